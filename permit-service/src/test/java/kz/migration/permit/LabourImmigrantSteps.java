package kz.migration.permit;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.inject.spi.CDI;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.event.quota.QuotaRejected;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.testing.OpenApiOperations.ApiOperation;
import kz.migration.common.testing.Polls;
import kz.migration.permit.repository.LabourImmigrantPermitRepository;
import kz.migration.testsupport.TestTokens;

/**
 * The steps of a labour-immigrant permit through the API, as each party takes them: the filing body, the internal
 * affairs bodies, the local executive body, the payment gateway, and quota-service's answer.
 */
final class LabourImmigrantSteps {

    static final String PATH = "/api/v1/labour-immigrant-permits";
    static final String TAX_DUES = PATH + "/tax-dues";
    static final String POLICE = "migration-police";

    private final PermitScenario scenario;

    LabourImmigrantSteps(PermitScenario scenario) {
        this.scenario = scenario;
    }

    static String passport() {
        return "FA" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 7);
    }

    /** A request for household work, to be varied by the test. */
    Map<String, Object> request(String citizenship, int months, String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Aziz Karimov");
        body.put("citizenship", citizenship);
        body.put("passportNumber", passport());
        body.put("passportExpiry", scenario.today().plusYears(3).toString());
        body.put("region", region);
        body.put("occupationCode", "9111");
        body.put("months", months);
        body.put("taxResidency", "NON_RESIDENT");
        return body;
    }

    static String police() {
        return TestTokens.role(POLICE);
    }

    static String officer(String region) {
        return TestTokens.officer(region);
    }

    static ValidatableResponse file(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .header("Idempotency-Key", UUID.randomUUID().toString()).post(PATH).then();
    }

    static ValidatableResponse agreement(String id, String answer, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("answer", answer);
        body.put("reason", reason);
        return given().auth().oauth2(police()).contentType(ContentType.JSON).body(body)
                .post(PATH + "/requests/{id}/agreement", id).then();
    }

    static ValidatableResponse decision(String region, String id, String decision, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        return given().auth().oauth2(officer(region)).contentType(ContentType.JSON).body(body)
                .post(PATH + "/requests/{id}/decision", id).then();
    }

    static ValidatableResponse payTax(String reference, String paymentReference, String amount, String paidAt) {
        return given().auth().oauth2(TestTokens.role("payment-gateway")).contentType(ContentType.JSON)
                .body(Map.of("paymentReference", paymentReference, "amount", Map.of("amount", amount, "currency",
                        "KZT"), "paidAt", paidAt))
                .post(TAX_DUES + "/{reference}/payment", reference).then();
    }

    /** Pays the request's open tax in full, now. */
    ValidatableResponse payInFull(ValidatableResponse withTaxDue) {
        String reference = withTaxDue.extract().path("taxDue.reference");
        String amount = withTaxDue.extract().path("taxDue.amount.amount");
        return payTax(reference, "KZPAY-" + UUID.randomUUID(), amount, scenario.clock.instant().toString());
    }

    static ValidatableResponse getRequest(String token, Object id) {
        return given().auth().oauth2(token).get(PATH + "/requests/{id}", id).then();
    }

    /** quota-service's answer to the request's reservation, as its event arrives from Kafka. */
    void quotaAnswers(String id, boolean reserved) {
        UUID requestId = UUID.fromString(id);
        UUID reservationId = QuarkusTransaction.requiringNew()
                .call(() -> repository().findById(requestId).reservationId);
        String region = QuarkusTransaction.requiringNew().call(() -> repository().findById(requestId).region);
        int year = scenario.today().getYear();
        Polls.deliver(scenario.consumer::onQuotaEvents, scenario.event(reservationId.toString(), reserved
                ? new QuotaReserved(reservationId, requestId, year, region, "LABOUR_IMMIGRANT", 100,
                        scenario.clock.instant())
                : new QuotaRejected(reservationId, requestId, year, region, "LABOUR_IMMIGRANT", "no unit left",
                        scenario.clock.instant())));
    }

    /**
     * Filed with the local executive body of the request's region, agreed, approved, paid and reserved: the issued
     * permit's view.
     */
    ValidatableResponse issued(Map<String, Object> body) {
        String region = (String) body.get("region");
        String id = file(officer(region), body).statusCode(201).extract().path("id");
        agreement(id, "AGREE", null).statusCode(200);
        payInFull(decision(region, id, "APPROVE", null).statusCode(200)).statusCode(200);
        quotaAnswers(id, true);
        return getRequest(officer(region), id).statusCode(200);
    }

    private static LabourImmigrantPermitRepository repository() {
        return CDI.current().select(LabourImmigrantPermitRepository.class).get();
    }

    /**
     * For the owner-isolation suite: a permit issued in {@code region}, with the paths of the operations an officer
     * of the region may call on it.
     */
    Map<String, String> ownedRecords(String region, Set<String> passports) {
        Map<String, Object> body = request("UZ", 3, region);
        passports.add((String) body.get("passportNumber"));
        ValidatableResponse permit = issued(body);
        String id = permit.extract().path("id");
        String number = permit.extract().path("permitNumber");
        return Map.of(PATH + "/requests/{id}", PATH + "/requests/" + id,
                PATH + "/requests/{id}/decision", PATH + "/requests/" + id + "/decision",
                PATH + "/{number}/extensions", PATH + "/" + number + "/extensions");
    }

    /** For the owner-isolation suite: a body that passes validation, so the owner check is what answers. */
    static Object bodyFor(ApiOperation operation) {
        if (!operation.path().startsWith(PATH)) {
            return null;
        }
        if (operation.path().endsWith("/extensions")) {
            return Map.of("months", 1, "taxResidency", "NON_RESIDENT");
        }
        if (operation.path().endsWith("/decision")) {
            return Map.of("decision", "REFUSE", "reason", "Another region's officer tries");
        }
        return null;
    }
}
