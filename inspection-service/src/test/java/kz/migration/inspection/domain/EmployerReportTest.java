package kz.migration.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Verifies;

class EmployerReportTest {

    private static final ReportPeriod Q3 = new ReportPeriod(2026, 3);
    private static final ReportFigures DRAFT = new ReportFigures(3, 4, 2, 1, 2, 1, 1);
    private static final Instant NOW = Instant.parse("2026-10-05T06:00:00Z");

    private static EmployerReport submit(ReportFigures figures, String note, LocalDate today) {
        return EmployerReport.submit(UUID.randomUUID(), TestCases.BIN, Q3, DRAFT, figures, note, 10, "employer",
                today, NOW);
    }

    @Test
    @Verifies("inspection.report.quarterly")
    void aReportCoversACalendarQuarter() {
        assertEquals(LocalDate.of(2026, 7, 1), Q3.start());
        assertEquals(LocalDate.of(2026, 9, 30), Q3.end());
        assertEquals(Q3, ReportPeriod.parse("2026-Q3"));
        assertEquals(Q3, ReportPeriod.containing(LocalDate.of(2026, 8, 15)));
        assertEquals("2026-Q4", ReportPeriod.containing(LocalDate.of(2026, 12, 31)).toString());
        assertFalse(Q3.endedBy(LocalDate.of(2026, 9, 30)));
        assertTrue(Q3.endedBy(LocalDate.of(2026, 10, 1)));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2026-Q5"));
    }

    @Test
    @Verifies("inspection.report.due-after-quarter")
    void aReportIsDueTheConfiguredDaysAfterTheQuarter() {
        assertEquals(LocalDate.of(2026, 10, 10), Q3.dueOn(10));
        assertFalse(submit(null, null, LocalDate.of(2026, 10, 10)).late);
        assertTrue(submit(null, null, LocalDate.of(2026, 10, 11)).late);
    }

    @Test
    @Verifies("inspection.report.confirm-or-correct")
    void withoutFiguresOrWithTheDraftsTheReportIsConfirmed() {
        EmployerReport confirmed = submit(null, null, LocalDate.of(2026, 10, 5));
        assertEquals(ReportStatus.CONFIRMED, confirmed.status);
        assertEquals(DRAFT, confirmed.reported());
        assertEquals(ReportStatus.CONFIRMED, submit(DRAFT, null, LocalDate.of(2026, 10, 5)).status);
        assertNull(confirmed.correctionNote);
    }

    @Test
    @Verifies("inspection.report.confirm-or-correct")
    void otherFiguresCorrectTheDraftAndSayWhy() {
        ReportFigures corrected = new ReportFigures(3, 4, 2, 1, 2, 2, 1);
        EmployerReport report = submit(corrected, "One more termination on 30 September",
                LocalDate.of(2026, 10, 5));
        assertEquals(ReportStatus.CORRECTED, report.status);
        assertEquals(corrected, report.reported());
        assertEquals(DRAFT, report.drafted(), "the draft stays beside the correction");
        ProblemException noNote = assertThrows(ProblemException.class,
                () -> submit(corrected, " ", LocalDate.of(2026, 10, 5)));
        assertEquals(InspectionProblems.CORRECTION_NEEDS_NOTE, noNote.type());
    }

    @Test
    @Verifies("inspection.report.confirm-or-correct")
    void aQuarterIsReportedOnlyOnceItHasEnded() {
        ProblemException early = assertThrows(ProblemException.class,
                () -> submit(null, null, LocalDate.of(2026, 9, 30)));
        assertEquals(InspectionProblems.REPORT_PERIOD_NOT_ENDED, early.type());
    }
}
