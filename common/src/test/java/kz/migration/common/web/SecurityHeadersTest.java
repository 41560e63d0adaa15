package kz.migration.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Security headers on API answers (successes and problems alike) and CORS for an integrator's front end. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class SecurityHeadersTest {

    private static final String FRONT_END = "http://localhost:3000";

    @Test
    void apiAnswersCarryTheSecurityHeadersAndAreNeverCached() {
        given().auth().oauth2(TestTokens.role("ministry")).get("/api/v1/probes/291417776310").then()
                .statusCode(200)
                .header("X-Content-Type-Options", is("nosniff"))
                .header("X-Frame-Options", is("DENY"))
                .header("Referrer-Policy", is("no-referrer"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", is("no-store"))
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void problemAnswersCarryThemToo() {
        given().get("/api/v1/probes/291417776310").then().statusCode(401)
                .header("X-Content-Type-Options", is("nosniff"))
                .header("Cache-Control", is("no-store"));
    }

    @Test
    void theFrontEndsOriginMayCallAndReadTheHeadersItNeeds() {
        given().header("Origin", FRONT_END).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type,Idempotency-Key,If-Match")
                .options("/api/v1/probes").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", is(FRONT_END))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", allOf(containsString("Idempotency-Key"),
                        containsString("If-Match")));
        given().header("Origin", FRONT_END).auth().oauth2(TestTokens.role("ministry"))
                .get("/api/v1/probes/291417776310").then().statusCode(200)
                .header("Access-Control-Allow-Origin", is(FRONT_END))
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Location"),
                        containsString("X-Request-Id"), containsString("Retry-After"),
                        containsString("Deprecation"), containsString("Sunset")));
    }

    @Test
    void anotherOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/probes").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
