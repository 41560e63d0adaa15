package kz.migration.inspection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.calendar.WorkingDayCalendar;

/** Cases and employments for the plain domain tests, on the built-in holiday calendar. */
final class TestCases {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.builtIn();
    static final CaseDeadlines DEADLINES = new CaseDeadlines(10, 1, CALENDAR);
    static final String ALMATY = "750000000";
    static final String ASTANA = "710000000";
    static final String BIN = "120640004563";
    static final String AGENCY = "180340021112";
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");

    private TestCases() {
    }

    static WorkerEmployment employment() {
        return new WorkerEmployment("LC-2026-000045", "WP-2026-000123", BIN, null, ALMATY, "FA1234567", null);
    }

    static GrievanceFiling filing(GrievanceKind kind) {
        return new GrievanceFiling(kind, "What happened", null, "uz", null, false, null, null);
    }

    static InspectionCase received(GrievanceKind kind) {
        return InspectionCase.file(UUID.randomUUID(), "IC-2026-000017", CaseSource.WORKER, employment(),
                filing(kind), NOW, MONDAY, DEADLINES);
    }

    static InspectionCase underInspection(GrievanceKind kind) {
        InspectionCase c = received(kind);
        c.openInspection("inspector-" + ALMATY, NOW.plusSeconds(3600));
        return c;
    }
}
