package kz.migration.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

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

/** The token-less operations are rate limited per client address, like the other public checks. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class PublicRateLimitTest {

    @Inject
    AdjustableClock clock;

    @Inject
    PublicRateLimitConfig limits;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification from(String address) throws Exception {
        return given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam(ConnRoutePNames.LOCAL_ADDRESS, InetAddress.getByName(address))))
                .contentType(ContentType.JSON);
    }

    @Test
    void filingFollowingAndTheWorkersRecordShareTheClientsWindowAndAnswer429Over() throws Exception {
        clock.advance(Duration.ofMillis(60_000 - clock.millis() % 60_000 + 100));
        Map<String, String> record = Map.of("contractNumber", "LC-2026-999997", "passportNumber", "N00000001");
        Map<String, String> follow = Map.of("caseNumber", "IC-2026-999997",
                "caseToken", "q7T1m0cQ2s9pX4kJ8vN3bY6wZ5eR1tU0iO9pA2sD4fG");
        for (int i = 0; i < limits.requestsPerMinute(); i++) {
            if (i % 2 == 0) {
                from("127.0.0.4").body(record).post("/api/v1/public/worker-records/lookup").then().statusCode(404);
            } else {
                from("127.0.0.4").body(follow).post("/api/v1/public/grievances/lookup").then().statusCode(404);
            }
        }
        Map<String, String> grievance = Map.of("contractNumber", "LC-2026-999997", "passportNumber", "N00000001",
                "kind", "OTHER", "description", "limited");
        from("127.0.0.4").header("Idempotency-Key", "limited").body(grievance).post("/api/v1/public/grievances")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", is("https://registry.migration.gov.kz/problems/too-many-requests"));
        from("127.0.0.5").body(record).post("/api/v1/public/worker-records/lookup").then().statusCode(404);
    }
}
