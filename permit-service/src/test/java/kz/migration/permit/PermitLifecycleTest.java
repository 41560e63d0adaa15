package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.event.EventType;
import kz.migration.common.event.contract.ContractTerminated;
import kz.migration.common.testing.Polls;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.service.PermitLifecycleService;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Issue 7: revocation and the ban window, termination, expiry and its reminder, public verification. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class PermitLifecycleTest extends PermitScenario {

    @Inject
    PermitLifecycleService lifecycle;

    private void revoke(String number) {
        given().auth().oauth2(TestTokens.officer(ALMATY)).contentType(ContentType.JSON)
                .body(Map.of("ground", "WORK_NOT_MATCHING_PERMIT", "reason", "the welder works as a cook"))
                .post("/api/v1/permits/{number}/revocation", number).then().statusCode(200)
                .body("status", is("REVOKED")).body("revocationGround", is("WORK_NOT_MATCHING_PERMIT"));
    }

    @Test
    void banLastsTwelveMonthsCountingTheDayOfRevocation() {
        setToday(LocalDate.parse("2026-12-01"));
        String bin = newBin();
        String number = stored(issued(bin)).permitNumber;
        revoke(number);
        setToday(LocalDate.parse("2027-11-30"));
        submit(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY)).statusCode(422)
                .body("type", containsString("employer-banned")).body("bannedUntil", is("2027-11-30"))
                .body("detail", containsString(number));
        setToday(LocalDate.parse("2027-12-01"));
        submit(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY)).statusCode(201);
    }

    @Test
    void onlyTheRegionsOfficerRevokesAndOnlyAnIssuedPermit() {
        String bin = newBin();
        String number = stored(issued(bin)).permitNumber;
        given().auth().oauth2(TestTokens.officer(ASTANA)).contentType(ContentType.JSON)
                .body(Map.of("ground", "FORGED_DOCUMENTS", "reason", "x"))
                .post("/api/v1/permits/{number}/revocation", number).then().statusCode(404);
        revoke(number);
        given().auth().oauth2(TestTokens.officer(ALMATY)).contentType(ContentType.JSON)
                .body(Map.of("ground", "FORGED_DOCUMENTS", "reason", "again"))
                .post("/api/v1/permits/{number}/revocation", number).then().statusCode(409);
    }

    @Test
    void terminatedContractTerminatesThePermitOnceAndVoluntaryReturnToo() {
        String bin = newBin();
        UUID id = issued(bin);
        String number = stored(id).permitNumber;
        UUID contractId = UUID.randomUUID();
        String record = event(contractId.toString(), new ContractTerminated(contractId, "LC-2026-000001", number,
                bin, ALMATY, today(), "end of project", 1, clock.instant()));
        Polls.deliver(consumer::onContractEvents, record);
        Polls.deliver(consumer::onContractEvents, record);
        get(id, TestTokens.employer(bin)).body("status", is("TERMINATED"));
        assertThat(outboxCount(id, EventType.PERMIT_TERMINATED), is(1L));

        UUID other = issued(bin);
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON)
                .body(Map.of("reason", "returned to family")).post("/api/v1/permits/{n}/termination",
                        stored(other).permitNumber)
                .then().statusCode(200).body("status", is("TERMINATED"));
    }

    @Test
    void expiryJobRunTwiceExpiresOnceAfterTheLastDayAndRemindsOnceSixtyDaysBefore() {
        String bin = newBin();
        UUID id = issued(bin);
        PermitApplication permit = stored(id);
        setToday(permit.validTo.minusDays(61));
        lifecycle.remindOfExpiry();
        assertThat(outboxCount(id, EventType.PERMIT_EXPIRY_REMINDER), is(0L));
        setToday(permit.validTo.minusDays(60));
        lifecycle.remindOfExpiry();
        lifecycle.remindOfExpiry();
        assertThat(outboxCount(id, EventType.PERMIT_EXPIRY_REMINDER), is(1L));
        setToday(permit.validTo);
        lifecycle.expire();
        get(id, TestTokens.employer(bin)).body("status", is("ISSUED"));
        setToday(permit.validTo.plusDays(1));
        lifecycle.expire();
        lifecycle.expire();
        get(id, TestTokens.employer(bin)).body("status", is("EXPIRED"));
        assertThat(outboxCount(id, EventType.PERMIT_EXPIRED), is(1L));
    }

    @Test
    void publicVerificationAnswersStatusOnlyAndTheSame404ForWrongNumberOrDocument() {
        String bin = newBin();
        PermitApplication permit = stored(issued(bin));
        Map<String, Object> body = given().queryParam("document", permit.workerPassportNumber)
                .get("/api/v1/public/permits/{n}/status", permit.permitNumber).then().statusCode(200)
                .body("status", is("ISSUED")).body("category", is("CATEGORY_3"))
                .body("validTo", is(permit.validTo.toString())).body("region", is(ALMATY))
                .extract().as(Map.class);
        assertThat(body, aMapWithSize(5));
        String wrongDocument = given().queryParam("document", "X0000000")
                .get("/api/v1/public/permits/{n}/status", permit.permitNumber).then().statusCode(404)
                .extract().path("title");
        String wrongNumber = given().queryParam("document", permit.workerPassportNumber)
                .get("/api/v1/public/permits/{n}/status", "WP-1999-000000").then().statusCode(404)
                .extract().path("title");
        assertThat(wrongDocument, is(wrongNumber));
        given().get("/api/v1/public/permits/{n}/status", permit.permitNumber).then().statusCode(400);
        given().queryParam("document", permit.workerPassportNumber)
                .get("/api/v1/public/permits/{n}/status", permit.permitNumber).then()
                .body(org.hamcrest.Matchers.not(containsString(permit.workerFullName)))
                .body(org.hamcrest.Matchers.not(containsString(bin)));
    }

    @Test
    void publicVerificationIsRateLimitedPerClientWithRetryAfter() {
        setToday(LocalDate.parse("2027-06-15"));
        for (int i = 0; i < 30; i++) {
            given().queryParam("document", "X0000000")
                    .get("/api/v1/public/permits/{n}/status", "WP-1999-00000" + i % 10)
                    .then().statusCode(404);
        }
        given().queryParam("document", "X0000000").get("/api/v1/public/permits/{n}/status", "WP-1999-000001").then()
                .statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", containsString("too-many-requests"));
    }
}
