package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.event.EventType;
import kz.migration.common.event.quota.QuotaRejected;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.permit.repository.LabourImmigrantPermitRepository;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Issue 7: permits issued by the migration police to visa-free labour immigrants, and their extension. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class LabourImmigrantPermitTest extends PermitScenario {

    static final String PATH = "/api/v1/labour-immigrant-permits";

    @Inject
    LabourImmigrantPermitRepository permits;

    @Inject
    kz.migration.permit.service.PermitLifecycleService lifecycle;

    private Map<String, Object> request(String citizenship, int months, String tax) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Aziz Karimov");
        body.put("citizenship", citizenship);
        body.put("passportNumber", "FA" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 7));
        body.put("passportExpiry", today().plusYears(3).toString());
        body.put("region", ALMATY);
        body.put("occupationCode", "9111");
        body.put("months", months);
        body.put("tax", Map.of("reference", "TAX-" + UUID.randomUUID(), "amount",
                Map.of("amount", tax, "currency", "KZT")));
        return body;
    }

    private ValidatableResponse post(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.role("migration-police")).contentType(ContentType.JSON).body(body)
                .header("Idempotency-Key", UUID.randomUUID().toString()).post(PATH).then();
    }

    /** Requested, then quota-service reserves the LABOUR_IMMIGRANT unit; returns the permit number. */
    private String issued(Map<String, Object> body) {
        UUID id = UUID.fromString(post(body).statusCode(201).body("status", is("PENDING_QUOTA")).extract().path("id"));
        quotaAnswers(id, true);
        return QuarkusTransaction.requiringNew().call(() -> permits.findById(id).permitNumber);
    }

    /** quota-service's answer to the request's reservation, as its event arrives from Kafka. */
    private void quotaAnswers(UUID id, boolean reserved) {
        UUID reservationId = QuarkusTransaction.requiringNew().call(() -> permits.findById(id).reservationId);
        consumer.onQuotaEvent(event(reservationId.toString(), reserved
                ? new QuotaReserved(reservationId, id, today().getYear(), ALMATY, "LABOUR_IMMIGRANT", 100,
                        clock.instant())
                : new QuotaRejected(reservationId, id, today().getYear(), ALMATY, "LABOUR_IMMIGRANT",
                        "no unit left", clock.instant())));
    }

    private ValidatableResponse getRequest(String role, Object id) {
        return given().auth().oauth2(TestTokens.role(role)).get(PATH + "/requests/{id}", id).then();
    }

    private ValidatableResponse extend(String number, int months, String tax) {
        return given().auth().oauth2(TestTokens.role("migration-police")).contentType(ContentType.JSON)
                .body(Map.of("months", months, "tax", Map.of("reference", "TAX-" + UUID.randomUUID(), "amount",
                        Map.of("amount", tax, "currency", "KZT"))))
                .post(PATH + "/{number}/extensions", number).then();
    }

    @Test
    void visaFreeWorkerGetsAPermitAfterPrepayingTheTaxAndTheQuotaUnit() {
        Map<String, Object> body = request("UZ", 3, "51900.00");
        String number = issued(body);
        assertThat(number, matchesPattern("LI-" + today().getYear() + "-\\d{6}"));
        given().queryParam("document", body.get("passportNumber")).get(PATH + "/{n}", number).then().statusCode(200)
                .body("status", is("ISSUED")).body("months", is(3))
                .body("validTo", is(today().plusMonths(3).minusDays(1).toString()));
        given().queryParam("document", "XX0000000").get(PATH + "/{n}", number).then().statusCode(404);
        UUID id = QuarkusTransaction.requiringNew().call(() -> permits.findByNumber(number).orElseThrow().id);
        String approved = QuarkusTestOutbox.payload(entityManager, id, EventType.PERMIT_APPROVED);
        assertThat(approved, containsString("\"purpose\":\"LABOUR_IMMIGRANT\""));
        assertThat(approved, containsString("\"category\":\"LABOUR_IMMIGRANT\""));
        assertThat(QuarkusTestOutbox.payload(entityManager, id, EventType.PERMIT_ISSUED),
                containsString("\"kind\":\"LABOUR_IMMIGRANT\""));
    }

    @Test
    void theMigrationPoliceFollowTheirRequestByItsIdUntilThePermitIsIssued() {
        ExtractableResponse<Response> created = post(request("UZ", 2, "34600.00")).statusCode(201).extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith(PATH + "/requests/" + id));
        getRequest("migration-police", id).statusCode(200).body("status", is("PENDING_QUOTA"))
                .body("permitNumber", nullValue());

        quotaAnswers(UUID.fromString(id), true);

        getRequest("migration-police", id).statusCode(200).body("status", is("ISSUED"))
                .body("permitNumber", matchesPattern("LI-" + today().getYear() + "-\\d{6}"))
                .body("validTo", is(today().plusMonths(2).minusDays(1).toString()));
        getRequest("auditor", id).statusCode(200).body("id", is(id));
        getRequest("officer", id).statusCode(403);
        getRequest("migration-police", UUID.randomUUID()).statusCode(404).contentType("application/problem+json");
        getRequest("migration-police", "LI-2026-000001").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aWorkerHoldsOneLabourImmigrantPermitAtATime() {
        Map<String, Object> body = request("UZ", 12, "207600.00");
        String pending = post(body).statusCode(201).extract().path("id");
        Map<String, Object> again = new HashMap<>(body);
        again.put("tax", Map.of("reference", "TAX-" + UUID.randomUUID(), "amount",
                Map.of("amount", "207600.00", "currency", "KZT")));
        post(again).statusCode(422).body("type", containsString("worker-holds-labour-immigrant-permit"))
                .body("requestId", is(pending));
        quotaAnswers(UUID.fromString(pending), true);
        post(again).statusCode(422).body("requestId", is(pending));
        // A refused request does not count.
        Map<String, Object> other = request("KG", 1, "17300.00");
        String refused = post(other).statusCode(201).extract().path("id");
        quotaAnswers(UUID.fromString(refused), false);
        Map<String, Object> retry = new HashMap<>(other);
        retry.put("tax", Map.of("reference", "TAX-" + UUID.randomUUID(), "amount",
                Map.of("amount", "17300.00", "currency", "KZT")));
        post(retry).statusCode(201);
    }

    @Test
    void aRequestTheQuotaCannotServeReadsRefusedWithTheReason() {
        String id = post(request("KG", 1, "17300.00")).statusCode(201).extract().path("id");

        quotaAnswers(UUID.fromString(id), false);

        getRequest("ministry", id).statusCode(200).body("status", is("REFUSED"))
                .body("refusalReason", containsString("QUOTA_EXHAUSTED")).body("permitNumber", nullValue());
    }

    @Test
    void refusesCitizensOfCountriesOutsideTheVisaFreeListAndUnpaidTax() {
        post(request("CN", 3, "51900.00")).statusCode(422).body("type", containsString("not-visa-free"));
        post(request("IN", 3, "51900.00")).statusCode(422).body("type", containsString("not-visa-free"));
        // 4 MCI (4 x 4325 in 2026) per month: three months need 51 900 tenge.
        post(request("TJ", 3, "51899.99")).statusCode(422).body("type", containsString("tax-not-prepaid"))
                .body("taxDue.amount", is("51900.00"));
        post(request("TJ", 13, "300000.00")).statusCode(400);
    }

    @Test
    void extendsMonthByMonthUpToTwelveMonthsAndRefusesBeyond() {
        String number = issued(request("KG", 10, "173000.00"));
        extend(number, 1, "17300.00").statusCode(200).body("months", is(11));
        extend(number, 1, "17300.00").statusCode(200).body("months", is(12))
                .body("validTo", is(today().plusMonths(12).minusDays(1).toString()));
        extend(number, 1, "17300.00").statusCode(422).body("type", containsString("labour-immigrant-term-exceeded"))
                .body("monthsGranted", is(12));
    }

    @Test
    void expiryJobRunTwiceExpiresALabourImmigrantPermitOnceAndItCanNoLongerBeExtended() {
        String number = issued(request("RU", 1, "17300.00"));
        UUID id = QuarkusTransaction.requiringNew().call(() -> permits.findByNumber(number).orElseThrow().id);
        java.time.LocalDate validTo = QuarkusTransaction.requiringNew().call(() -> permits.findById(id).validTo);
        setToday(validTo);
        lifecycle.expire();
        assertThat(outboxCount(id, EventType.PERMIT_EXPIRED), is(0L));
        setToday(validTo.plusDays(1));
        lifecycle.expire();
        lifecycle.expire();
        assertThat(outboxCount(id, EventType.PERMIT_EXPIRED), is(1L));
        extend(number, 1, "17300.00").statusCode(409).body("currentStatus", is("EXPIRED"));
    }

    @Test
    void publicVerificationCoversLabourImmigrantPermits() {
        Map<String, Object> body = request("AM", 2, "34600.00");
        String number = issued(body);
        given().queryParam("document", body.get("passportNumber")).get("/api/v1/public/permits/{n}/status", number)
                .then().statusCode(200).body("category", is("LABOUR_IMMIGRANT")).body("status", is("ISSUED"))
                .body("fullName", org.hamcrest.Matchers.nullValue());
    }
}
