package kz.migration.inspection;

import static io.restassured.RestAssured.given;
import static kz.migration.inspection.InspectionFixtures.grievance;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.testing.OpenApiOperations.ApiOperation;
import kz.migration.common.testing.OwnerIsolationContractTest;
import kz.migration.inspection.InspectionFixtures.Employment;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * Another employer, another region's inspector and another advocate never see or change a case, a wage record, an
 * inspection or a register entry of the owner. The owner's records: a passport case filed by the owner's advocate and
 * under inspection, a confirmed violation, and a salary payment.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class OwnerIsolationTest extends OwnerIsolationContractTest {

    @Inject
    DataSource dataSource;

    private final Set<String> personalData = new HashSet<>();

    @Override
    protected Map<String, String> createOwnedRecords(String bin, String region) {
        try (InspectionFixtures fixtures = new InspectionFixtures(dataSource)) {
            Employment employment = fixtures.employment(bin, region, InspectionFixtures.SALARY,
                    java.time.LocalDate.of(2026, 9, 1), java.time.LocalDate.of(2027, 8, 31));
            personalData.add(employment.passport());
            Map<String, Object> body = grievance(employment, "PASSPORT_WITHHELD");
            body.put("consentReference", "CONSENT-" + UUID.randomUUID());
            body.put("discloseToEmployer", true);
            String caseNumber = given().auth().oauth2(TestTokens.advocate(ownerAdvocate()))
                    .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(body).post("/api/v1/grievances").then().statusCode(201).extract().path("caseNumber");
            UUID caseId = fixtures.caseId(caseNumber);
            InspectionFixtures.openInspection(region, caseId).then().statusCode(200);

            UUID confirmed = fixtures.filed(grievance(employment, "EXCESSIVE_HOURS"));
            InspectionFixtures.openInspection(region, confirmed).then().statusCode(200);
            InspectionFixtures.decide(region, confirmed,
                    InspectionFixtures.finding("VIOLATION_CONFIRMED", "LABOUR_CODE_ART_68")).then().statusCode(200);

            InspectionFixtures.report(InspectionFixtures.payment(employment.contractNumber(), "2026-09", "540000.00",
                    java.time.LocalDate.of(2026, 10, 5))).then().statusCode(201);

            String casePath = "/api/v1/cases/" + caseId;
            Map<String, String> paths = new LinkedHashMap<>();
            paths.put("/api/v1/cases/{caseId}", casePath);
            paths.put("/api/v1/cases/{caseId}/inspection", casePath + "/inspection");
            paths.put("/api/v1/cases/{caseId}/finding", casePath + "/finding");
            paths.put("/api/v1/cases/{caseId}/termination-hold/lift", casePath + "/termination-hold/lift");
            paths.put("/api/v1/contracts/{contractNumber}/wage-record",
                    "/api/v1/contracts/" + employment.contractNumber() + "/wage-record");
            return paths;
        }
    }

    @Override
    protected Object bodyFor(ApiOperation operation) {
        if (operation.path().endsWith("/finding")) {
            return Map.of("outcome", "NOT_CONFIRMED");
        }
        if (operation.path().endsWith("/lift")) {
            return Map.of("note", "Another region's inspector tries to lift it");
        }
        return "{}";
    }

    @Override
    protected Set<String> personalData() {
        return personalData;
    }

    @Override
    protected Set<String> tablesChangedInTheBackground() {
        return ReadModelTables.ALL;
    }
}
