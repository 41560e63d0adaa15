package kz.migration.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Verifies;

class InspectionCaseTest {

    @Test
    @Verifies("inspection.case.deadline-working-days")
    void aCaseIsDueTenWorkingDaysAfterReceiptSkippingIndependenceDay() {
        InspectionCase c = TestCases.received(GrievanceKind.PASSPORT_WITHHELD);
        assertFalse(c.urgent);
        // Received Monday 2026-12-07; 16 December is a holiday: the tenth working day is the 22nd.
        assertEquals(LocalDate.of(2026, 12, 22), c.dueOn);
    }

    @Test
    @Verifies({"inspection.case.deadline-working-days", "inspection.case.urgent-kinds"})
    void forcedLabourIsDueTheNextWorkingDay() {
        InspectionCase c = TestCases.received(GrievanceKind.THREAT_OR_FORCED_LABOUR);
        assertTrue(c.urgent);
        assertEquals(LocalDate.of(2026, 12, 8), c.dueOn);
        assertEquals(LocalDate.of(2026, 12, 17), TestCases.DEADLINES.dueOn(LocalDate.of(2026, 12, 15), true),
                "received the day before Independence Day: due the day after it");
    }

    @Test
    @Verifies("inspection.case.overdue")
    void anOpenCaseIsOverdueAfterItsDueDayAndADecidedOneNever() {
        InspectionCase c = TestCases.underInspection(GrievanceKind.PASSPORT_WITHHELD);
        assertFalse(c.overdue(c.dueOn));
        assertTrue(c.overdue(c.dueOn.plusDays(1)));
        c.decide(new Finding(CaseOutcome.NOT_CONFIRMED, null, null, null), "inspector-750000000",
                TestCases.NOW.plusSeconds(7200));
        assertFalse(c.overdue(c.dueOn.plusDays(30)));
    }

    @Test
    @Verifies("inspection.retaliation.employer-learns-at-inspection")
    void theEmployerKnowsOfACaseOnlyOnceItsInspectionOpens() {
        InspectionCase c = TestCases.received(GrievanceKind.WAGES_UNPAID_OR_LATE);
        assertFalse(c.knownToEmployer());
        c.openInspection("inspector-750000000", TestCases.NOW);
        assertTrue(c.knownToEmployer());
    }

    @Test
    @Verifies("inspection.retaliation.employer-learns-at-inspection")
    void aCaseReferredToThePoliceStraightAwayStaysUnknownToTheEmployer() {
        InspectionCase c = TestCases.received(GrievanceKind.THREAT_OR_FORCED_LABOUR);
        c.decide(new Finding(CaseOutcome.REFERRED_TO_POLICE, LegalGround.CRIMINAL_CODE_ART_128, null, null),
                "inspector-750000000", TestCases.NOW);
        assertEquals(CaseStatus.REFERRED_TO_POLICE, c.status);
        assertFalse(c.knownToEmployer());
    }

    @Test
    @Verifies("inspection.retaliation.filer-withheld")
    void theEmployerIsToldTheWorkersContractOnlyWhereTheFilerAgreed() {
        InspectionCase withheld = TestCases.underInspection(GrievanceKind.PASSPORT_WITHHELD);
        assertNull(withheld.contractShownToEmployer());
        InspectionCase agreed = InspectionCase.file(UUID.randomUUID(), "IC-2026-000018", CaseSource.WORKER,
                TestCases.employment(), new GrievanceFiling(GrievanceKind.EXCESSIVE_HOURS, "12 hours a day", null,
                        null, null, true, null, null),
                TestCases.NOW, TestCases.MONDAY, TestCases.DEADLINES);
        assertNull(agreed.contractShownToEmployer(), "not before the inspection opens");
        agreed.openInspection("inspector-750000000", TestCases.NOW);
        assertEquals("LC-2026-000045", agreed.contractShownToEmployer());
    }

    @Test
    @Verifies("inspection.retaliation.worker-record-shows-known-cases")
    void theWorkersRecordListsOnlyCasesTheEmployerKnowsAndMayConnectToTheWorker() {
        InspectionCase anonymous = TestCases.underInspection(GrievanceKind.PASSPORT_WITHHELD);
        assertFalse(anonymous.shownInWorkerRecord(), "the employer holds the numbers that open the record");
        InspectionCase monitor = InspectionCase.openedByWageMonitor(UUID.randomUUID(), "IC-2026-000019",
                TestCases.employment(), TestCases.NOW, TestCases.MONDAY, TestCases.DEADLINES);
        assertFalse(monitor.shownInWorkerRecord(), "not before the inspection opens");
        monitor.openInspection("inspector-750000000", TestCases.NOW);
        assertTrue(monitor.shownInWorkerRecord());
    }

    @Test
    @Verifies("inspection.wages.opens-case")
    void theWageMonitorsCaseIsAWagesCaseWithNoFilerToProtect() {
        InspectionCase c = InspectionCase.openedByWageMonitor(UUID.randomUUID(), "IC-2026-000020",
                TestCases.employment(), TestCases.NOW, TestCases.MONDAY, TestCases.DEADLINES);
        assertEquals(GrievanceKind.WAGES_UNPAID_OR_LATE, c.kind);
        assertEquals(CaseSource.WAGE_MONITOR, c.source);
        assertTrue(c.discloseToEmployer);
        assertNull(c.tokenHash);
        assertEquals(LocalDate.of(2026, 12, 22), c.dueOn);
    }

    @Test
    @Verifies("inspection.hold.lifted-when-decided")
    void confirmedAndNotConfirmedSettleTheCaseButAReferralDoesNot() {
        InspectionCase confirmed = TestCases.underInspection(GrievanceKind.PASSPORT_WITHHELD);
        confirmed.decide(new Finding(CaseOutcome.VIOLATION_CONFIRMED, LegalGround.ILO_C029, null, null), "i",
                TestCases.NOW);
        assertTrue(confirmed.settled());
        InspectionCase referred = TestCases.underInspection(GrievanceKind.PASSPORT_WITHHELD);
        referred.decide(new Finding(CaseOutcome.REFERRED_TO_POLICE, LegalGround.ANTI_TRAFFICKING_LAW, null, null),
                "i", TestCases.NOW);
        assertFalse(referred.settled());
        assertFalse(TestCases.underInspection(GrievanceKind.PASSPORT_WITHHELD).settled());
    }

    @Test
    @Verifies("inspection.finding.ground-fits-outcome")
    void aFindingWithProblemsIsRefusedAndChangesNothing() {
        InspectionCase c = TestCases.underInspection(GrievanceKind.PASSPORT_WITHHELD);
        ProblemException refused = assertThrows(ProblemException.class, () -> c.decide(
                new Finding(CaseOutcome.VIOLATION_CONFIRMED, LegalGround.KOAP_ART_86, null, null), "i",
                TestCases.NOW));
        assertEquals(422, refused.type().status());
        assertEquals(CaseStatus.UNDER_INSPECTION, c.status);
        assertNull(c.decidedAt);
    }

    @Test
    @Verifies("inspection.register.agency-counts-recruitment-fee")
    void theFilingsAgencyIsKeptOverTheContracts() {
        WorkerEmployment viaAgency = new WorkerEmployment("LC-2026-000045", null, TestCases.BIN, null,
                TestCases.ALMATY, "FA1234567", "000000000000");
        InspectionCase c = InspectionCase.file(UUID.randomUUID(), "IC-2026-000021", CaseSource.WORKER, viaAgency,
                new GrievanceFiling(GrievanceKind.RECRUITMENT_FEE_CHARGED, "Paid 500 USD to the agent", null, null,
                        TestCases.AGENCY, false, null, null),
                TestCases.NOW, TestCases.MONDAY, TestCases.DEADLINES);
        assertEquals(TestCases.AGENCY, c.recruitmentAgencyBin);
    }
}
