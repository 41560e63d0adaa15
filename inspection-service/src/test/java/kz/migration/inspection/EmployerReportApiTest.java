package kz.migration.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.common.event.contract.ForeignWorkerReplaced;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** The employer's quarterly report: drafted from the read-models, confirmed or corrected, missing ones listed. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployerReportApiTest {

    private static final String TURKISTAN = "610000000";

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

    /** An employer with a worker since 15 June and a second permit and contract issued in the third quarter. */
    private String employerActiveInQ3() {
        String bin = InspectionFixtures.randomBin();
        fixtures.employment(bin, TURKISTAN, InspectionFixtures.SALARY, LocalDate.of(2026, 6, 15),
                LocalDate.of(2027, 6, 14));
        PermitIssued permit = new PermitIssued(InspectionFixtures.number("WP"), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "EMPLOYER", bin, TURKISTAN, "CATEGORY_4", "7212", "TJ",
                InspectionFixtures.randomPassport(), LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), 2026,
                InspectionFixtures.SALARY, Instant.parse("2026-08-01T05:00:00Z"));
        fixtures.publish(permit.applicationId().toString(), permit);
        ContractRegistered contract = new ContractRegistered(UUID.randomUUID(), InspectionFixtures.number("LC"),
                permit.permitNumber(), "EMPLOYER", null, bin, null, TURKISTAN, "7212", "TJ",
                LocalDate.of(2026, 8, 3), LocalDate.of(2027, 7, 31), false, 1, Instant.parse("2026-08-02T05:00:00Z"),
                permit.workerDocumentNumber(), "Turkistan Agro LLP", InspectionFixtures.SALARY, "KZT", 40, null);
        fixtures.publish(contract.contractId().toString(), contract);
        fixtures.publish(contract.contractId().toString(), new ForeignWorkerReplaced(contract.contractId(),
                contract.contractNumber(), permit.permitNumber(), bin, null, TURKISTAN, "7212",
                LocalDate.of(2026, 9, 20), Instant.parse("2026-09-21T05:00:00Z")));
        fixtures.awaitRow("select count(*) from worker_replacement where contract_number = ?",
                contract.contractNumber());
        fixtures.awaitRow("select count(*) from permit_view where permit_number = ?", permit.permitNumber());
        return bin;
    }

    /** Every employer the ministry sees as not having reported 2026-Q3, page by page. */
    private static java.util.List<String> overdueInQ3() {
        java.util.List<String> bins = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestTokens.role("ministry")).queryParam("period", "2026-Q3")
                    .queryParam("limit", 200);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/employer-reports/overdue").then().statusCode(200).extract().jsonPath();
            bins.addAll(page.getList("items.employerBin"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return bins;
    }

    @Test
    void theRegistryDraftsTheQuarterAndTheEmployerConfirmsItOnce() {
        String bin = employerActiveInQ3();
        String employer = TestTokens.employer(bin);
        given().auth().oauth2(employer).queryParam("period", "2026-Q3").get("/api/v1/employer-reports/draft").then()
                .statusCode(200).body("status", is("DRAFT")).body("late", is(true))
                .body("drafted.foreignWorkersAtStart", is(1)).body("drafted.foreignWorkersAtEnd", is(2))
                .body("drafted.permitsIssued", is(1)).body("drafted.contractsRegistered", is(1))
                .body("drafted.replacedByCitizens", is(1)).body("dueOn", is("2026-10-10"));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("period", "2026-Q3")
                .queryParam("limit", 200).get("/api/v1/employer-reports/overdue").then().statusCode(200);
        given().auth().oauth2(employer).contentType(ContentType.JSON).body(Map.of("period", "2026-Q3"))
                .post("/api/v1/employer-reports").then().statusCode(201).body("status", is("CONFIRMED"))
                .body("reported.foreignWorkersAtEnd", is(2)).body("late", is(true));
        given().auth().oauth2(employer).contentType(ContentType.JSON).body(Map.of("period", "2026-Q3"))
                .post("/api/v1/employer-reports").then().statusCode(200);
        Map<String, Object> other = Map.of("period", "2026-Q3", "note", "x", "figures",
                Map.of("foreignWorkersAtStart", 1, "foreignWorkersAtEnd", 3, "permitsIssued", 1, "permitsEnded", 0,
                        "contractsRegistered", 1, "contractsTerminated", 0, "replacedByCitizens", 1));
        given().auth().oauth2(employer).contentType(ContentType.JSON).body(other).post("/api/v1/employer-reports")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("employerBin", bin)
                .get("/api/v1/employer-reports").then().statusCode(200).body("items[0].status", is("CONFIRMED"));
        given().auth().oauth2(TestTokens.employer(InspectionFixtures.randomBin()))
                .queryParam("employerBin", bin).get("/api/v1/employer-reports").then().statusCode(200)
                .body("items.employerBin", not(hasItem(bin)));
    }

    @Test
    void aCorrectionSaysWhyAndTheMinistrySeesWhoHasNotReported() {
        String bin = employerActiveInQ3();
        String employer = TestTokens.employer(bin);
        Map<String, Object> figures = Map.of("foreignWorkersAtStart", 1, "foreignWorkersAtEnd", 2, "permitsIssued",
                1, "permitsEnded", 0, "contractsRegistered", 1, "contractsTerminated", 1, "replacedByCitizens", 1);
        org.junit.jupiter.api.Assertions.assertTrue(overdueInQ3().contains(bin));
        given().auth().oauth2(employer).contentType(ContentType.JSON)
                .body(Map.of("period", "2026-Q3", "figures", figures)).post("/api/v1/employer-reports").then()
                .statusCode(422)
                .body("type", is("https://registry.migration.gov.kz/problems/employer-report-correction-needs-note"));
        given().auth().oauth2(employer).contentType(ContentType.JSON)
                .body(Map.of("period", "2026-Q3", "figures", figures, "note", "A termination on 30 September"))
                .post("/api/v1/employer-reports").then().statusCode(201).body("status", is("CORRECTED"))
                .body("drafted.contractsTerminated", is(0)).body("reported.contractsTerminated", is(1));
        org.junit.jupiter.api.Assertions.assertFalse(overdueInQ3().contains(bin));
    }

    @Test
    void onlyAnEndedQuarterOfAnEmployerPermitHolderIsReported() {
        String bin = employerActiveInQ3();
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON)
                .body(Map.of("period", "2026-Q4")).post("/api/v1/employer-reports").then().statusCode(422)
                .body("type", is("https://registry.migration.gov.kz/problems/employer-report-period-not-ended"));
        given().auth().oauth2(TestTokens.employer(InspectionFixtures.randomBin())).contentType(ContentType.JSON)
                .body(Map.of("period", "2026-Q3")).post("/api/v1/employer-reports").then().statusCode(422)
                .body("type", is("https://registry.migration.gov.kz/problems/employer-report-not-expected"));
    }
}
