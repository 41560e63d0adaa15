package kz.migration.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class ComplianceRecordTest {

    private static final ComplianceRecord RECORD = new ComplianceRecord(12);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static EmployerViolation violation(String kind, boolean serious, LocalDate confirmedOn) {
        EmployerViolation v = new EmployerViolation();
        v.violationId = UUID.randomUUID();
        v.caseNumber = "GR-2026-000" + (100 + confirmedOn.getDayOfYear() % 900);
        v.employerBin = "120640004563";
        v.kind = kind;
        v.serious = serious;
        v.region = "750000000";
        v.legalGround = "LABOUR_CODE_ART_23";
        v.confirmedOn = confirmedOn;
        v.recordedAt = Instant.parse("2026-12-01T00:00:00Z");
        return v;
    }

    @Test
    @Verifies("permit.compliance.serious-violation-refuses")
    void aSeriousViolationInThePeriodRefusesOnItsNamedGround() {
        EmployerViolation passport = violation("PASSPORT_WITHHELD", true, TODAY.minusMonths(3));
        List<Finding> findings = RECORD.atSubmission(List.of(passport), TODAY);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(PermitRefusalGround.EMPLOYER_SERIOUS_VIOLATION, f.ground());
        assertEquals("permit.compliance.serious-violation-refuses", f.rule());
        assertEquals("PASSPORT_WITHHELD", f.facts().get("violationKind"));
        assertEquals(TODAY.minusMonths(3).plusMonths(12).plusDays(1).toString(), f.facts().get("consideredAgainFrom"));
    }

    @Test
    @Verifies("permit.compliance.serious-violation-refuses")
    void refusesThroughTheLastDayOfThePeriodAndNotAfter() {
        LocalDate confirmed = TODAY.minusMonths(12);
        assertEquals(1, RECORD.atSubmission(List.of(violation("FORCED_LABOUR", true, confirmed)), TODAY).size());
        assertTrue(RECORD.atSubmission(List.of(violation("FORCED_LABOUR", true, confirmed.minusDays(1))), TODAY)
                .isEmpty());
        assertTrue(RECORD.atSubmission(List.of(violation("FORCED_LABOUR", true, TODAY.plusDays(1))), TODAY).isEmpty(),
                "a violation confirmed after the submission does not refuse it");
    }

    @Test
    @Verifies("permit.compliance.serious-violation-refuses")
    void everySeriousViolationIsAFindingTheLatestFirst() {
        List<Finding> findings = RECORD.atSubmission(List.of(violation("PASSPORT_WITHHELD", true, TODAY.minusMonths(5)),
                violation("WAGES_UNPAID_OR_LATE", true, TODAY.minusMonths(1)),
                violation("EXCESSIVE_HOURS", false, TODAY.minusDays(3))), TODAY);
        assertEquals(List.of("WAGES_UNPAID_OR_LATE", "PASSPORT_WITHHELD"),
                findings.stream().map(f -> f.facts().get("violationKind")).toList());
    }

    @Test
    @Verifies("permit.compliance.lesser-violation-flags")
    void lesserViolationsOnlyFlagTheApplication() {
        List<EmployerViolation> record = List.of(violation("EXCESSIVE_HOURS", false, TODAY.minusMonths(2)),
                violation("WAGES_UNPAID_OR_LATE", false, TODAY.minusMonths(13)));
        assertTrue(RECORD.atSubmission(record, TODAY).isEmpty());
        List<ComplianceRecord.Flag> flags = RECORD.flags(record, TODAY);
        assertEquals(1, flags.size());
        assertEquals("EXCESSIVE_HOURS", flags.get(0).kind());
        assertFalse(flags.get(0).serious());
    }

    @Test
    @Verifies("permit.compliance.lesser-violation-flags")
    void aSeriousViolationConfirmedDuringReviewIsShownToTheOfficer() {
        List<ComplianceRecord.Flag> flags = RECORD.flags(
                List.of(violation("PASSPORT_WITHHELD", true, TODAY.minusDays(1))), TODAY);
        assertEquals(1, flags.size());
        assertTrue(flags.get(0).serious());
    }

    @Test
    void thePeriodIsAtLeastAMonth() {
        assertThrows(IllegalArgumentException.class, () -> new ComplianceRecord(0));
    }
}
