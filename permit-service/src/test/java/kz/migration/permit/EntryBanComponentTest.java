package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.event.EventType;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.testing.Polls;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Entry bans and expulsions: the migration police record and lift them; a banned worker gets no permit. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class EntryBanComponentTest extends PermitScenario {

    private static final String BANS = "/api/v1/entry-bans";
    private static final String POLICE = TestTokens.role("migration-police");

    private ValidatableResponse recordBan(String passport, String citizenship, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("passportNumber", passport);
        body.put("citizenship", citizenship);
        body.put("kind", "EXPULSION");
        body.put("bannedUntil", today().plusYears(5).toString());
        body.put("ground", "Court order 2-1187/2026: expelled for working without a permit");
        var request = given().auth().oauth2(POLICE).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post(BANS).then();
    }

    @SuppressWarnings("unchecked")
    private static String passport(Map<String, Object> application) {
        return (String) ((Map<String, Object>) application.get("worker")).get("passportNumber");
    }

    private long audited(String action, String resourceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from audit_record where action = ?1 and resource_id = ?2 and outcome = 'SUCCESS'")
                .setParameter(1, action).setParameter(2, resourceId).getSingleResult()).longValue());
    }

    @Test
    void aBannedWorkersApplicationIsRefusedOnItsNamedGroundUntilThePoliceLiftTheBan() {
        String bin = newBin();
        Map<String, Object> application = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        String passport = passport(application);
        recordBan(passport, "IN", null).statusCode(428);
        String key = UUID.randomUUID().toString();
        String banId = recordBan(passport, "IN", key).statusCode(201).body("status", is("IN_FORCE"))
                .body("kind", is("EXPULSION")).extract().path("id");
        recordBan(passport, "IN", key).statusCode(200).body("id", is(banId));

        submit(bin, application).statusCode(422).body("type", containsString("worker-entry-banned"))
                .body("findings[0].rule", is("permit.entry-ban.refuses-worker"))
                .body("findings[0].ground", is("WORKER_ENTRY_BANNED"))
                .body("bannedUntil", is(today().plusYears(5).toString()))
                .body("detail", not(containsString("Court order")));
        // The same passport of another citizenship is another person.
        Map<String, Object> other = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        @SuppressWarnings("unchecked")
        Map<String, Object> worker = (Map<String, Object>) other.get("worker");
        worker.put("passportNumber", passport);
        worker.put("citizenship", "CN");
        submit(bin, other).statusCode(201);

        given().auth().oauth2(TestTokens.role("auditor")).get(BANS + "/{id}", banId).then().statusCode(200)
                .body("passportNumber", is(passport));
        given().auth().oauth2(POLICE).contentType(ContentType.JSON).body(Map.of("reason", "set aside on appeal"))
                .post(BANS + "/{id}/lifting", banId).then().statusCode(200).body("status", is("LIFTED"))
                .body("liftReason", is("set aside on appeal")).body("liftedBy", is(notBlank()));
        given().auth().oauth2(POLICE).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post(BANS + "/{id}/lifting", banId).then().statusCode(409);
        assertEquals(1, audited("entry-ban.lift", banId));
        submit(bin, application).statusCode(201);
    }

    @Test
    void aBannedWorkerGetsNoLabourImmigrantPermit() {
        LabourImmigrantSteps steps = new LabourImmigrantSteps(this);
        Map<String, Object> request = steps.request("UZ", 3, ALMATY);
        recordBan((String) request.get("passportNumber"), "UZ", UUID.randomUUID().toString()).statusCode(201);
        LabourImmigrantSteps.file(TestTokens.officer(ALMATY), request).statusCode(422)
                .body("type", containsString("worker-entry-banned"))
                .body("rule", is("permit.entry-ban.refuses-worker"));
    }

    private String recordedBan(String passport, String citizenship) {
        return recordBan(passport, citizenship, UUID.randomUUID().toString()).statusCode(201).extract().path("id");
    }

    private static void lift(String banId) {
        given().auth().oauth2(POLICE).contentType(ContentType.JSON).body(Map.of("reason", "set aside on appeal"))
                .post(BANS + "/{id}/lifting", banId).then().statusCode(200).body("status", is("LIFTED"));
    }

    private long rows(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, id).getSingleResult()).longValue());
    }

    private static ValidatableResponse applyForRenewal(String bin, String number) {
        return given().auth().oauth2(TestTokens.employer(bin)).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/permits/{number}/renewals", number).then();
    }

    private static ValidatableResponse decideRenewal(String renewalId) {
        return given().auth().oauth2(TestTokens.officer(ALMATY)).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE")).post("/api/v1/permit-renewals/{id}/decision", renewalId).then();
    }

    /**
     * The renewal of an employer permit held by a banned worker: the application is 422 and changes nothing, a
     * renewal applied for before the ban is refused on its approval, and once the police lift the ban the permit
     * renews.
     */
    @Test
    void aBanRefusesTheRenewalOfTheWorkersEmployerPermitUntilThePoliceLiftIt() {
        String bin = newBin();
        UUID id = issued(bin);
        PermitApplication before = stored(id);
        setToday(before.validTo.minusDays(45));
        String ban = recordedBan(before.workerPassportNumber, before.workerCitizenship);
        List<String> events = outboxTypes(id);

        applyForRenewal(bin, before.permitNumber).statusCode(422).body("type", containsString("worker-entry-banned"))
                .body("findings[0].rule", is("permit.entry-ban.refuses-worker"))
                .body("findings[0].ground", is("WORKER_ENTRY_BANNED"))
                .body("detail", not(containsString("Court order")));
        String renewals = "select count(*) from permit_renewal where application_id = ?1";
        assertEquals(0, rows(renewals, id), "a refused renewal application registers nothing");
        PermitApplication unchanged = stored(id);
        assertEquals(before.validTo, unchanged.validTo);
        assertEquals(0, unchanged.renewalCount);
        assertEquals(before.version, unchanged.version);
        assertEquals(events, outboxTypes(id));

        lift(ban);
        String applied = applyForRenewal(bin, before.permitNumber).statusCode(201).extract().path("id");
        String again = recordedBan(before.workerPassportNumber, before.workerCitizenship);
        decideRenewal(applied).statusCode(200).body("status", is("REFUSED"))
                .body("refusalGrounds", org.hamcrest.Matchers.contains("WORKER_ENTRY_BANNED"));
        assertEquals(before.validTo, stored(id).validTo);

        lift(again);
        String renewalId = applyForRenewal(bin, before.permitNumber).statusCode(201).extract().path("id");
        decideRenewal(renewalId).statusCode(200).body("status", is("APPROVED"));
        UUID reservationId = QuarkusTransaction.requiringNew().call(() -> (UUID) entityManager
                .createNativeQuery("select reservation_id from permit_renewal where id = ?1")
                .setParameter(1, UUID.fromString(renewalId)).getSingleResult());
        LocalDate renewedFrom = before.validTo.plusDays(1);
        Polls.deliver(consumer::onQuotaEvents, event(reservationId.toString(), new QuotaReserved(reservationId, id,
                renewedFrom.getYear(), ALMATY, before.category.name(), 5, clock.instant())));
        PermitApplication renewed = stored(id);
        assertEquals(1, renewed.renewalCount);
        assertEquals(before.validTo.plusDays(365), renewed.validTo);
        assertEquals(1, outboxCount(id, EventType.PERMIT_RENEWED));
    }

    /**
     * The extension of a banned worker's labour-immigrant permit: 422 with no tax falling due and the permit as it
     * was; once the police lift the ban the extension's tax falls due and, paid, extends the permit.
     */
    @Test
    void aBanRefusesTheExtensionOfALabourImmigrantPermitUntilThePoliceLiftIt() {
        LabourImmigrantSteps steps = new LabourImmigrantSteps(this);
        Map<String, Object> request = steps.request("UZ", 3, ALMATY);
        ValidatableResponse issued = steps.issued(request).body("status", is("ISSUED"));
        String number = issued.extract().path("permitNumber");
        UUID id = UUID.fromString(issued.extract().path("id"));
        String validTo = issued.extract().path("validTo");
        String ban = recordedBan((String) request.get("passportNumber"), "UZ");
        String dues = "select count(*) from labour_immigrant_tax_due where permit_id = ?1";
        long duesBefore = rows(dues, id);
        List<String> events = outboxTypes(id);

        extend(number).statusCode(422).body("type", containsString("worker-entry-banned"))
                .body("rule", is("permit.entry-ban.refuses-worker"))
                .body("detail", not(containsString("Court order")));
        assertEquals(duesBefore, rows(dues, id), "a refused extension makes no tax fall due");
        LabourImmigrantSteps.getRequest(TestTokens.officer(ALMATY), id).statusCode(200).body("months", is(3))
                .body("validTo", is(validTo)).body("status", is("ISSUED"));
        assertEquals(events, outboxTypes(id));

        lift(ban);
        ValidatableResponse due = extend(number).statusCode(200).body("taxDue.purpose", is("EXTENSION"));
        steps.payInFull(due).statusCode(200);
        LabourImmigrantSteps.getRequest(TestTokens.officer(ALMATY), id).statusCode(200).body("months", is(4));
        assertEquals(1, outboxCount(id, EventType.PERMIT_RENEWED));
    }

    private static ValidatableResponse extend(String number) {
        return given().auth().oauth2(TestTokens.officer(ALMATY)).contentType(ContentType.JSON)
                .body(Map.of("months", 1, "taxResidency", "NON_RESIDENT"))
                .post(LabourImmigrantSteps.PATH + "/{number}/extensions", number).then();
    }

    @Test
    void aBanEndingBeforeTodayIsRefusedAndOnlyThePoliceRecordBans() {
        Map<String, Object> body = new HashMap<>();
        body.put("passportNumber", "FA1234567");
        body.put("citizenship", "UZ");
        body.put("kind", "ENTRY_BAN");
        body.put("bannedUntil", today().minusDays(1).toString());
        body.put("ground", "Administrative expulsion");
        given().auth().oauth2(POLICE).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).post(BANS).then().statusCode(400)
                .body("violations[0].field", is("bannedUntil"));
        body.put("bannedUntil", today().plusYears(1).toString());
        given().auth().oauth2(TestTokens.officer(ALMATY)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).post(BANS).then().statusCode(403);
    }

    private static org.hamcrest.Matcher<String> notBlank() {
        return not(is(""));
    }
}
