package kz.migration.inspection;

import static kz.migration.inspection.InspectionFixtures.decide;
import static kz.migration.inspection.InspectionFixtures.finding;
import static kz.migration.inspection.InspectionFixtures.grievance;
import static kz.migration.inspection.InspectionFixtures.openInspection;
import static kz.migration.inspection.InspectionFixtures.publicly;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.common.event.contract.ContractTerminated;
import kz.migration.inspection.InspectionFixtures.Employment;
import kz.migration.testsupport.RegistryTestResource;

/** The worker's own record: contracts, permits, wages, and only the cases the employer already knows of. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkerRecordTest {

    private static final String KOSTANAY = "390000000";

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

    private static io.restassured.response.Response lookup(Map<String, String> body) {
        return publicly().body(body).post("/api/v1/public/worker-records/lookup");
    }

    @Test
    void theWorkerSeesContractsPermitsAndWagesInCodesAndNothingOfThePassport() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin(), KOSTANAY,
                InspectionFixtures.SALARY, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
        String body = lookup(Map.of("contractNumber", employment.contractNumber(), "passportNumber",
                employment.passport())).then().statusCode(200)
                .body("contracts[0].contractNumber", is(employment.contractNumber()))
                .body("contracts[0].status", is("ACTIVE")).body("contracts[0].employerName", is("Almaty Stroy LLP"))
                .body("contracts[0].salary", is("600000.00")).body("contracts[0].weeklyHours", is(40))
                .body("permits[0].permitNumber", is(employment.permitNumber()))
                .body("permits[0].status", is("ISSUED")).body("wages[0].period", is("2026-09"))
                .extract().asString();
        assertFalse(body.contains(employment.passport()), "the passport is never echoed");
        lookup(Map.of("permitNumber", employment.permitNumber(), "passportNumber", employment.passport())).then()
                .statusCode(200).body("contracts.size()", is(1));
        String wrong = lookup(Map.of("contractNumber", employment.contractNumber(), "passportNumber",
                InspectionFixtures.randomPassport())).then().statusCode(404).extract().path("detail");
        String unknown = lookup(Map.of("contractNumber", "LC-2026-999995", "passportNumber", employment.passport()))
                .then().statusCode(404).extract().path("detail");
        assertEquals(unknown, wrong);
    }

    @Test
    void theRecordListsOnlyCasesTheEmployerKnowsAndMayConnectToTheWorker() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin(), KOSTANAY,
                InspectionFixtures.SALARY, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
        UUID anonymous = fixtures.filed(grievance(employment, "PASSPORT_WITHHELD"));
        Map<String, Object> agreed = grievance(employment, "EXCESSIVE_HOURS");
        agreed.put("discloseToEmployer", true);
        UUID named = fixtures.filed(agreed);
        Map<String, String> numbers = Map.of("contractNumber", employment.contractNumber(), "passportNumber",
                employment.passport());
        lookup(numbers).then().statusCode(200).body("cases.size()", is(0));
        openInspection(KOSTANAY, anonymous).then().statusCode(200);
        openInspection(KOSTANAY, named).then().statusCode(200);
        String namedNumber = (String) fixtures.query("select case_number from inspection_case where id = ?", named);
        List<String> shown = lookup(numbers).then().statusCode(200).extract().path("cases.caseNumber");
        assertEquals(List.of(namedNumber), shown, "the anonymous filer's case stays with its token");
        decide(KOSTANAY, named, finding("VIOLATION_CONFIRMED", "LABOUR_CODE_ART_68")).then().statusCode(200);
        lookup(numbers).then().body("cases[0].status", is("VIOLATION_CONFIRMED"));
    }

    @Test
    void aContractRegisteredBeforeTheRegistrySentThePassportIsMatchedThroughItsPermitAndATerminationShows() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin(), KOSTANAY,
                InspectionFixtures.SALARY, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
        ContractRegistered old = new ContractRegistered(UUID.randomUUID(), InspectionFixtures.number("LC"),
                employment.permitNumber(), "EMPLOYER", null, employment.bin(), null, KOSTANAY, "7212", "UZ",
                LocalDate.of(2026, 10, 1), LocalDate.of(2027, 8, 31), false, 2, Instant.now());
        fixtures.publish(old.contractId().toString(), old);
        fixtures.awaitRow("select count(*) from contract_view where contract_number = ?", old.contractNumber());
        fixtures.publish(old.contractId().toString(), new ContractTerminated(old.contractId(), old.contractNumber(),
                old.permitNumber(), old.employerBin(), null, KOSTANAY, LocalDate.of(2026, 11, 30),
                "MUTUAL_AGREEMENT", 3, Instant.now()));
        fixtures.awaitRow("select count(*) from contract_view where contract_number = ? and terminated",
                old.contractNumber());
        lookup(Map.of("contractNumber", old.contractNumber(), "passportNumber", employment.passport())).then()
                .statusCode(200).body("contracts.size()", is(2))
                .body("contracts.find { it.contractNumber == '" + old.contractNumber() + "' }.status",
                        is("TERMINATED"))
                .body("contracts.find { it.contractNumber == '" + old.contractNumber() + "' }.salary",
                        is(new BigDecimal("600000.00").toPlainString()));
    }
}
