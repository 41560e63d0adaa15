package kz.migration.common.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;

import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** The verified-token cache in front of SmallRye JWT: reuse of a good token, no shortcut for an altered one. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class VerifiedTokenCacheTest {

    private static final String PROBE = "/api/v1/probes/291417776310";

    @Inject
    JWTParser parser;

    @Test
    void aTokenIsVerifiedOnceAndReused() throws Exception {
        String token = TestTokens.role("ministry");

        // Without the cache SmallRye builds a new principal per parse.
        assertSame(parser.parse(token), parser.parse(token));
    }

    @Test
    void anAlteredCopyOfAVerifiedTokenIsStillRefused() {
        String token = TestTokens.role("ministry");
        given().auth().oauth2(token).get(PROBE).then().statusCode(200);
        given().auth().oauth2(token).get(PROBE).then().statusCode(200);

        String[] parts = token.split("\\.");
        String signature = parts[2];
        int middle = signature.length() / 2;
        String forgedSignature = signature.substring(0, middle) + (signature.charAt(middle) == 'A' ? 'B' : 'A')
                + signature.substring(middle + 1);
        given().auth().oauth2(parts[0] + "." + parts[1] + "." + forgedSignature).get(PROBE).then().statusCode(401);

        String employerPayload = TestTokens.employer("291417776310").split("\\.")[1];
        given().auth().oauth2(parts[0] + "." + employerPayload + "." + signature).get(PROBE).then().statusCode(401);
    }

    @Test
    void aVerifiedTokenStillOnlyGrantsItsRoles() {
        String employer = TestTokens.employer("291417776310");
        given().auth().oauth2(employer).get(PROBE).then().statusCode(403);
        given().auth().oauth2(employer).get(PROBE).then().statusCode(403);
    }
}
