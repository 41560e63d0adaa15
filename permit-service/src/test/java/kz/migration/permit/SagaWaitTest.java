package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.event.inspection.EmployerViolationRecorded;
import kz.migration.common.testing.Polls;
import kz.migration.permit.service.SagaWaits;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** GET of an application with RFC 7240 {@code Prefer: wait=N}: held until the quota saga answered. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class SagaWaitTest extends PermitScenario {

    @Inject
    SagaWaits waits;

    private static ValidatableResponse getWaiting(UUID id, String token, String prefer) {
        return given().auth().oauth2(token).header("Prefer", prefer).get(BASE + "/{id}", id).then();
    }

    /** The read started and seen held by the service, so that what follows happens while it waits. */
    private CompletableFuture<ValidatableResponse> heldRead(UUID id, String token, String prefer) {
        int before = waits.held();
        CompletableFuture<ValidatableResponse> read = CompletableFuture
                .supplyAsync(() -> getWaiting(id, token, prefer));
        await().atMost(Duration.ofSeconds(10)).until(() -> waits.held() > before);
        return read;
    }

    @Test
    void heldReadAnswersAsSoonAsQuotaServiceReservedTheUnit() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        CompletableFuture<ValidatableResponse> read = heldRead(id, TestTokens.employer(bin), "wait=15");

        quotaReserved(id);

        read.join().statusCode(200).header("Preference-Applied", is("wait=15")).body("status", is("AWAITING_FEE"))
                .body("id", is(id.toString()));
    }

    @Test
    void heldReadAnswersTheRefusalToo() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        CompletableFuture<ValidatableResponse> read = heldRead(id, TestTokens.officer(ALMATY),
                "respond-async, wait=15");

        quotaRejected(id);

        read.join().statusCode(200).body("status", is("REFUSED"))
                .body("refusalGrounds[0]", is("QUOTA_EXHAUSTED"));
    }

    @Test
    void heldReadAnswersTheEmployersComplianceFlagsAsTheyStandWhenItAnswers() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        CompletableFuture<ValidatableResponse> read = heldRead(id, TestTokens.officer(ALMATY), "wait=15");

        // Confirmed by the inspectorate while the read is held: the answer shows it, as a read after it would.
        EmployerViolationRecorded hours = new EmployerViolationRecorded(UUID.randomUUID(), "GR-2026-030001", bin,
                null, null, "EXCESSIVE_HOURS", false, ALMATY, "LABOUR_CODE_ART_23", today(), clock.instant());
        Polls.deliver(consumer::onInspectionEvents, event(bin, hours));
        quotaReserved(id);

        read.join().statusCode(200).body("status", is("AWAITING_FEE")).body("complianceFlags", hasSize(1))
                .body("complianceFlags[0].caseNumber", is(hours.caseNumber()));
    }

    @Test
    void aWaitThatRunsOutAnswersTheApplicationStillApproved() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));

        getWaiting(id, TestTokens.employer(bin), "wait=1").statusCode(200).header("Preference-Applied", is("wait=1"))
                .body("status", is("APPROVED"));
    }

    @Test
    void anApplicationNotAwaitingTheSagaIsAnsweredAtOnceAndAnotherOwnersIsStill404() {
        String bin = newBin();
        UUID id = submitted(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));

        getWaiting(id, TestTokens.employer(bin), "wait=15").statusCode(200)
                .header("Preference-Applied", nullValue()).body("status", is("SUBMITTED"));
        UUID approved = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        getWaiting(approved, TestTokens.employer(newBin()), "wait=15").statusCode(404);
        getWaiting(approved, TestTokens.officer(ASTANA), "wait=15").statusCode(404);
    }

    @Test
    void aMalformedOrZeroWaitIsIgnored() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));

        for (String prefer : new String[]{"wait=0", "wait=soon", "wait", "handling=lenient"}) {
            getWaiting(id, TestTokens.employer(bin), prefer).statusCode(200)
                    .header("Preference-Applied", nullValue()).body("status", is("APPROVED"));
        }
    }
}
