package kz.migration.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.testing.DatabaseOutage;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Every failure is RFC 9457 problem+json with a stable type, and nothing else leaks. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class ProblemDetailsTest {

    private static final String VALID_BIN = "291417776310";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void requestWithoutTokenIs401ProblemWithBearerChallenge() {
        given().get("/api/v1/probes/" + VALID_BIN).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(ProblemType.BASE_URI + "unauthenticated"))
                .body("status", is(401))
                .body("correlationId", not(emptyOrNullString()));
    }

    @Test
    void forgedTokenIs401() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/api/v1/probes/" + VALID_BIN).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void wrongRoleIs403Problem() {
        given().auth().oauth2(TestTokens.role("auditor")).get("/api/v1/probes/" + VALID_BIN).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.BASE_URI + "forbidden"));
    }

    @Test
    void unannotatedEndpointIsDeniedToEveryRole() {
        given().auth().oauth2(TestTokens.role("ministry")).get("/api/v1/probes/unannotated").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void invalidBinIs400NamingTheField() {
        given().auth().oauth2(TestTokens.role("ministry")).get("/api/v1/probes/291417776311").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.BASE_URI + "validation"))
                .body("violations.field", hasItem("bin"));
    }

    @Test
    void queryParametersThatDoNotConvertAre400NamingTheParameter() {
        for (String parameter : new String[]{"limit=abc", "from=2026-13-01", "limit=20&from=yesterday"}) {
            String name = parameter.substring(parameter.lastIndexOf('&') + 1, parameter.lastIndexOf('='));
            given().auth().oauth2(TestTokens.role("ministry")).get("/api/v1/probes/" + VALID_BIN + "?" + parameter)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(ProblemType.BASE_URI + "validation"))
                    .body("violations.field", hasItem(name));
        }
    }

    @Test
    void invalidBodyFieldsAreEachListed() {
        given().auth().oauth2(TestTokens.role("ministry")).contentType(ContentType.JSON)
                .body("{\"employerBin\":\"123\",\"region\":\"999999999\",\"name\":\"\"}")
                .post("/api/v1/probes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("employerBin"))
                .body("violations.field", hasItem("region"))
                .body("violations.field", hasItem("name"));
    }

    @Test
    void unknownFieldsAndMalformedJsonAre400() {
        given().auth().oauth2(TestTokens.role("ministry")).contentType(ContentType.JSON)
                .body("{\"employerBin\":\"" + VALID_BIN + "\",\"region\":\"750000000\",\"name\":\"x\",\"admin\":true}")
                .post("/api/v1/probes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("admin"));
        given().auth().oauth2(TestTokens.role("ministry")).contentType(ContentType.JSON).body("{\"employerBin\":")
                .post("/api/v1/probes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.BASE_URI + "malformed-body"));
    }

    @Test
    void unreachableDatabaseIs503WithRetryAfterAndTheNextRequestSucceeds() {
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            given().auth().oauth2(TestTokens.role("auditor")).get("/api/v1/audit-records").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo(ProblemType.BASE_URI + "unavailable"))
                    .body("correlationId", not(emptyOrNullString()));
        }
        dataSource.flush(AgroalDataSource.FlushMode.ALL);
        given().auth().oauth2(TestTokens.role("auditor")).get("/api/v1/audit-records").then().statusCode(200);
    }

    @Test
    void unknownPathIs404Problem() {
        given().auth().oauth2(TestTokens.role("ministry")).get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void correlationAndClientIdsAreEchoedAndValidated() {
        given().auth().oauth2(TestTokens.role("ministry")).header("X-Request-Id", "req-42")
                .header("X-Client-Id", "KZ/GOV/MFA")
                .get("/api/v1/probes/" + VALID_BIN).then().statusCode(200)
                .header("X-Request-Id", "req-42").header("X-Client-Id", "KZ/GOV/MFA");
        given().auth().oauth2(TestTokens.role("ministry")).header("X-Client-Id", "bad id with spaces")
                .get("/api/v1/probes/" + VALID_BIN).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("X-Client-Id"))
                .body("detail", containsString("X-Client-Id"));
    }
}
