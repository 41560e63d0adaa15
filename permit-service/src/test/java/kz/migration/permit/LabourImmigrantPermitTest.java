package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static kz.migration.permit.LabourImmigrantSteps.PATH;
import static kz.migration.permit.LabourImmigrantSteps.agreement;
import static kz.migration.permit.LabourImmigrantSteps.decision;
import static kz.migration.permit.LabourImmigrantSteps.file;
import static kz.migration.permit.LabourImmigrantSteps.getRequest;
import static kz.migration.permit.LabourImmigrantSteps.officer;
import static kz.migration.permit.LabourImmigrantSteps.payTax;
import static kz.migration.permit.LabourImmigrantSteps.police;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.event.EventType;
import kz.migration.permit.repository.LabourImmigrantPermitRepository;
import kz.migration.permit.service.LabourImmigrantTaxService;
import kz.migration.permit.service.PermitLifecycleService;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * Labour-immigrant permits through the API: filed by the body that decides on the day, agreed and decided, the tax
 * confirmed by the payment gateway, the LABOUR_IMMIGRANT unit reserved, extended and expired.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class LabourImmigrantPermitTest extends PermitScenario {

    static final LocalDate POLICE_ERA = LocalDate.of(2026, 4, 10);

    @Inject
    LabourImmigrantPermitRepository permits;

    @Inject
    PermitLifecycleService lifecycle;

    @Inject
    LabourImmigrantTaxService taxes;

    @Inject
    WorkingDayCalendar calendar;

    final LabourImmigrantSteps steps = new LabourImmigrantSteps(this);

    Map<String, Object> request(String citizenship, int months) {
        return steps.request(citizenship, months, ALMATY);
    }

    long rows(Map<String, Object> body) {
        return QuarkusTransaction.requiringNew()
                .call(() -> permits.count("workerPassport", body.get("passportNumber")));
    }

    ValidatableResponse extend(String token, String number, int months, String residency) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("months", months, "taxResidency", residency)).post(PATH + "/{number}/extensions", number)
                .then();
    }

    @Test
    void from13April2026TheLocalExecutiveBodyDecidesAfterTheInternalAffairsAgree() {
        Map<String, Object> body = request("UZ", 3);
        file(police(), body).statusCode(403).body("type", endsWith("/not-issuing-authority"))
                .body("issuingAuthority", is("LOCAL_EXECUTIVE_BODY")).body("inForceSince", is("2026-04-13"));
        file(officer(ASTANA), body).statusCode(403).body("type", endsWith("/not-issuing-authority"));

        ExtractableResponse<Response> filed = file(officer(ALMATY), body).statusCode(201)
                .body("status", is("AWAITING_AGREEMENT")).body("issuingAuthority", is("LOCAL_EXECUTIVE_BODY"))
                .body("taxDue", nullValue()).extract();
        String id = filed.path("id");
        assertThat(filed.header("Location"), endsWith(PATH + "/requests/" + id));

        decision(ALMATY, id, "APPROVE", null).statusCode(422).body("type", endsWith("/internal-affairs-not-agreed"))
                .body("rule", is("permit.labour-immigrant.internal-affairs-agreement"));
        agreement(id, "AGREE", null).statusCode(200).body("status", is("AWAITING_DECISION"))
                .body("agreement", is("AGREED"));
        agreement(id, "AGREE", null).statusCode(200);
        agreement(id, "DISAGREE", "changed").statusCode(409);
        decision(ASTANA, id, "APPROVE", null).statusCode(404);
        getRequest(officer(ASTANA), id).statusCode(404);

        String dueDate = calendar.plusWorkingDays(today(), 10).toString();
        ValidatableResponse approved = decision(ALMATY, id, "APPROVE", null).statusCode(200)
                .body("status", is("AWAITING_TAX")).body("decision", is("APPROVED"))
                .body("taxDue.purpose", is("ISSUE")).body("taxDue.amount.amount", is("51900.00"))
                .body("taxDue.taxYear", is(today().getYear())).body("taxDue.dueDate", is(dueDate))
                .body("taxDue.status", is("DUE"));
        UUID requestId = UUID.fromString(id);
        assertThat(outboxCount(requestId, EventType.LABOUR_IMMIGRANT_TAX_DUE), is(1L));
        assertThat(outboxCount(requestId, EventType.PERMIT_APPROVED), is(0L));

        steps.payInFull(approved).statusCode(200).body("status", is("PAID"));
        getRequest(police(), id).statusCode(200).body("status", is("PENDING_QUOTA"));
        String reservation = QuarkusTestOutbox.payload(entityManager, requestId, EventType.PERMIT_APPROVED);
        assertThat(reservation, containsString("\"purpose\":\"LABOUR_IMMIGRANT\""));
        assertThat(reservation, containsString("\"category\":\"LABOUR_IMMIGRANT\""));

        steps.quotaAnswers(id, true);
        String number = getRequest(officer(ALMATY), id).statusCode(200).body("status", is("ISSUED"))
                .body("permitNumber", matchesPattern("LI-" + today().getYear() + "-\\d{6}"))
                .body("validTo", is(today().plusMonths(3).minusDays(1).toString())).extract().path("permitNumber");
        assertThat(QuarkusTestOutbox.payload(entityManager, requestId, EventType.PERMIT_ISSUED),
                containsString("\"kind\":\"LABOUR_IMMIGRANT\""));
        given().queryParam("document", body.get("passportNumber")).get(PATH + "/{n}", number).then().statusCode(200)
                .body("status", is("ISSUED")).body("months", is(3));
        given().queryParam("document", "XX0000000").get(PATH + "/{n}", number).then().statusCode(404);
    }

    @Test
    void until12April2026TheMigrationPoliceFiledTheRequestAndTheTaxFellDueAtOnce() {
        setToday(POLICE_ERA);
        Map<String, Object> body = request("TJ", 2);
        file(officer(ALMATY), body).statusCode(403).body("issuingAuthority", is("MIGRATION_POLICE"));
        ValidatableResponse filed = file(police(), body).statusCode(201).body("status", is("AWAITING_TAX"))
                .body("issuingAuthority", is("MIGRATION_POLICE")).body("taxDue.amount.amount", is("34600.00"))
                .body("taxDue.dueDate", is(calendar.plusWorkingDays(POLICE_ERA, 10).toString()));
        String id = filed.extract().path("id");
        agreement(id, "AGREE", null).statusCode(409);

        steps.payInFull(filed).statusCode(200);
        steps.quotaAnswers(id, true);
        getRequest(police(), id).statusCode(200).body("status", is("ISSUED")).body("validFrom", is("2026-04-10"))
                .body("quotaYear", is(2026));
    }

    @Test
    void eaeuCitizensGetNoPermitAndTakeNoQuotaUnit() {
        for (String eaeu : List.of("AM", "BY", "KG", "RU")) {
            Map<String, Object> body = request(eaeu, 3);
            file(officer(ALMATY), body).statusCode(422).body("type", endsWith("/eaeu-citizen-needs-no-permit"))
                    .body("detail", containsString("EAEU Treaty, art. 97"))
                    .body("detail", containsString("outside every quota"))
                    .body("rule", is("permit.labour-immigrant.eaeu-citizens-excluded"));
            assertThat(eaeu, rows(body), is(0L));
        }
        setToday(POLICE_ERA);
        Map<String, Object> body = request("RU", 1);
        file(police(), body).statusCode(422).body("type", endsWith("/eaeu-citizen-needs-no-permit"));
        assertThat(rows(body), is(0L));
    }

    @Test
    void onlyVisaFreeCitizensWithARightToWork() {
        file(officer(ALMATY), request("CN", 3)).statusCode(422).body("type", endsWith("/not-visa-free"))
                .body("detail", containsString("no right to work")).body("eligible", not(hasItem("CN")));
        file(officer(ALMATY), request("IN", 3)).statusCode(422).body("type", endsWith("/not-visa-free"))
                .body("eligible", hasItem("UZ")).body("eligible", not(hasItem("RU")));
        file(officer(ALMATY), request("TJ", 13)).statusCode(400);
    }

    @Test
    void onlyHouseholdWorkForPrivateIndividuals() {
        Map<String, Object> developer = request("UZ", 3);
        developer.put("occupationCode", "2512");
        file(officer(ALMATY), developer).statusCode(422).body("type", endsWith("/occupation-not-household"))
                .body("householdOccupations", hasItem("9111"));
        assertThat(rows(developer), is(0L));
        Map<String, Object> childCare = request("UZ", 3);
        childCare.put("occupationCode", "5311");
        file(officer(ALMATY), childCare).statusCode(201);
    }

    @Test
    void everyFindingIsListedWithItsRule() {
        Map<String, Object> body = request("RU", 3);
        body.put("occupationCode", "2512");
        body.put("passportExpiry", today().plusMonths(1).toString());
        file(officer(ALMATY), body).statusCode(422).body("type", endsWith("/eaeu-citizen-needs-no-permit"))
                .body("findings.rule", is(List.of("permit.labour-immigrant.eaeu-citizens-excluded",
                        "permit.labour-immigrant.household-occupation", "permit.labour-immigrant.passport-valid")));
    }

    @Test
    void theTaxComesByYearAndResidencyFromTheReferenceData() {
        setToday(LocalDate.of(2025, 10, 1));
        Map<String, Object> resident = request("UZ", 1);
        resident.put("taxResidency", "RESIDENT");
        // Tax Code 2017, art. 360: 2 MCI (2 x 3,932) a month for a resident in 2025, not 4 MCI.
        file(police(), resident).statusCode(201).body("taxDue.amount.amount", is("7864.00"))
                .body("taxDue.taxYear", is(2025)).body("taxDue.taxResidency", is("RESIDENT"));
        Map<String, Object> nonResident = request("UZ", 1);
        file(police(), nonResident).statusCode(503).body("type", endsWith("/reference-data-missing"))
                .body("taxResidency", is("NON_RESIDENT")).body("taxYear", is(2025));
        assertThat(rows(nonResident), is(0L));

        clock.reset();
        Map<String, Object> resident2026 = request("UZ", 1);
        resident2026.put("taxResidency", "RESIDENT");
        file(officer(ALMATY), resident2026).statusCode(503).body("type", endsWith("/reference-data-missing"));
        assertThat(rows(resident2026), is(0L));
    }

    @Test
    void thePaymentGatewayConfirmsTheAmountDueOnceAndNothingElseDoes() {
        Map<String, Object> body = request("UZ", 3);
        String id = file(officer(ALMATY), body).statusCode(201).extract().path("id");
        agreement(id, "AGREE", null).statusCode(200);
        ValidatableResponse approved = decision(ALMATY, id, "APPROVE", null).statusCode(200);
        String reference = approved.extract().path("taxDue.reference");
        String dueDate = approved.extract().path("taxDue.dueDate");
        String now = clock.instant().toString();

        given().auth().oauth2(TestTokens.role("payment-gateway")).get(LabourImmigrantSteps.TAX_DUES + "/{r}",
                reference).then().statusCode(200).body("amount.amount", is("51900.00")).body("status", is("DUE"))
                .body("requestId", is(id));
        payTax(reference, "KZPAY-" + UUID.randomUUID(), "51899.99", now).statusCode(422)
                .body("type", endsWith("/tax-amount-mismatch")).body("taxDue.amount", is("51900.00"));
        String late = LocalDate.parse(dueDate).plusDays(1).atTime(10, 0).atZone(clock.getZone()).toInstant()
                .toString();
        payTax(reference, "KZPAY-" + UUID.randomUUID(), "51900.00", late).statusCode(422)
                .body("type", endsWith("/tax-overdue"));
        getRequest(officer(ALMATY), id).body("status", is("AWAITING_TAX"));

        String payment = "KZPAY-" + UUID.randomUUID();
        payTax(reference, payment, "51900.00", now).statusCode(200).body("status", is("PAID"))
                .body("paymentReference", is(payment));
        payTax(reference, payment, "51900.00", now).statusCode(200).body("status", is("PAID"));
        assertThat(outboxCount(UUID.fromString(id), EventType.PERMIT_APPROVED), is(1L));

        Map<String, Object> other = request("UZ", 1);
        String otherId = file(officer(ALMATY), other).statusCode(201).extract().path("id");
        agreement(otherId, "AGREE", null).statusCode(200);
        String otherReference = decision(ALMATY, otherId, "APPROVE", null).statusCode(200).extract()
                .path("taxDue.reference");
        payTax(otherReference, payment, "17300.00", now).statusCode(409).body("type",
                endsWith("/payment-reference-reused"));
        payTax("LIT-2026-99999999", "KZPAY-" + UUID.randomUUID(), "17300.00", now).statusCode(404);
    }

    @Test
    void theInternalAffairsDisagreementEndsInTheBodysRefusal() {
        String id = file(officer(ALMATY), request("GE", 2)).statusCode(201).extract().path("id");
        agreement(id, "DISAGREE", null).statusCode(400);
        agreement(id, "DISAGREE", "entry ban on record").statusCode(200).body("agreement", is("NOT_AGREED"));
        decision(ALMATY, id, "APPROVE", null).statusCode(422).body("detail", containsString("entry ban on record"));
        decision(ALMATY, id, "REFUSE", "the internal affairs bodies did not agree").statusCode(200)
                .body("status", is("REFUSED")).body("refusalReason", containsString("INTERNAL_AFFAIRS_NOT_AGREED"));
        decision(ALMATY, id, "APPROVE", null).statusCode(409);
        assertThat(QuarkusTestOutbox.payload(entityManager, UUID.fromString(id), EventType.PERMIT_REFUSED),
                containsString("INTERNAL_AFFAIRS_NOT_AGREED"));
    }

    @Test
    void anUnpaidRequestLapsesAfterItsDueDateAndTheGraceDay() {
        Map<String, Object> body = request("MN", 1);
        String id = file(officer(ALMATY), body).statusCode(201).extract().path("id");
        agreement(id, "AGREE", null).statusCode(200);
        ValidatableResponse approved = decision(ALMATY, id, "APPROVE", null).statusCode(200);
        LocalDate due = LocalDate.parse(approved.extract().path("taxDue.dueDate"));

        setToday(due.plusDays(1));
        taxes.lapseUnpaid();
        getRequest(police(), id).body("status", is("AWAITING_TAX"));
        setToday(due.plusDays(2));
        taxes.lapseUnpaid();
        taxes.lapseUnpaid();
        getRequest(police(), id).body("status", is("LAPSED")).body("taxDue.status", is("LAPSED"));
        assertThat(outboxCount(UUID.fromString(id), EventType.PERMIT_LAPSED), is(1L));
        steps.payInFull(approved).statusCode(409);
        // A lapsed request is not live: the worker may ask again.
        clock.reset();
        file(officer(ALMATY), body).statusCode(201);
    }

    @Test
    void aWorkerHoldsOneLiveRequestOrPermitAtATime() {
        Map<String, Object> body = request("UZ", 12);
        String pending = file(officer(ALMATY), body).statusCode(201).extract().path("id");
        file(officer(ALMATY), body).statusCode(422).body("type", endsWith("/worker-holds-labour-immigrant-permit"))
                .body("requestId", is(pending));
        // A refused request does not count.
        Map<String, Object> other = request("AZ", 1);
        String refused = file(officer(ALMATY), other).statusCode(201).extract().path("id");
        agreement(refused, "AGREE", null).statusCode(200);
        steps.payInFull(decision(ALMATY, refused, "APPROVE", null).statusCode(200)).statusCode(200);
        steps.quotaAnswers(refused, false);
        getRequest(TestTokens.role("ministry"), refused).body("status", is("REFUSED"))
                .body("refusalReason", containsString("QUOTA_EXHAUSTED")).body("permitNumber", nullValue());
        file(officer(ALMATY), other).statusCode(201);
    }

    @Test
    void extendsMonthByMonthOnceEachExtensionsTaxIsPaidUpToTwelveMonths() {
        String number = steps.issued(request("UZ", 10)).extract().path("permitNumber");
        extend(police(), number, 1, "NON_RESIDENT").statusCode(403).body("type", endsWith("/not-issuing-authority"));
        extend(officer(ASTANA), number, 1, "NON_RESIDENT").statusCode(404);

        ValidatableResponse due = extend(officer(ALMATY), number, 1, "NON_RESIDENT").statusCode(200)
                .body("months", is(10)).body("taxDue.purpose", is("EXTENSION"))
                .body("taxDue.amount.amount", is("17300.00")).body("taxDue.permitNumber", is(number));
        String reference = due.extract().path("taxDue.reference");
        extend(officer(ALMATY), number, 1, "NON_RESIDENT").statusCode(200).body("taxDue.reference", is(reference));
        extend(officer(ALMATY), number, 2, "NON_RESIDENT").statusCode(409).body("taxReference", is(reference));

        steps.payInFull(due).statusCode(200);
        UUID id = QuarkusTransaction.requiringNew().call(() -> permits.findByNumber(number).orElseThrow().id);
        assertThat(outboxCount(id, EventType.PERMIT_RENEWED), is(1L));
        extend(officer(ALMATY), number, 2, "NON_RESIDENT").statusCode(422)
                .body("type", endsWith("/labour-immigrant-term-exceeded")).body("monthsGranted", is(11));
        steps.payInFull(extend(officer(ALMATY), number, 1, "NON_RESIDENT").statusCode(200)).statusCode(200);
        getRequest(police(), id).body("months", is(12))
                .body("validTo", is(today().plusMonths(12).minusDays(1).toString()));
    }

    @Test
    void expiryJobRunTwiceExpiresALabourImmigrantPermitOnceAndItCanNoLongerBeExtended() {
        String number = steps.issued(request("UA", 1)).extract().path("permitNumber");
        UUID id = QuarkusTransaction.requiringNew().call(() -> permits.findByNumber(number).orElseThrow().id);
        LocalDate validTo = QuarkusTransaction.requiringNew().call(() -> permits.findById(id).validTo);
        setToday(validTo);
        lifecycle.expire();
        assertThat(outboxCount(id, EventType.PERMIT_EXPIRED), is(0L));
        setToday(validTo.plusDays(1));
        lifecycle.expire();
        lifecycle.expire();
        assertThat(outboxCount(id, EventType.PERMIT_EXPIRED), is(1L));
        extend(officer(ALMATY), number, 1, "NON_RESIDENT").statusCode(409).body("currentStatus", is("EXPIRED"));
    }

    @Test
    void publicVerificationCoversLabourImmigrantPermits() {
        Map<String, Object> body = request("TR", 2);
        String number = steps.issued(body).extract().path("permitNumber");
        given().queryParam("document", body.get("passportNumber")).get("/api/v1/public/permits/{n}/status", number)
                .then().statusCode(200).body("category", is("LABOUR_IMMIGRANT")).body("status", is("ISSUED"))
                .body("fullName", nullValue());
    }

    @Test
    void theInternalAffairsAndTheBodyFindTheirRequestsInTheList() {
        String id = file(officer(ALMATY), request("MD", 2)).statusCode(201).extract().path("id");
        Map<String, Object> query = new HashMap<>();
        query.put("status", "AWAITING_AGREEMENT");
        query.put("limit", 200);
        List<String> forPolice = given().auth().oauth2(police()).queryParams(query).get(PATH + "/requests").then()
                .statusCode(200).extract().path("items.id");
        assertThat(forPolice, hasItem(id));
        List<String> forAstana = given().auth().oauth2(officer(ASTANA)).queryParams(query).get(PATH + "/requests")
                .then().statusCode(200).extract().path("items.id");
        assertThat(forAstana, not(hasItem(id)));
        agreement(id, "AGREE", null).statusCode(200);
        query.put("status", "AWAITING_DECISION");
        List<String> forAlmaty = given().auth().oauth2(officer(ALMATY)).queryParams(query).get(PATH + "/requests")
                .then().statusCode(200).extract().path("items.id");
        assertThat(forAlmaty, hasItem(id));
    }
}
