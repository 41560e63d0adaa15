package kz.migration.contract.domain;

import static kz.migration.contract.domain.TestContracts.TODAY;
import static kz.migration.contract.domain.TestContracts.contract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Verifies;

class LabourContractTest {

    @Test
    void registersTheTermsForItsEmployerOnItsPermit() {
        LabourContract c = contract();
        assertEquals(ContractStatus.ACTIVE, c.status);
        assertEquals(TestContracts.COMPANY_BIN, c.employerBin);
        assertNull(c.employerIin);
        assertEquals(PermitKind.EMPLOYER, c.permitKind);
        assertEquals("UZ", c.workerCitizenship);
        LabourContract eaeu = LabourContract.register(UUID.randomUUID(), "LC-2026-000043", TestContracts.INDIVIDUAL,
                TestContracts.withWorker(TestContracts.terms(), "KG", null), null, Instant.now(), true);
        assertNull(eaeu.permitNumber);
        assertNull(eaeu.permitKind);
        assertEquals(TestContracts.INDIVIDUAL_IIN, eaeu.employerIin);
        assertNull(eaeu.employerBin);
        assertEquals("KG", eaeu.workerCitizenship);
        assertTrue(eaeu.late);
    }

    @Test
    @Verifies("contract.employer.own-contracts")
    void aContractBelongsToItsEmployerOnly() {
        LabourContract c = contract();
        assertTrue(c.isOwnedBy(ContractEmployer.company(TestContracts.COMPANY_BIN)));
        assertFalse(c.isOwnedBy(ContractEmployer.company("123456789012")));
        // Same digits, another kind of employer: a private individual is not the company.
        assertFalse(c.isOwnedBy(ContractEmployer.individual(TestContracts.COMPANY_BIN)));
    }

    @Test
    @Verifies("contract.status.transitions")
    void statusesMoveOnlyAlongTheTable() {
        assertTrue(ContractStatus.ACTIVE.canMoveTo(ContractStatus.TERMINATED));
        assertTrue(ContractStatus.PERMIT_REVOKED.canMoveTo(ContractStatus.TERMINATED));
        assertFalse(ContractStatus.TERMINATED.canMoveTo(ContractStatus.ACTIVE));
        assertFalse(ContractStatus.PERMIT_EXPIRED.canMoveTo(ContractStatus.ACTIVE));
        assertEquals(409, assertThrows(ProblemException.class,
                () -> ContractStatus.TERMINATED.moveTo(ContractStatus.TERMINATED)).type().status());
    }

    @Test
    @Verifies("contract.termination.dates")
    void aContractEndsNotBeforeItWasSignedNorInTheFutureButPossiblyBeforeItStarts() {
        LabourContract c = contract();
        assertEquals(400, assertThrows(ProblemException.class, () -> c.terminate(c.signedOn.minusDays(1),
                TerminationReason.MUTUAL_AGREEMENT, null, TODAY)).type().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> c.terminate(TODAY.plusDays(1),
                TerminationReason.MUTUAL_AGREEMENT, null, TODAY)).type().status());
        // Before the start date (9 March): the worker never arrived.
        c.terminate(TODAY, TerminationReason.WORKER_INITIATIVE, "never arrived", TODAY);
        assertEquals(ContractStatus.TERMINATED, c.status);
        assertEquals(TODAY, c.terminatedOn);
        assertEquals(409, assertThrows(ProblemException.class, () -> c.terminate(TODAY,
                TerminationReason.MUTUAL_AGREEMENT, null, TODAY)).type().status());
    }

    @Test
    @Verifies("contract.permit-end.marks-contracts")
    void thePermitsEndMarksAnActiveContractOnce() {
        LabourContract c = contract();
        assertTrue(c.permitEnded(PermitStatus.REVOKED));
        assertEquals(ContractStatus.PERMIT_REVOKED, c.status);
        assertFalse(c.permitEnded(PermitStatus.EXPIRED), "already ended with its permit");
        LabourContract terminated = contract();
        terminated.terminate(TODAY, TerminationReason.MUTUAL_AGREEMENT, null, TODAY);
        assertFalse(terminated.permitEnded(PermitStatus.EXPIRED));
        assertEquals(ContractStatus.TERMINATED, terminated.status);
        LabourContract expired = contract();
        expired.permitEnded(PermitStatus.EXPIRED);
        assertEquals(ContractStatus.PERMIT_EXPIRED, expired.status);
        // A contract whose permit ended can still be terminated, so the registry shows how it ended.
        expired.terminate(TODAY, TerminationReason.PERMIT_ENDED, null, TODAY);
        assertEquals(ContractStatus.TERMINATED, expired.status);
    }

    @Test
    @Verifies("contract.amendment.active-only")
    void anAmendmentChangesOnlyWhatItNamesAndIsCounted() {
        LabourContract c = contract();
        List<String> changed = c.amend(new AmendedTerms(TODAY, "Lead developer", new BigDecimal("700000"), null,
                null), true);
        assertEquals(List.of("position", "salary"), changed);
        assertEquals("Lead developer", c.position);
        assertEquals(new BigDecimal("700000.00"), c.salary);
        assertEquals("KZT", c.currency);
        assertEquals(1, c.amendmentCount);
        assertEquals(1, c.lateAmendments);
        c.permitEnded(PermitStatus.REVOKED);
        assertEquals(409, assertThrows(ProblemException.class, () -> c.amend(new AmendedTerms(TODAY, "Architect",
                null, null, null), false)).type().status());
    }

    @Test
    @Verifies("contract.replacement.by-citizen")
    void aReplacementByACitizenIsReportedOnceFromTheStartToToday() {
        LabourContract c = contract();
        LocalDate started = c.startDate;
        LocalDate today = started.plusMonths(2);
        Instant now = Instant.parse("2026-05-09T05:00:00Z");
        ForeignWorkerReplacement r = ForeignWorkerReplacement.report(c, false, "880101300123", started, today, now);
        assertEquals(c.id, r.contractId);
        assertEquals(started, r.replacedOn);
        assertEquals(409, assertThrows(ProblemException.class, () -> ForeignWorkerReplacement.report(c, true,
                "880101300123", today, today, now)).type().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> ForeignWorkerReplacement.report(c, false,
                "880101300123", started.minusDays(1), today, now)).type().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> ForeignWorkerReplacement.report(c, false,
                "880101300123", today.plusDays(1), today, now)).type().status());
        c.workerIin = "880101300123";
        assertEquals(400, assertThrows(ProblemException.class, () -> ForeignWorkerReplacement.report(c, false,
                "880101300123", today, today, now)).type().status());
    }
}
