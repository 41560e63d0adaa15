package kz.migration.common.security;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestInfrastructure;
import kz.migration.testsupport.Tokens;

/** {@code mp.jwt.verify.clock.skew=30}: the identity provider's clock and ours may differ by up to 30 seconds. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class TokenClockSkewTest {

    private static final String PROBE = "/api/v1/probes/291417776310";

    @Test
    void aTokenExpiredSecondsAgoIsStillAccepted() {
        given().auth().oauth2(ministryTokenExpiring(Duration.ofSeconds(-10))).get(PROBE).then().statusCode(200);
    }

    @Test
    void aTokenExpiredBeyondTheSkewIsRefused() {
        given().auth().oauth2(ministryTokenExpiring(Duration.ofSeconds(-45))).get(PROBE).then().statusCode(401);
    }

    /** A one-minute token that expires {@code fromNow} from now (negative: already expired). */
    private static String ministryTokenExpiring(Duration fromNow) {
        Duration lifetime = Duration.ofMinutes(1);
        return new Tokens(TestInfrastructure.get().keys()).mint("ministry-skew", "ministry", null, null,
                Instant.now().plus(fromNow).minus(lifetime), lifetime);
    }
}
