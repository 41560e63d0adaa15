package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import kz.migration.common.event.EventType;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * The employer-permit rules of issue 20 through the API: EAEU citizens, intra-corporate transfers without a fee,
 * local content counted from the registry, bans for violations only, the quota year of the start date, the fee the
 * payment gateway reads, and the Idempotency-Key a submission needs. The rules themselves have plain tests in
 * {@code kz.migration.permit.domain}; these prove the wiring.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class EmployerPermitRulesTest extends PermitScenario {

    private static final String REVIEW_STARTED = "kz.migration.permit.review-started.v1";
    private static final String FEE_DUE = "kz.migration.permit.fee-due.v1";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> worker(Map<String, Object> body) {
        return (Map<String, Object>) body.get("worker");
    }

    @Test
    void refusesAnEaeuCitizenAtSubmissionAndRegistersNothing() {
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 1);
        Map<String, Object> body = application(vacancy, ALMATY);
        worker(body).put("citizenship", "KG");
        submit(bin, body, UUID.randomUUID().toString()).statusCode(422).contentType("application/problem+json")
                .body("type", containsString("eaeu-citizen-needs-no-permit"))
                .body("detail", containsString("art. 97")).body("detail", containsString("contract registry"))
                .body("findings[0].rule", is("permit.eaeu.no-permit"))
                .body("findings[0].ground", is("EAEU_CITIZEN_NEEDS_NO_PERMIT"));
        given().auth().oauth2(TestTokens.employer(bin)).queryParam("vacancyId", vacancy.toString()).get(BASE).then()
                .statusCode(200).body("items.size()", is(0));
    }

    @Test
    void aRefusedSubmissionListsEveryFindingAndAnswersWithTheFirstOnesType() {
        String bin = newBin();
        Map<String, Object> body = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        worker(body).put("passportExpiry", today().plusDays(300).toString());
        body.put("salary", Map.of("amount", "499999.99", "currency", "KZT"));
        submit(bin, body, UUID.randomUUID().toString()).statusCode(422)
                .body("type", containsString("passport-expires-during-term"))
                .body("findings", hasSize(2))
                .body("findings.type", contains(containsString("passport-expires-during-term"),
                        containsString("salary-below-vacancy")))
                .body("findings.rule", contains("permit.passport.valid-through-term",
                        "permit.labour-market-test.vacancy-match"))
                .body("findings[1].vacancySalary", is("500000.00"));
    }

    @Test
    void issuesAnApprovedIntraCorporateTransferAtOnceWithoutAFeeOrAQuotaUnit() {
        String bin = newBin();
        Map<String, Object> body = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        body.put("category", "INTRA_CORPORATE_TRANSFER");
        body.put("termDays", 1095);
        worker(body).put("passportExpiry", today().plusYears(4).toString());
        body.put("headcount", Map.of("category1", staff(1, 0), "category2", staff(1, 0), "category3",
                staff(10, 0), "category4", staff(7, 0), "intraCorporateTransfer", staff(3, 0)));
        UUID id = submitted(bin, body);
        mfaAnswers(id, "CONFIRMED");
        startReview(id, ALMATY);
        decide(id, ALMATY, "APPROVE", null).statusCode(200).body("status", is("ISSUED"))
                .body("permitNumber", matchesPattern("WP-\\d{4}-\\d{6}")).body("fee", nullValue())
                .body("validFrom", is(today().toString())).body("validTo", is(today().plusDays(1094).toString()))
                .body("reservationId", nullValue());
        given().auth().oauth2(TestTokens.employer(bin)).get(BASE + "/{id}/history", id).then().statusCode(200)
                .body("to", contains("SUBMITTED", "UNDER_REVIEW", "APPROVED", "ISSUED"));
        assertThat(outboxTypes(id), hasItem(EventType.PERMIT_ISSUED.type()));
        assertThat(outboxTypes(id), not(hasItem(EventType.PERMIT_APPROVED.type())));
        assertThat(QuarkusTestOutbox.payload(entityManager, id, EventType.PERMIT_ISSUED),
                containsString("\"reservationId\":null"));
        given().auth().oauth2(TestTokens.employer(bin)).get(BASE + "/{id}/fee", id).then().statusCode(404)
                .body("type", containsString("no-fee-due")).body("detail", containsString("intra-corporate"));
    }

    @Test
    void foreignStaffIsCountedFromTheRegistrysPermitsNotFromTheDeclaration() {
        String bin = newBin();
        issued(bin);
        issued(bin);
        Map<String, Object> body = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        // The employer holds two category-3 permits but declares no foreigners in category 3.
        body.put("headcount", Map.of("category1", staff(2, 0), "category2", staff(5, 0), "category3",
                staff(60, 0), "category4", staff(40, 0), "intraCorporateTransfer", staff(0, 0)));
        submit(bin, body, UUID.randomUUID().toString()).statusCode(422)
                .body("type", containsString("headcount-inconsistent"))
                .body("findings[0].rule", is("permit.local-content.headcount-consistent"))
                .body("detail", containsString("2"));
    }

    @Test
    void theSmallBusinessExemptionNeedsATotalConsistentWithTheRegistrysPermits() {
        String bin = newBin();
        issued(bin);
        issued(bin);
        Map<String, Object> body = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        // 19 citizens plus the two foreign workers the registry knows make 21 staff, not the 20 declared.
        body.put("headcount", Map.of("category1", staff(1, 0), "category2", staff(1, 0), "category3",
                staff(10, 2), "category4", staff(7, 0), "intraCorporateTransfer", staff(0, 0)));
        body.put("smallBusiness", true);
        body.put("totalEmployees", 20);
        submit(bin, body, UUID.randomUUID().toString()).statusCode(422)
                .body("type", containsString("headcount-inconsistent"))
                .body("detail", containsString("21"));
    }

    @Test
    void aRevocationOnAGroundThatIsNoViolationBansNobody() {
        String bin = newBin();
        UUID permitId = issued(bin);
        String number = stored(permitId).permitNumber;
        given().auth().oauth2(TestTokens.officer(ALMATY)).contentType(ContentType.JSON)
                .body(Map.of("ground", "EMPLOYER_LIQUIDATED", "reason", "the employer's branch is liquidated"))
                .post("/api/v1/permits/{number}/revocation", number).then().statusCode(200)
                .body("status", is("REVOKED")).body("bannedUntil", nullValue());
        assertThat(JsonPath.from(payloadOf(permitId, EventType.PERMIT_REVOKED.type()))
                .getBoolean("data.bansEmployer"), is(false));
        submit(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY), UUID.randomUUID().toString())
                .statusCode(201);
    }

    @Test
    void anApprovalWhoseFeeWasNotAssessedOnApprovalGetsItWhenTheUnitIsReserved() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        // As an older release left it: approved, the fee to be assessed when the unit is reserved.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> applications.findById(id).feeAmount = null);
        quotaReserved(id);
        get(id, TestTokens.employer(bin)).body("status", is("AWAITING_FEE")).body("fee.amount", is("346000.00"));
    }

    @Test
    void theQuotaYearIsTheYearThePermitStartsAndThePermitStartsOnTheRequestedDate() {
        setToday(LocalDate.parse("2026-12-10"));
        String bin = newBin();
        Map<String, Object> body = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        body.put("startDate", "2027-01-15");
        UUID id = approved(bin, body);
        assertThat(QuarkusTestOutbox.payload(entityManager, id, EventType.PERMIT_APPROVED),
                containsString("\"year\":2027"));
        get(id, TestTokens.employer(bin)).body("quotaYear", is(2027)).body("reservationId", notNullValue())
                .body("startDate", is("2027-01-15"));
        quotaReserved(id);
        pay(id, "PAY-" + id, "346000.00").statusCode(200).body("status", is("ISSUED"))
                .body("validFrom", is("2027-01-15")).body("validTo", is("2028-01-14"));
    }

    @Test
    void thePassportIsCheckedAgainstTheTermFromTheRequestedStart() {
        setToday(LocalDate.parse("2026-12-10"));
        String bin = newBin();
        Map<String, Object> body = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        body.put("startDate", "2027-03-01");
        worker(body).put("passportExpiry", "2027-12-31");
        submit(bin, body, UUID.randomUUID().toString()).statusCode(422)
                .body("type", containsString("passport-expires-during-term"))
                .body("termEnds", is("2028-02-28"));
    }

    @Test
    void theRequestedStartMayNotPrecedeTheSubmissionNorLieTooFarAhead() {
        String bin = newBin();
        Map<String, Object> body = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        body.put("startDate", today().minusDays(1).toString());
        submit(bin, body, UUID.randomUUID().toString()).statusCode(422)
                .body("type", containsString("start-date-not-allowed"));
        body.put("startDate", today().plusDays(181).toString());
        submit(bin, body, UUID.randomUUID().toString()).statusCode(422)
                .body("type", containsString("start-date-not-allowed"))
                .body("latestStartDate", is(today().plusDays(180).toString()));
    }

    @Test
    void thePaymentGatewayAndTheOwnerReadWhatIsDueAndTheMovesArePublished() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        assertThat(outboxTypes(id), hasItem(REVIEW_STARTED));
        assertThat(outboxTypes(id), not(hasItem(FEE_DUE)));
        quotaReserved(id);
        LocalDate due = stored(id).feeDue;
        given().auth().oauth2(TestTokens.role("payment-gateway")).get(BASE + "/{id}/fee", id).then()
                .statusCode(200).body("amount.amount", is("346000.00")).body("amount.currency", is("KZT"))
                .body("dueDate", is(due.toString())).body("paymentReference", notNullValue())
                .body("status", is("AWAITING_FEE"));
        given().auth().oauth2(TestTokens.employer(bin)).get(BASE + "/{id}/fee", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.employer(newBin())).get(BASE + "/{id}/fee", id).then().statusCode(404);
        assertThat(outboxTypes(id), hasItem(FEE_DUE));
        JsonPath feeDue = JsonPath.from(payloadOf(id, FEE_DUE));
        assertThat(new BigDecimal(feeDue.getString("data.amount")).compareTo(new BigDecimal("346000")), is(0));
        assertThat(feeDue.getString("data.currency"), is("KZT"));
        assertThat(feeDue.getString("data.dueDate"), is(due.toString()));
        assertThat(feeDue.getString("data.paymentReference"), is("FEE-" + id));
        assertThat(JsonPath.from(payloadOf(id, REVIEW_STARTED)).getString("data.reviewDeadline"),
                is(stored(id).reviewDeadline.toString()));
    }

    @Test
    void theSeasonalFeeFollowsTheTermInMonthlyCalculationIndices() {
        String bin = newBin();
        Map<String, Object> body = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        body.put("category", "SEASONAL");
        body.put("termDays", 180);
        UUID id = approved(bin, body);
        quotaReserved(id);
        // 24 MCI for 180 days (Government Resolution No. 819), at the 2026 MCI of 4,325 tenge.
        get(id, TestTokens.employer(bin)).body("fee.amount", is("103800.00"));
    }

    @Test
    void aSubmissionWithoutIdempotencyKeyIsRefusedWith428AndRegistersNothing() {
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 1);
        submit(bin, application(vacancy, ALMATY), null).statusCode(428).contentType("application/problem+json")
                .body("type", containsString("idempotency-key-required"));
        given().auth().oauth2(TestTokens.employer(bin)).queryParam("vacancyId", vacancy.toString()).get(BASE).then()
                .statusCode(200).body("items.size()", is(0));
    }

    @SuppressWarnings("unchecked")
    private String payloadOf(UUID id, String type) {
        List<String> rows = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> entityManager.createNativeQuery(
                        "select envelope from outbox_event where aggregate_id = ?1 and event_type = ?2 order by id")
                        .setParameter(1, id.toString()).setParameter(2, type).getResultList());
        assertThat(rows, hasSize(1));
        return rows.get(0);
    }
}
