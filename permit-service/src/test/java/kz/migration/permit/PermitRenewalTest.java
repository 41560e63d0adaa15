package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.event.EventType;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.testing.Polls;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.repository.PermitRenewalRepository;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Issue 7: the renewal window, per-category limits and the renewal quota saga. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class PermitRenewalTest extends PermitScenario {

    @Inject
    PermitRenewalRepository renewals;

    @Inject
    WorkingDayCalendar calendar;

    private ValidatableResponse applyForRenewal(String bin, String number) {
        return given().auth().oauth2(TestTokens.employer(bin)).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/permits/{number}/renewals", number).then();
    }

    private ValidatableResponse decideRenewal(String renewalId, String decision) {
        return given().auth().oauth2(TestTokens.officer(ALMATY)).contentType("application/json")
                .body(Map.of("decision", decision)).post("/api/v1/permit-renewals/{id}/decision", renewalId).then();
    }

    /** Applies 45 days before the last day, approves, and lets quota-service reserve the renewal year's unit. */
    private void renewOnce(String bin, UUID permitId) {
        PermitApplication permit = stored(permitId);
        setToday(permit.validTo.minusDays(45));
        String renewalId = applyForRenewal(bin, permit.permitNumber).statusCode(201).extract().path("id");
        decideRenewal(renewalId, "APPROVE").statusCode(200).body("status", is("APPROVED"));
        UUID reservationId = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> renewals.findById(UUID.fromString(renewalId)).reservationId);
        Polls.deliver(consumer::onQuotaEvents,
                event(reservationId.toString(), new QuotaReserved(reservationId, permitId,
                        permit.validTo.plusDays(1).getYear(), ALMATY, permit.category.name(), 5, clock.instant())));
    }

    @Test
    void aRenewalIsDecidedOnceAndNeverApprovedForAPermitNoLongerInForce() {
        String bin = newBin();
        PermitApplication permit = stored(issued(bin));
        PermitApplication revoked = stored(issued(bin));
        setToday(permit.validTo.minusDays(45));
        String renewalId = applyForRenewal(bin, permit.permitNumber).statusCode(201).extract().path("id");
        String pending = applyForRenewal(bin, revoked.permitNumber).statusCode(201).extract().path("id");

        decideRenewal(renewalId, "APPROVE").statusCode(200).body("status", is("APPROVED"));
        given().auth().oauth2(TestTokens.officer(ALMATY)).contentType("application/json")
                .body(Map.of("decision", "REFUSE", "grounds", List.of("QUALIFICATION_MISMATCH")))
                .post("/api/v1/permit-renewals/{id}/decision", renewalId).then().statusCode(409)
                .contentType("application/problem+json").body("currentStatus", is("APPROVED"));

        given().auth().oauth2(TestTokens.officer(ALMATY)).contentType("application/json")
                .body(Map.of("ground", "EMPLOYER_LIQUIDATED", "reason", "the employer is liquidated"))
                .post("/api/v1/permits/{number}/revocation", revoked.permitNumber).then().statusCode(200);
        decideRenewal(pending, "APPROVE").statusCode(409).body("permitStatus", is("REVOKED"));
        assertThat(stored(revoked.id).renewalCount, is(0));
    }

    @Test
    void renewalWindowOpensSixtyDaysAndClosesThirtyDaysBeforeTheLastDay() {
        String bin = newBin();
        PermitApplication first = stored(issued(bin));
        PermitApplication second = stored(issued(bin));
        PermitApplication third = stored(issued(bin));
        setToday(first.validTo.minusDays(61));
        applyForRenewal(bin, first.permitNumber).statusCode(422)
                .body("type", containsString("renewal-outside-window"))
                .body("windowOpens", is(first.validTo.minusDays(60).toString()))
                .body("windowCloses", is(first.validTo.minusDays(30).toString()));
        setToday(first.validTo.minusDays(60));
        LocalDate today = today();
        applyForRenewal(bin, first.permitNumber).statusCode(201).body("status", is("SUBMITTED"))
                .body("decisionDeadline", is(calendar.plusWorkingDays(today, 3).toString()))
                .body("newValidFrom", is(first.validTo.plusDays(1).toString()));
        setToday(second.validTo.minusDays(30));
        applyForRenewal(bin, second.permitNumber).statusCode(201);
        applyForRenewal(bin, second.permitNumber).statusCode(409);
        setToday(third.validTo.minusDays(29));
        applyForRenewal(bin, third.permitNumber).statusCode(422)
                .body("type", containsString("renewal-outside-window"));
    }

    @Test
    void renewalReservesTheRenewalYearsQuotaAndExtendsThePermitOnce() {
        String bin = newBin();
        UUID id = issued(bin);
        PermitApplication before = stored(id);
        renewOnce(bin, id);
        PermitApplication after = stored(id);
        assertThat(after.validTo, is(before.validTo.plusDays(365)));
        assertThat(after.renewalCount, is(1));
        assertThat(after.status.name(), is("ISSUED"));
        String approved = QuarkusTestOutbox.payloads(entityManager, id, EventType.PERMIT_APPROVED).get(1);
        assertThat(approved, containsString("\"purpose\":\"RENEWAL\""));
        assertThat(approved, containsString("\"year\":" + before.validTo.plusDays(1).getYear()));
        assertThat(outboxCount(id, EventType.PERMIT_RENEWED), is(1L));
        given().auth().oauth2(TestTokens.employer(bin)).get(BASE + "/{id}/history", id).then()
                .body("[-1].reason", containsString("renewed until " + after.validTo));
        // The trail records each quota answer on the permit: the first issue's and the renewal year's.
        assertThat(audited("permit-application.quota-reserved", id), is(2L));
    }

    private long audited(String action, UUID resourceId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_record where action = ?1 and resource_id = ?2")
                .setParameter(1, action).setParameter(2, resourceId.toString()).getSingleResult()).longValue());
    }

    /**
     * A category-3 permit renews three times (RenewalPolicyTest counts them); here one renewal counts and the stored
     * count of three refuses a fourth. Three real renewals would reach 2029, past the holiday data (2025-2027).
     */
    @Test
    void categoryThreeRenewsThreeTimesAndNoMore() {
        String bin = newBin();
        UUID id = issued(bin);
        renewOnce(bin, id);
        assertThat(stored(id).renewalCount, is(1));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> applications.findById(id).renewalCount = 3);
        PermitApplication permit = stored(id);
        setToday(permit.validTo.minusDays(45));
        applyForRenewal(bin, permit.permitNumber).statusCode(422).body("type", containsString("renewal-not-allowed"))
                .body("maxRenewals", is(3));
    }

    /** Issued early in 2026, so that both renewals are decided in years the holiday data covers. */
    @Test
    void categoryOneRenewsUpToThreeYearsInTotal() {
        setToday(LocalDate.parse("2026-01-12"));
        String bin = newBin();
        Map<String, Object> body = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        body.put("category", "CATEGORY_1");
        UUID id = issued(bin, body, "432500.00");
        renewOnce(bin, id);
        renewOnce(bin, id);
        PermitApplication permit = stored(id);
        setToday(permit.validTo.minusDays(45));
        applyForRenewal(bin, permit.permitNumber).statusCode(422).body("type", containsString("renewal-not-allowed"));
    }

    @Test
    void categoryFourAndSeasonalPermitsAreNeverRenewed() {
        String bin = newBin();
        Map<String, Object> skilled = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        skilled.put("category", "CATEGORY_4");
        PermitApplication four = stored(issued(bin, skilled, "259500.00"));
        setToday(four.validTo.minusDays(45));
        applyForRenewal(bin, four.permitNumber).statusCode(422).body("type", containsString("renewal-not-allowed"))
                .body("maxRenewals", is(0));
        clock.reset();
        Map<String, Object> seasonal = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        seasonal.put("category", "SEASONAL");
        seasonal.put("termDays", 180);
        PermitApplication season = stored(issued(bin, seasonal, "103800.00"));
        setToday(season.validTo.minusDays(45));
        applyForRenewal(bin, season.permitNumber).statusCode(422).body("type", containsString("renewal-not-allowed"));
    }

    @Test
    void anotherRegionsOfficerCannotDecideARenewal() {
        String bin = newBin();
        PermitApplication permit = stored(issued(bin));
        setToday(permit.validTo.minusDays(40));
        String renewalId = applyForRenewal(bin, permit.permitNumber).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.officer(ASTANA)).contentType("application/json")
                .body(Map.of("decision", "APPROVE")).post("/api/v1/permit-renewals/{id}/decision", renewalId).then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.employer(newBin())).get("/api/v1/permit-renewals/{id}", renewalId).then()
                .statusCode(404);
    }
}
