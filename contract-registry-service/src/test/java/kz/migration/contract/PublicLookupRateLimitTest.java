package kz.migration.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.http.conn.params.ConnRoutePNames;
import org.awaitility.Awaitility;
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
import kz.migration.common.web.PublicRateLimiter;
import kz.migration.testsupport.RegistryTestResource;

/**
 * The worker's token-less lookup is rate limited per client address, with the shared PublicRateLimiter and its
 * buckets in the service's database.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class PublicLookupRateLimitTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";

    @Inject
    AdjustableClock clock;

    @Inject
    PublicRateLimitConfig limits;

    @Inject
    PublicRateLimiter limiter;

    @Inject
    DataSource dataSource;

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

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("registry_public_rate_limited_total{reason=\"limit\""), metrics);
    }

    private static final String LOOKUP = "/api/v1/public/contracts/lookup";

    private long minuteOfTheClock() {
        return Math.floorDiv(clock.millis(), 60_000);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The client's bucket rows (any minute), as id to expires_at. */
    private Map<String, Long> rowsOf(String client) throws SQLException {
        Map<String, Long> rows = new java.util.HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("select id, expires_at from public_rate_limit_bucket where id like ?")) {
            statement.setString(1, client + "@%");
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    rows.put(found.getString(1), found.getLong(2));
                }
            }
        }
        return rows;
    }

    @Test
    void theBucketIsARowPerClientAndMinuteThatExpiresWithTheMinuteAndIsSweptAfterIt() throws Exception {
        // Two seconds before a minute of the registry's clock ends.
        long toEnd = 60_000 - clock.millis() % 60_000 - 2_000;
        clock.advance(Duration.ofMillis(toEnd < 0 ? toEnd + 60_000 : toEnd));
        long minute = minuteOfTheClock();
        long before = System.currentTimeMillis();
        from("127.0.0.20").post(LOOKUP).then().statusCode(404);

        Map<String, Long> rows = rowsOf("127.0.0.20");
        assertEquals(1, rows.size(), rows.toString());
        String id = rows.keySet().iterator().next();
        assertTrue(id.equals("127.0.0.20@" + minute) || id.equals("127.0.0.20@" + (minute + 1)), id);
        // Expiry is in system time (what the sweep compares with): what was left of the minute when it was written.
        long expires = rows.get(id);
        assertTrue(expires > before && expires <= System.currentTimeMillis() + 60_000, rows.toString());

        Awaitility.await().atMost(Duration.ofSeconds(70)).pollInterval(Duration.ofMillis(250)).until(() -> {
            limiter.sweep();
            return rowsOf("127.0.0.20").isEmpty();
        });
    }

    @Test
    void atTheCapANewClientIsRefusedWhileKnownClientsKeepTheirAllowance() throws Exception {
        clock.advance(Duration.ofMillis(60_000 - clock.millis() % 60_000 + 100));
        from("127.0.0.21").post(LOOKUP).then().statusCode(404);
        try {
            // Rows of other clients up to the cap, none of them expired.
            execute("insert into public_rate_limit_bucket (id, state, expires_at) select 'filler-' || g, null, "
                    + Long.MAX_VALUE + " from generate_series(1, " + limits.maxClients() + ") g");
            assertTrue(limiter.sweep() >= limits.maxClients());

            String retryAfter = from("127.0.0.22").post(LOOKUP).then().statusCode(429)
                    .contentType(containsString("application/problem+json"))
                    .body("type", is(PROBLEMS + "too-many-requests")).extract().header("Retry-After");
            long seconds = Long.parseLong(retryAfter);
            assertTrue(seconds >= 30 && seconds <= 60, "refused until the minute ends: " + retryAfter);
            assertTrue(rowsOf("127.0.0.22").isEmpty(), "the table did not grow");
            from("127.0.0.21").post(LOOKUP).then().statusCode(404);
        } finally {
            execute("delete from public_rate_limit_bucket where id like 'filler-%'");
            limiter.sweep();
        }
        from("127.0.0.22").post(LOOKUP).then().statusCode(404);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("registry_public_rate_limited_total{reason=\"capacity\""), metrics);
    }

    @Test
    void whenTheBucketsCannotBeReadPublicRequestsAre503WithRetryAfterNot500() throws Exception {
        execute("alter table public_rate_limit_bucket rename to public_rate_limit_bucket_away");
        try {
            from("127.0.0.23").post(LOOKUP).then().statusCode(503)
                    .contentType(containsString("application/problem+json"))
                    .body("type", is(PROBLEMS + "unavailable")).header("Retry-After", "5");
        } finally {
            execute("alter table public_rate_limit_bucket_away rename to public_rate_limit_bucket");
        }
        // The limiter waits out its pause before asking the database again, then counts as before.
        from("127.0.0.23").post(LOOKUP).then().statusCode(503);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> from("127.0.0.23").post(LOOKUP).statusCode() == 404);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("registry_public_rate_limited_total{reason=\"unavailable\""), metrics);
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
