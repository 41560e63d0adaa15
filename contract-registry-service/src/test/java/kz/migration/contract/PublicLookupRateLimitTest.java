package kz.migration.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.http.conn.params.ConnRoutePNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import kz.migration.common.time.AdjustableClock;
import kz.migration.common.web.PublicRateLimitConfig;
import kz.migration.testsupport.RegistryTestResource;

/** The worker's token-less lookup is rate limited per client address, with the shared PublicRateLimiter. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class PublicLookupRateLimitTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";

    @Inject
    AdjustableClock clock;

    @Inject
    PublicRateLimitConfig limits;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Requests that leave from {@code address} (any 127.x address reaches the test server on loopback). */
    private static RequestSpecification from(String address) throws Exception {
        RestAssuredConfig config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam(ConnRoutePNames.LOCAL_ADDRESS, InetAddress.getByName(address)));
        return given().config(config).contentType(ContentType.JSON)
                .body(Map.of("contractNumber", "LC-2026-999999", "passportNumber", "N0000000"));
    }

    @Test
    void publicLookupAnswers429WithRetryAfterOverTheLimitAndOtherClientsAreUnaffected() throws Exception {
        // Start at the beginning of a minute, so that the whole burst falls into one window.
        clock.advance(Duration.ofMillis(60_000 - clock.millis() % 60_000 + 100));
        for (int i = 0; i < limits.requestsPerMinute(); i++) {
            from("127.0.0.2").post("/api/v1/public/contracts/lookup").then().statusCode(404);
        }
        String retryAfter = from("127.0.0.2").post("/api/v1/public/contracts/lookup").then().statusCode(429)
                .contentType(containsString("application/problem+json"))
                .body("type", is(PROBLEMS + "too-many-requests")).extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 60, "Retry-After within the window: " + retryAfter);

        from("127.0.0.3").post("/api/v1/public/contracts/lookup").then().statusCode(404);
        from("127.0.0.2").post("/api/v1/public/contracts/lookup").then().statusCode(429);

        // The next window accepts the limited client again.
        clock.advance(Duration.ofSeconds(seconds));
        from("127.0.0.2").post("/api/v1/public/contracts/lookup").then().statusCode(404);
    }

    @Test
    void behindTheTrustedIngressEachForwardedClientHasItsOwnWindowAndCannotForgeAnother() throws Exception {
        clock.advance(Duration.ofMillis(60_000 - clock.millis() % 60_000 + 100));
        for (int i = 0; i < limits.requestsPerMinute(); i++) {
            from("127.0.0.10").header("X-Forwarded-For", "203.0.113.7").post("/api/v1/public/contracts/lookup")
                    .then().statusCode(404);
        }
        from("127.0.0.10").header("X-Forwarded-For", "203.0.113.7").post("/api/v1/public/contracts/lookup").then()
                .statusCode(429);
        // What the client sent comes first in the chain; the ingress appends the address it saw.
        from("127.0.0.10").header("X-Forwarded-For", "198.51.100.1, 203.0.113.7")
                .post("/api/v1/public/contracts/lookup").then().statusCode(429);
        // Another client behind the same ingress is not affected.
        from("127.0.0.10").header("X-Forwarded-For", "203.0.113.8").post("/api/v1/public/contracts/lookup").then()
                .statusCode(404);
        // A peer that is not the ingress cannot choose its window by sending the header.
        for (int i = 0; i < limits.requestsPerMinute(); i++) {
            from("127.0.0.11").header("X-Forwarded-For", "203.0.113." + (100 + i))
                    .post("/api/v1/public/contracts/lookup").then().statusCode(404);
        }
        from("127.0.0.11").header("X-Forwarded-For", "203.0.113.250").post("/api/v1/public/contracts/lookup").then()
                .statusCode(429);
    }
}
