package kz.migration.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.event.permit.PermitIssued;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * The terms of a contract are checked when it is registered and amended (seeds 001 and 003: long hours, wages
 * unpaid): salary in tenge, at least the minimum wage and the salary the permit application declared, an end within
 * the permit, at most the Labour Code's 40 hours. Registration needs an Idempotency-Key.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class ContractTermsCheckTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";

    @Inject
    AgroalDataSource dataSource;

    ContractFixtures fixtures;

    @BeforeEach
    void openFeed() {
        fixtures = new ContractFixtures(dataSource);
    }

    @AfterEach
    void closeFeed() {
        fixtures.close();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Almaty"));
    }

    /** An employer permit whose application declared 650,000 tenge a month. */
    private PermitIssued issuedPermit(String bin) {
        return fixtures.issue(ContractFixtures.employerPermit(bin, ContractFixtures.randomPassport(),
                today().minusDays(10), today().plusYears(1)));
    }

    private static ValidatableResponse refused(String bin, Map<String, Object> body, String type) {
        return ContractFixtures.register(bin, body).then().statusCode(422).body("type", is(PROBLEMS + type));
    }

    @Test
    void refusesSixtyHoursAWeek() {
        String bin = ContractFixtures.randomBin();
        Map<String, Object> body = ContractFixtures.registration(issuedPermit(bin));
        body.put("weeklyHours", 60);
        refused(bin, body, "weekly-hours-above-normal");
    }

    @Test
    void refusesACentInAForeignCurrencyNamingEveryFinding() {
        String bin = ContractFixtures.randomBin();
        Map<String, Object> body = ContractFixtures.registration(issuedPermit(bin));
        body.put("salary", "0.01");
        body.put("currency", "USD");
        body.put("weeklyHours", 60);
        refused(bin, body, "weekly-hours-above-normal").body("mismatches",
                hasItems("weekly-hours-above-normal", "salary-not-in-tenge"));
    }

    @Test
    void refusesASalaryBelowTheMinimumWage() {
        Map<String, Object> body = ContractFixtures.eaeuRegistration("BY", ContractFixtures.randomPassport());
        body.put("salary", "84999.99");
        refused(ContractFixtures.randomBin(), body, "salary-below-minimum-wage");
    }

    @Test
    void refusesASalaryBelowTheOneThePermitApplicationDeclared() {
        String bin = ContractFixtures.randomBin();
        Map<String, Object> body = ContractFixtures.registration(issuedPermit(bin));
        body.put("salary", "600000.00");
        refused(bin, body, "salary-below-permit");
    }

    @Test
    void refusesAnOpenEndedContractOnAPermitWithAnEndDate() {
        String bin = ContractFixtures.randomBin();
        Map<String, Object> body = ContractFixtures.registration(issuedPermit(bin));
        body.remove("endDate");
        refused(bin, body, "contract-end-date-required");
    }

    @Test
    void anAmendmentMayNotCutTheSalaryBelowThePermitsOrTheMinimumWage() {
        String bin = ContractFixtures.randomBin();
        String id = ContractFixtures.register(bin, ContractFixtures.registration(issuedPermit(bin))).then()
                .statusCode(201).extract().path("id");
        String path = "/api/v1/contracts/" + id + "/amendments";
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("signedOn", today().toString(), "salary", "600000.00")).post(path).then()
                .statusCode(422).body("type", is(PROBLEMS + "salary-below-permit"));
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("signedOn", today().toString(), "salary", "1.00")).post(path).then()
                .statusCode(422).body("mismatches", hasItems("salary-below-minimum-wage", "salary-below-permit"));
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("signedOn", today().toString(), "salary", "650000.00", "currency", "USD")).post(path)
                .then().statusCode(422).body("type", is(PROBLEMS + "salary-not-in-tenge"));
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("signedOn", today().toString(), "salary", "700000.00")).post(path).then()
                .statusCode(200).body("salary", is("700000.00"));
    }

    @Test
    void registrationWithoutAnIdempotencyKeyIsPreconditionRequired() {
        String bin = ContractFixtures.randomBin();
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON)
                .body(ContractFixtures.registration(issuedPermit(bin))).post("/api/v1/contracts").then()
                .statusCode(428).body("type", is(PROBLEMS + "idempotency-key-required"));
    }
}
