package kz.migration.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.contract.ContractAmended;
import kz.migration.common.event.contract.ForeignWorkerReplaced;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitRevoked;
import kz.migration.common.testing.Polls;
import kz.migration.inspection.InspectionFixtures.Employment;
import kz.migration.inspection.event.InspectionEventConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** The read-models follow contract.events and permit.events once per event, in whatever order they arrive. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadModelTest {

    private static final String PAVLODAR = "550000000";

    @Inject
    DataSource dataSource;

    @Inject
    InspectionEventConsumer consumer;

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
    void anAmendedSalaryIsExpectedFromTheAmendmentOnAndAnAmendmentWithoutOneChangesNothing() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin(), PAVLODAR,
                InspectionFixtures.SALARY, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
        UUID contractId = employment.contract().contractId();
        fixtures.publish(contractId.toString(), new ContractAmended(contractId, employment.contractNumber(),
                employment.permitNumber(), employment.bin(), null, PAVLODAR, List.of("position"), false, 2,
                Instant.now()));
        fixtures.publish(contractId.toString(), new ContractAmended(contractId, employment.contractNumber(),
                employment.permitNumber(), employment.bin(), null, PAVLODAR, List.of("salary"), false, 3,
                Instant.parse("2026-10-15T06:00:00Z"), new BigDecimal("700000.00"), "KZT"));
        fixtures.awaitRow("select count(*) from contract_salary where contract_number = ? and salary = 700000",
                employment.contractNumber());
        given().auth().oauth2(TestTokens.employer(employment.bin()))
                .get("/api/v1/contracts/{number}/wage-record", employment.contractNumber()).then().statusCode(200)
                .body("salary", is("700000.00")).body("months[0].expected", is("600000.00"))
                .body("months[1].expected", is("700000.00"));
    }

    @Test
    void twoSalaryAmendmentsForOneDayInOnePollLeaveTheLaterSalary() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin(), PAVLODAR,
                InspectionFixtures.SALARY, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
        UUID contractId = employment.contract().contractId();
        Instant amendedAt = Instant.parse("2026-10-15T06:00:00Z");
        // One transaction applies both: the second must not read the salary row the first loaded and then replaced.
        Polls.deliver(consumer::onContractEvents,
                fixtures.record(contractId.toString(), new ContractAmended(contractId, employment.contractNumber(),
                        employment.permitNumber(), employment.bin(), null, PAVLODAR, List.of("salary"), false, 2,
                        amendedAt, new BigDecimal("700000.00"), "KZT")),
                fixtures.record(contractId.toString(), new ContractAmended(contractId, employment.contractNumber(),
                        employment.permitNumber(), employment.bin(), null, PAVLODAR, List.of("salary"), false, 3,
                        amendedAt, new BigDecimal("800000.00"), "KZT")));
        BigDecimal salary = (BigDecimal) fixtures.query("select salary from contract_view where contract_number = ?",
                employment.contractNumber());
        assertEquals("800000", salary.stripTrailingZeros().toPlainString());
    }

    @Test
    void aRevocationSeenBeforeItsPermitIsIssuedStillEndsIt() {
        String passport = InspectionFixtures.randomPassport();
        PermitIssued permit = new PermitIssued(InspectionFixtures.number("WP"), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "EMPLOYER", InspectionFixtures.randomBin(), PAVLODAR, "CATEGORY_3", "7212", "UZ",
                passport, LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), 2026, InspectionFixtures.SALARY,
                Instant.now());
        fixtures.publish(permit.applicationId().toString(), new PermitRevoked(permit.permitNumber(),
                permit.employerBin(), PAVLODAR, "FORGED_DOCUMENTS", null, Instant.parse("2026-11-02T06:00:00Z"),
                false));
        fixtures.awaitRow("select count(*) from permit_end_unseen where permit_number = ?", permit.permitNumber());
        fixtures.publish(permit.applicationId().toString(), permit);
        fixtures.awaitRow("select count(*) from permit_view where permit_number = ?", permit.permitNumber());
        assertEquals("REVOKED",
                fixtures.query("select status from permit_view where permit_number = ?", permit.permitNumber()));
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndAReplacementIsRecordedOncePerContract() {
        Employment employment = fixtures.employment(InspectionFixtures.randomBin(), PAVLODAR,
                InspectionFixtures.SALARY, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
        ForeignWorkerReplaced replaced = new ForeignWorkerReplaced(employment.contract().contractId(),
                employment.contractNumber(), employment.permitNumber(), employment.bin(), null, PAVLODAR, "7212",
                LocalDate.of(2026, 11, 20), Instant.now());
        CloudEvent event = fixtures.publish(employment.contract().contractId().toString(), replaced);
        fixtures.send(event);
        CloudEvent sameContent = fixtures.publish(employment.contract().contractId().toString(), replaced);
        fixtures.awaitRow("select count(*) from inbox_event where event_id = ?", sameContent.id());
        assertEquals(1L, fixtures.queryLong("select count(*) from inbox_event where event_id = ?", event.id()));
        fixtures.awaitRow("select count(*) from worker_replacement where contract_number = ?",
                employment.contractNumber());
        assertEquals(1L, fixtures.queryLong("select count(*) from worker_replacement where contract_number = ?",
                employment.contractNumber()));
    }
}
