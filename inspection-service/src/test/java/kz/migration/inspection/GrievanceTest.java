package kz.migration.inspection;

import static io.restassured.RestAssured.given;
import static kz.migration.inspection.InspectionFixtures.fileAsWorker;
import static kz.migration.inspection.InspectionFixtures.grievance;
import static kz.migration.inspection.InspectionFixtures.publicly;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.inspection.InspectionFixtures.Employment;
import kz.migration.inspection.domain.CaseToken;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Grievances filed without an account and by advocates, followed with the case token. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrievanceTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";

    @Inject
    DataSource dataSource;

    private InspectionFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new InspectionFixtures(dataSource);
    }

    @AfterAll
    void close() {
        fixtures.close();
    }

    @Test
    void aWorkerFilesWithoutAnAccountAndGetsOnlyACaseNumberAndATokenWhoseHashAloneIsKept() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin());
        Map<String, Object> receipt = fileAsWorker(grievance(employment, "PASSPORT_WITHHELD")).then()
                .statusCode(201).body("caseNumber", matchesPattern("IC-2026-[0-9]{6,}"))
                .body("caseToken", matchesPattern("[A-Za-z0-9_-]{43}")).body("status", is("RECEIVED"))
                .extract().as(Map.class);
        assertEquals(Set.of("caseNumber", "caseToken", "status", "receivedOn", "dueOn"), receipt.keySet(),
                "echoes no personal data");
        String token = (String) receipt.get("caseToken");
        String caseNumber = (String) receipt.get("caseNumber");
        assertEquals(CaseToken.hash(token),
                fixtures.query("select token_hash from inspection_case where case_number = ?", caseNumber));
        assertEquals(0L, fixtures.queryLong("""
                select count(*) from idempotency_record where response like ?""", "%" + token + "%"),
                "the answer kept for retries holds no token");
        assertEquals(employment.passport(), fixtures.query(
                "select worker_document_number from inspection_case where case_number = ?", caseNumber));
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheSameCaseAndTokenAndFilesNothingMore() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin());
        Map<String, Object> body = grievance(employment, "EXCESSIVE_HOURS");
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> first = publicly().header("Idempotency-Key", key).body(body)
                .post("/api/v1/public/grievances").then().statusCode(201).extract().as(Map.class);
        Map<String, Object> again = publicly().header("Idempotency-Key", key).body(body)
                .post("/api/v1/public/grievances").then().statusCode(201).header("Idempotency-Replayed", "true")
                .extract().as(Map.class);
        assertEquals(first, again);
        assertEquals(1L, fixtures.queryLong("select count(*) from inspection_case where contract_number = ?",
                employment.contractNumber()));
        publicly().body(body).post("/api/v1/public/grievances").then().statusCode(428)
                .body("type", is(PROBLEMS + "idempotency-key-required"));
    }

    @Test
    void aPassportThatIsNotTheWorkersIsAnsweredAsAnUnknownNumberAndFilesNothing() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin());
        Map<String, Object> wrongPassport = grievance(employment, "OTHER");
        wrongPassport.put("passportNumber", InspectionFixtures.randomPassport());
        Map<String, Object> unknownNumber = grievance(employment, "OTHER");
        unknownNumber.put("contractNumber", "LC-2026-999998");
        String wrong = fileAsWorker(wrongPassport).then().statusCode(404).extract().path("detail");
        String unknown = fileAsWorker(unknownNumber).then().statusCode(404).extract().path("detail");
        assertEquals(unknown, wrong);
        assertEquals(0L, fixtures.queryLong("select count(*) from inspection_case where contract_number = ?",
                employment.contractNumber()));
    }

    @Test
    void aWorkerGivenNoContractFilesWithThePermit() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin());
        Map<String, Object> body = grievance(employment, "NO_CONTRACT_GIVEN");
        body.remove("contractNumber");
        body.put("permitNumber", employment.permitNumber());
        String caseNumber = fileAsWorker(body).then().statusCode(201).extract().path("caseNumber");
        assertEquals(employment.permitNumber(),
                fixtures.query("select permit_number from inspection_case where case_number = ?", caseNumber));
        body.put("contractNumber", employment.contractNumber());
        fileAsWorker(body).then().statusCode(400).body("violations[0].field", is("contractNumber"));
    }

    @Test
    void theWorkerFollowsTheCaseWithItsTokenAndAWrongTokenIsAnsweredAsNoCase() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin());
        Map<String, Object> receipt = fileAsWorker(grievance(employment, "WAGES_UNPAID_OR_LATE")).then()
                .statusCode(201).extract().as(Map.class);
        String requestId = "follow-" + UUID.randomUUID();
        publicly().header("X-Request-Id", requestId)
                .body(Map.of("caseNumber", receipt.get("caseNumber"), "caseToken", receipt.get("caseToken")))
                .post("/api/v1/public/grievances/lookup").then().statusCode(200)
                .body("status", is("RECEIVED")).body("kind", is("WAGES_UNPAID_OR_LATE"))
                .body("inspectionOpened", is(false)).body("terminationHold", is("IN_FORCE"));
        String otherToken = CaseToken.issue("another-secret-of-thirty-two-bytes-at-least".getBytes(),
                UUID.randomUUID());
        String wrong = publicly().body(Map.of("caseNumber", receipt.get("caseNumber"), "caseToken", otherToken))
                .post("/api/v1/public/grievances/lookup").then().statusCode(404).extract().path("detail");
        String none = publicly().body(Map.of("caseNumber", "IC-2026-999999", "caseToken", otherToken))
                .post("/api/v1/public/grievances/lookup").then().statusCode(404).extract().path("detail");
        assertEquals(none, wrong);
        assertEquals("READ", fixtures.query("""
                select outcome from audit_record where correlation_id = ? and action = 'grievance.follow'""",
                requestId), "every read is audited");
        assertEquals("system:case-token-holder",
                fixtures.query("select subject from audit_record where correlation_id = ?", requestId));
    }

    @Test
    void aWagesOrPassportCasePlacesATerminationHoldAtOnceAndOtherKindsDoNot() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin());
        String passportCase = fileAsWorker(grievance(employment, "PASSPORT_WITHHELD")).then().statusCode(201)
                .extract().path("caseNumber");
        String hoursCase = fileAsWorker(grievance(employment, "EXCESSIVE_HOURS")).then().statusCode(201).extract()
                .path("caseNumber");
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "inspection.events")) {
            String placed = consumer.await(r -> r.value().contains("termination-hold-placed")
                    && r.value().contains(passportCase), 1, Duration.ofSeconds(30)).get(0).value();
            assertTrue(placed.contains(employment.permitNumber()) && placed.contains(employment.contractNumber()));
            assertTrue(placed.contains("\"employerBin\":\"" + employment.bin() + "\""));
            assertTrue(consumer.drain(Duration.ofSeconds(1)).stream().noneMatch(r -> r.value().contains(hoursCase)));
        }
        assertEquals(1L, fixtures.queryLong("select count(*) from termination_hold where case_number = ?",
                passportCase));
    }

    @Test
    void anAdvocateFilesWithConsentReadsItsOwnFilingsAndNoOneElsesAdvocateDoes() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin());
        Map<String, Object> body = grievance(employment, "RECRUITMENT_FEE_CHARGED");
        body.put("consentReference", "SANA-SEZIM-" + UUID.randomUUID());
        body.put("recruitmentAgencyBin", InspectionFixtures.randomBin());
        String advocate = TestTokens.advocate("sana-sezim-" + UUID.randomUUID());
        String caseNumber = given().auth().oauth2(advocate).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/grievances")
                .then().statusCode(201).extract().path("caseNumber");
        UUID id = fixtures.caseId(caseNumber);
        given().auth().oauth2(advocate).get("/api/v1/cases/{id}", id).then().statusCode(200)
                .body("source", is("ADVOCATE")).body("consentReference", is(body.get("consentReference")))
                .body("recruitmentAgencyBin", is(body.get("recruitmentAgencyBin")));
        List<String> own = given().auth().oauth2(advocate).get("/api/v1/cases").then().statusCode(200).extract()
                .path("items.caseNumber");
        assertEquals(List.of(caseNumber), own);
        String another = TestTokens.advocate("other-" + UUID.randomUUID());
        given().auth().oauth2(another).get("/api/v1/cases/{id}", id).then().statusCode(404);
        assertFalse(given().auth().oauth2(another).get("/api/v1/cases").asString().contains(caseNumber));
        body.remove("consentReference");
        given().auth().oauth2(advocate).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/grievances")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem(
                        containsString("consentReference")));
    }
}
