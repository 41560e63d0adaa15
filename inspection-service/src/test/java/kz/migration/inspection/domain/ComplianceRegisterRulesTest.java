package kz.migration.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class ComplianceRegisterRulesTest {

    private static final SeriousViolationPolicy POLICY = new SeriousViolationPolicy(
            Set.of(GrievanceKind.PASSPORT_WITHHELD, GrievanceKind.THREAT_OR_FORCED_LABOUR), 2);

    @Test
    @Verifies("inspection.register.serious-kinds")
    void passportAndForcedLabourAreSeriousAndWagesFromTwoMonthsUnpaid() {
        assertTrue(POLICY.serious(GrievanceKind.PASSPORT_WITHHELD, 0));
        assertTrue(POLICY.serious(GrievanceKind.THREAT_OR_FORCED_LABOUR, 0));
        assertFalse(POLICY.serious(GrievanceKind.WAGES_UNPAID_OR_LATE, 1));
        assertTrue(POLICY.serious(GrievanceKind.WAGES_UNPAID_OR_LATE, 2));
        assertFalse(POLICY.serious(GrievanceKind.EXCESSIVE_HOURS, 5), "unpaid months make only wages serious");
        assertFalse(POLICY.serious(GrievanceKind.RECRUITMENT_FEE_CHARGED, 0));
    }

    @Test
    @Verifies("inspection.register.serious-kinds")
    void theSeriousKindsAndMonthsAreConfiguration() {
        SeriousViolationPolicy stricter = new SeriousViolationPolicy(Set.of(GrievanceKind.RECRUITMENT_FEE_CHARGED), 3);
        assertTrue(stricter.serious(GrievanceKind.RECRUITMENT_FEE_CHARGED, 0));
        assertFalse(stricter.serious(GrievanceKind.WAGES_UNPAID_OR_LATE, 2));
        assertThrows(IllegalArgumentException.class, () -> new SeriousViolationPolicy(Set.of(), 0));
    }

    @Test
    @Verifies("inspection.register.confirmed-violation-recorded")
    void aConfirmedCaseIsRecordedAgainstTheEmployerWithItsGroundAndNoWorker() {
        InspectionCase c = TestCases.underInspection(GrievanceKind.PASSPORT_WITHHELD);
        c.decide(new Finding(CaseOutcome.VIOLATION_CONFIRMED, LegalGround.ILO_C029, null, null), "i", TestCases.NOW);
        EmployerViolation v = EmployerViolation.recordedFor(UUID.randomUUID(), c, 0, POLICY, TestCases.MONDAY,
                TestCases.NOW);
        assertEquals(TestCases.BIN, v.employerBin);
        assertEquals(LegalGround.ILO_C029, v.legalGround);
        assertEquals(c.caseNumber, v.caseNumber);
        assertTrue(v.serious);
        assertEquals(TestCases.ALMATY, v.region);
    }

    @Test
    @Verifies("inspection.register.confirmed-violation-recorded")
    void onlyAConfirmedCaseIsRecorded() {
        InspectionCase open = TestCases.underInspection(GrievanceKind.PASSPORT_WITHHELD);
        assertThrows(IllegalStateException.class, () -> EmployerViolation.recordedFor(UUID.randomUUID(), open, 0,
                POLICY, TestCases.MONDAY, TestCases.NOW));
    }

    @Test
    @Verifies("inspection.register.agency-counts-recruitment-fee")
    void theAgencyIsOnTheRecordForARecruitmentFeeOnly() {
        WorkerEmployment viaAgency = new WorkerEmployment("LC-2026-000045", null, TestCases.BIN, null,
                TestCases.ALMATY, "FA1234567", TestCases.AGENCY);
        InspectionCase fee = InspectionCase.file(UUID.randomUUID(), "IC-2026-000030", CaseSource.WORKER, viaAgency,
                TestCases.filing(GrievanceKind.RECRUITMENT_FEE_CHARGED), TestCases.NOW, TestCases.MONDAY,
                TestCases.DEADLINES);
        fee.openInspection("i", TestCases.NOW);
        fee.decide(new Finding(CaseOutcome.VIOLATION_CONFIRMED, LegalGround.ILO_C181_ART_7, null, null), "i",
                TestCases.NOW);
        assertEquals(TestCases.AGENCY, EmployerViolation.recordedFor(UUID.randomUUID(), fee, 0, POLICY,
                TestCases.MONDAY, TestCases.NOW).recruitmentAgencyBin);

        InspectionCase hours = InspectionCase.file(UUID.randomUUID(), "IC-2026-000031", CaseSource.WORKER, viaAgency,
                TestCases.filing(GrievanceKind.EXCESSIVE_HOURS), TestCases.NOW, TestCases.MONDAY, TestCases.DEADLINES);
        hours.openInspection("i", TestCases.NOW);
        hours.decide(new Finding(CaseOutcome.VIOLATION_CONFIRMED, LegalGround.LABOUR_CODE_ART_68, null, null), "i",
                TestCases.NOW);
        assertNull(EmployerViolation.recordedFor(UUID.randomUUID(), hours, 0, POLICY, TestCases.MONDAY,
                TestCases.NOW).recruitmentAgencyBin);
    }
}
