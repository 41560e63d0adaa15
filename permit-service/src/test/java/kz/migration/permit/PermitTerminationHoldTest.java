package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.event.inspection.TerminationHoldLifted;
import kz.migration.common.event.inspection.TerminationHoldPlaced;
import kz.migration.common.testing.Polls;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** A labour inspector's termination hold stops the employer reporting the worker's return, until it is lifted. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class PermitTerminationHoldTest extends PermitScenario {

    private static ValidatableResponse reportReturn(String token, String number) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "went home"))
                .post("/api/v1/permits/{number}/termination", number).then();
    }

    @Test
    void theEmployerCannotReportTheWorkersReturnWhileTheHoldIsInForce() {
        String bin = newBin();
        PermitApplication permit = stored(issued(bin));
        UUID holdId = UUID.randomUUID();
        // Filed with the contract number: the hold names the worker's passport and the employer, not the permit.
        Polls.deliver(consumer::onInspectionEvents,
                event(holdId.toString(), new TerminationHoldPlaced(holdId, "IC-2026-000901", bin,
                        null, permit.workerPassportNumber, null, "LC-2026-000901", Instant.now())));
        reportReturn(TestTokens.employer(bin), permit.permitNumber).statusCode(409)
                .body("type", containsString("termination-hold-in-force"));
        get(permit.id, TestTokens.employer(bin)).statusCode(200).body("status", is("ISSUED"));

        Polls.deliver(consumer::onInspectionEvents,
                event(holdId.toString(), new TerminationHoldLifted(holdId, "IC-2026-000901",
                        "inspector-1", "LIFTED_BY_INSPECTOR", Instant.now())));
        reportReturn(TestTokens.employer(bin), permit.permitNumber).statusCode(200)
                .body("status", is("TERMINATED"));
    }

    @Test
    void theRegionsOfficerMayStillEndThePermit() {
        String bin = newBin();
        PermitApplication permit = stored(issued(bin));
        UUID holdId = UUID.randomUUID();
        Polls.deliver(consumer::onInspectionEvents,
                event(holdId.toString(), new TerminationHoldPlaced(holdId, "IC-2026-000902", bin,
                        null, permit.workerPassportNumber, permit.permitNumber, null, Instant.now())));
        reportReturn(TestTokens.officer(ALMATY), permit.permitNumber).statusCode(200)
                .body("status", is("TERMINATED"));
    }
}
