package kz.migration.inspection;

import static io.restassured.RestAssured.given;
import static kz.migration.inspection.InspectionFixtures.decide;
import static kz.migration.inspection.InspectionFixtures.fileAsWorker;
import static kz.migration.inspection.InspectionFixtures.finding;
import static kz.migration.inspection.InspectionFixtures.grievance;
import static kz.migration.inspection.InspectionFixtures.inspector;
import static kz.migration.inspection.InspectionFixtures.openInspection;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.time.AdjustableClock;
import kz.migration.inspection.InspectionFixtures.Employment;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** The inspector works the region's cases; the employer learns only what it may; the register counts. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseWorkTest {

    private static final String KARAGANDA = "350000000";
    private static final String MANGYSTAU = "470000000";

    @Inject
    DataSource dataSource;

    @Inject
    AdjustableClock clock;

    private InspectionFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new InspectionFixtures(dataSource);
    }

    @AfterAll
    void close() {
        fixtures.close();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Employment employmentIn(String region) {
        LocalDate today = LocalDate.now(clock);
        return fixtures.employment(InspectionFixtures.randomBin(), region, InspectionFixtures.SALARY,
                today.minusMonths(2), today.plusMonths(10));
    }

    private static KafkaTestConsumer inspectionEvents() {
        return new KafkaTestConsumer(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                "inspection.events");
    }

    @Test
    void theQueueShowsTheRegionsCasesUrgentFirstThenOldest() {
        Employment employment = employmentIn(KARAGANDA);
        UUID older = fixtures.filed(grievance(employment, "TERMS_DIFFER_FROM_CONTRACT"));
        UUID urgent = fixtures.filed(grievance(employment, "THREAT_OR_FORCED_LABOUR"));
        List<String> queue = given().auth().oauth2(inspector(KARAGANDA)).queryParam("status", "RECEIVED")
                .get("/api/v1/cases").then().statusCode(200).extract().path("items.id");
        assertTrue(queue.indexOf(urgent.toString()) >= 0 && queue.indexOf(urgent.toString()) < queue.indexOf(
                older.toString()), "urgent before older: " + queue);
        given().auth().oauth2(inspector(KARAGANDA)).queryParam("limit", 1).get("/api/v1/cases").then()
                .statusCode(200).body("items[0].urgent", is(true));
        // Another region's inspector sees none of them, whatever region it asks for.
        String elsewhere = given().auth().oauth2(inspector(MANGYSTAU)).queryParam("region", KARAGANDA)
                .get("/api/v1/cases").asString();
        assertFalse(elsewhere.contains(older.toString()) || elsewhere.contains(urgent.toString()));
    }

    @Test
    void anOpenCasePastItsTenthWorkingDayIsOverdue() {
        Employment employment = employmentIn(KARAGANDA);
        UUID id = fixtures.filed(grievance(employment, "EXCESSIVE_HOURS"));
        String due = given().auth().oauth2(inspector(KARAGANDA)).get("/api/v1/cases/{id}", id).then()
                .statusCode(200).body("overdue", is(false)).extract().path("dueOn");
        List<String> before = given().auth().oauth2(inspector(KARAGANDA)).get("/api/v1/cases/overdue").then()
                .statusCode(200).extract().path("items.id");
        assertFalse(before.contains(id.toString()));
        clock.advance(Duration.ofDays(LocalDate.parse(due).toEpochDay() - LocalDate.now(clock).toEpochDay() + 1));
        List<String> after = given().auth().oauth2(inspector(KARAGANDA)).get("/api/v1/cases/overdue").then()
                .statusCode(200).extract().path("items.id");
        assertTrue(after.contains(id.toString()));
    }

    @Test
    void anotherEmployerAnotherRegionsInspectorAndTheEmployerItselfCannotReadAGrievance() {
        Employment employment = employmentIn(MANGYSTAU);
        UUID id = fixtures.filed(grievance(employment, "PASSPORT_WITHHELD"));
        given().auth().oauth2(inspector(MANGYSTAU)).get("/api/v1/cases/{id}", id).then().statusCode(200);
        given().auth().oauth2(inspector(KARAGANDA)).get("/api/v1/cases/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.employer(employment.bin())).get("/api/v1/cases/{id}", id).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.employer(InspectionFixtures.randomBin())).get("/api/v1/cases/{id}", id)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.role("ministry")).get("/api/v1/cases/{id}", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.officer(MANGYSTAU)).get("/api/v1/cases/{id}", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.role("auditor")).get("/api/v1/cases/{id}", id).then().statusCode(200);
        // Not even as an inspection, before one opens.
        given().auth().oauth2(TestTokens.employer(employment.bin())).get("/api/v1/inspections").then()
                .statusCode(200).body("items", empty());
        assertEquals(1L, fixtures.queryLong(
                """
                        select count(*) from audit_record where action = 'case.read' and resource_id = ? and outcome = 'DENIED'""",
                id.toString()), "the other region's attempt is in the audit trail");
    }

    @Test
    void theEmployerLearnsOfTheInspectionButNotWhoFiledOrWhichContractUnlessTheWorkerAgreed() {
        Employment employment = employmentIn(MANGYSTAU);
        UUID anonymous = fixtures.filed(grievance(employment, "EXCESSIVE_HOURS"));
        Map<String, Object> agreed = grievance(employment, "TERMS_DIFFER_FROM_CONTRACT");
        agreed.put("discloseToEmployer", true);
        UUID named = fixtures.filed(agreed);
        openInspection(MANGYSTAU, anonymous).then().statusCode(200).body("status", is("UNDER_INSPECTION"));
        openInspection(MANGYSTAU, anonymous).then().statusCode(200);
        openInspection(MANGYSTAU, named).then().statusCode(200);
        String body = given().auth().oauth2(TestTokens.employer(employment.bin())).get("/api/v1/inspections").then()
                .statusCode(200).body("items.size()", is(2)).body("items.kind", hasItem("EXCESSIVE_HOURS"))
                .extract().asString();
        assertFalse(body.contains(employment.passport()) || body.contains("source") || body.contains("filedBy"));
        List<Object> contracts = given().auth().oauth2(TestTokens.employer(employment.bin()))
                .get("/api/v1/inspections").then().extract().path("items.contractNumber");
        assertEquals(1, contracts.stream().filter(employment.contractNumber()::equals).count(),
                "only the case whose worker agreed names the contract");
        given().auth().oauth2(inspector(KARAGANDA)).post("/api/v1/cases/{id}/inspection", named).then()
                .statusCode(404);
    }

    @Test
    void aConfirmedWithheldPassportIsASeriousViolationOnTheRegisterAndLiftsTheHold() {
        Employment employment = employmentIn(MANGYSTAU);
        UUID id = fixtures.filed(grievance(employment, "PASSPORT_WITHHELD"));
        openInspection(MANGYSTAU, id).then().statusCode(200);
        decide(MANGYSTAU, id, finding("VIOLATION_CONFIRMED", "KOAP_ART_86")).then().statusCode(422)
                .body("type", is("https://registry.migration.gov.kz/problems/inspection-finding-refused"))
                .body("findings[0].rule", is("inspection.finding.ground-fits-outcome"));
        assertEquals("UNDER_INSPECTION", fixtures.query("select status from inspection_case where id = ?", id));
        decide(MANGYSTAU, id, finding("VIOLATION_CONFIRMED", "ILO_C029")).then().statusCode(200)
                .body("status", is("VIOLATION_CONFIRMED")).body("terminationHold.inForce", is(false))
                .body("terminationHold.liftReason", is("CASE_CLOSED"));
        decide(MANGYSTAU, id, finding("VIOLATION_CONFIRMED", "ILO_C029")).then().statusCode(200);
        String caseNumber = (String) fixtures.query("select case_number from inspection_case where id = ?", id);
        try (KafkaTestConsumer events = inspectionEvents()) {
            String recorded = events.await(r -> r.value().contains("employer-violation-recorded")
                    && r.value().contains(caseNumber), 1, Duration.ofSeconds(30)).get(0).value();
            assertTrue(recorded.contains("\"serious\":true") && recorded.contains("\"legalGround\":\"ILO_C029\"")
                    && recorded.contains("\"employerBin\":\"" + employment.bin() + "\""));
            assertFalse(recorded.contains(employment.passport()), "the register never names the worker");
            events.await(r -> r.value().contains("termination-hold-lifted") && r.value().contains(caseNumber)
                    && r.value().contains("CASE_CLOSED"), 1, Duration.ofSeconds(30));
        }
        assertEquals(1L, fixtures.queryLong("select count(*) from employer_violation where case_id = ?", id),
                "recorded once");
        given().auth().oauth2(TestTokens.employer(employment.bin())).get("/api/v1/employer-violations").then()
                .statusCode(200).body("items.caseNumber", hasItem(caseNumber)).body("items[0].serious", is(true));
    }

    @Test
    void wagesUnpaidForTwoMonthsAreSeriousAndOneMonthIsNot() {
        Employment employment = employmentIn(MANGYSTAU);
        UUID two = fixtures.filed(grievance(employment, "WAGES_UNPAID_OR_LATE"));
        UUID one = fixtures.filed(grievance(employment, "WAGES_UNPAID_OR_LATE"));
        for (UUID id : List.of(two, one)) {
            openInspection(MANGYSTAU, id).then().statusCode(200);
        }
        Map<String, Object> twoMonths = finding("VIOLATION_CONFIRMED", "LABOUR_CODE_ART_113");
        twoMonths.put("unpaidMonths", 2);
        decide(MANGYSTAU, two, twoMonths).then().statusCode(200).body("unpaidMonths", is(2));
        Map<String, Object> oneMonth = finding("VIOLATION_CONFIRMED", "KOAP_ART_87");
        oneMonth.put("unpaidMonths", 1);
        decide(MANGYSTAU, one, oneMonth).then().statusCode(200);
        assertEquals(Boolean.TRUE, fixtures.query("select serious from employer_violation where case_id = ?", two));
        assertEquals(Boolean.FALSE, fixtures.query("select serious from employer_violation where case_id = ?", one));
    }

    @Test
    void aRecruitmentFeeCountsAgainstTheAgencyAsWellAsTheEmployer() {
        Employment employment = employmentIn(MANGYSTAU);
        String agency = InspectionFixtures.randomBin();
        Map<String, Object> body = grievance(employment, "RECRUITMENT_FEE_CHARGED");
        body.put("recruitmentAgencyBin", agency);
        UUID id = fixtures.filed(body);
        openInspection(MANGYSTAU, id).then().statusCode(200);
        decide(MANGYSTAU, id, finding("VIOLATION_CONFIRMED", "ILO_C181_ART_7")).then().statusCode(200);
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("agencyBin", agency)
                .get("/api/v1/employer-violations").then().statusCode(200).body("items.size()", is(1))
                .body("items[0].employerBin", is(employment.bin())).body("items[0].recruitmentAgencyBin", is(agency))
                .body("items[0].serious", is(false));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("employerBin", employment.bin())
                .get("/api/v1/employer-violations").then().statusCode(200).body("items.size()", is(1));
    }

    @Test
    void aReferralKeepsTheHoldUntilTheInspectorLiftsIt() {
        Employment employment = employmentIn(MANGYSTAU);
        UUID id = fixtures.filed(grievance(employment, "PASSPORT_WITHHELD"));
        decide(MANGYSTAU, id, finding("REFERRED_TO_POLICE", "CRIMINAL_CODE_ART_128")).then().statusCode(200)
                .body("status", is("REFERRED_TO_POLICE")).body("terminationHold.inForce", is(true));
        given().auth().oauth2(inspector(KARAGANDA)).contentType(ContentType.JSON).body(Map.of("note", "no"))
                .post("/api/v1/cases/{id}/termination-hold/lift", id).then().statusCode(404);
        Map<String, String> lift = Map.of("note", "The police took the case; the worker is in a shelter");
        given().auth().oauth2(inspector(MANGYSTAU)).contentType(ContentType.JSON).body(lift)
                .post("/api/v1/cases/{id}/termination-hold/lift", id).then().statusCode(200)
                .body("terminationHold.inForce", is(false))
                .body("terminationHold.liftReason", is("LIFTED_BY_INSPECTOR"))
                .body("terminationHold.liftedBy", is("inspector-" + MANGYSTAU));
        given().auth().oauth2(inspector(MANGYSTAU)).contentType(ContentType.JSON).body(lift)
                .post("/api/v1/cases/{id}/termination-hold/lift", id).then().statusCode(200);
        given().auth().oauth2(inspector(MANGYSTAU)).contentType(ContentType.JSON).body(Map.of("note", "again"))
                .post("/api/v1/cases/{id}/termination-hold/lift", id).then().statusCode(422)
                .body("type", is("https://registry.migration.gov.kz/problems/termination-hold-not-in-force"));
        String caseNumber = (String) fixtures.query("select case_number from inspection_case where id = ?", id);
        try (KafkaTestConsumer events = inspectionEvents()) {
            events.await(r -> r.value().contains("termination-hold-lifted") && r.value().contains(caseNumber), 1,
                    Duration.ofSeconds(30));
            assertEquals(1, events.drain(Duration.ofSeconds(1)).stream()
                    .filter(r -> r.value().contains("termination-hold-lifted") && r.value().contains(caseNumber))
                    .count(), "lifted once");
        }
        assertEquals(0L, fixtures.queryLong("select count(*) from employer_violation where case_id = ?", id),
                "a referral is not a confirmed violation");
        given().auth().oauth2(TestTokens.employer(employment.bin())).get("/api/v1/inspections").then()
                .body("items.caseNumber", not(hasItem(caseNumber)));
    }

    @Test
    void aCaseWithoutAHoldHasNothingToLift() {
        Employment employment = employmentIn(MANGYSTAU);
        UUID id = fixtures.filed(grievance(employment, "OTHER"));
        given().auth().oauth2(inspector(MANGYSTAU)).get("/api/v1/cases/{id}", id).then().statusCode(200)
                .body("terminationHold", nullValue());
        given().auth().oauth2(inspector(MANGYSTAU)).contentType(ContentType.JSON).body(Map.of("note", "none"))
                .post("/api/v1/cases/{id}/termination-hold/lift", id).then().statusCode(422);
        fileAsWorker(grievance(employment, "OTHER")).then().statusCode(201);
    }
}
