package kz.migration.common.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.migration.common.reference.ReferenceDataCoverage;
import kz.migration.common.reference.ReferenceDataMissing;
import kz.migration.common.rules.Verifies;

/**
 * The calendar against the built-in reference holidays (reference/kz-public-holidays.csv) alone: the test JVM's
 * REGISTRY_REFERENCE_DIR adds rows for later years, which these tests must not see.
 */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.builtIn();

    @Test
    @Verifies("calendar.working-days")
    void weekendsAreDaysOffAndWeekdaysWorkingDays() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 11, 19)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 11, 22)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 11, 23)));
    }

    @Test
    @Verifies("calendar.working-days")
    void publicHolidaysAreDaysOff() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 1, 1)), "New Year");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 3, 21)), "Nauryz");
    }

    @Test
    @Verifies("calendar.working-days")
    void transfersMoveDaysOffAndWorkingDays() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 1, 3)), "Friday made a day off");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 1, 5)), "Sunday made a working day");
    }

    @Test
    @Verifies("calendar.working-days")
    void cancelledHolidaysAreOrdinaryDays() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 8, 31)), "former carry-over, a Monday, worked in 2026");
    }

    @Test
    @Verifies("calendar.working-days")
    void sixWorkingDaysSkipWeekendsAndHolidays() {
        // Received Thursday 2025-03-20: Nauryz 21 (Fri), weekend 22-23, Nauryz 24-25 (Mon-Tue) are days off.
        assertEquals(LocalDate.of(2025, 4, 2), calendar.plusWorkingDays(LocalDate.of(2025, 3, 20), 6));
        // Received Friday 2025-11-14: Mon 17 .. Fri 21 and Mon 24.
        assertEquals(LocalDate.of(2025, 11, 24), calendar.plusWorkingDays(LocalDate.of(2025, 11, 14), 6));
    }

    @Test
    @Verifies("calendar.working-days")
    void countsWorkingDaysBetweenDates() {
        assertEquals(6, calendar.workingDaysBetween(LocalDate.of(2025, 11, 14), LocalDate.of(2025, 11, 24)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2025, 11, 22), LocalDate.of(2025, 11, 23)));
    }

    @Test
    @Verifies("calendar.no-guessing")
    void refusesADeadlineInAYearWithoutHolidayData() {
        assertEquals(Set.of(2025, 2026, 2027), calendar.coveredYears());
        assertEquals(LocalDate.of(2027, 12, 31), calendar.coveredThrough());
        // 2027-12-24 (Fri) + 6 working days runs into 2028, whose holidays are unknown: refused, not counted.
        ReferenceDataMissing refused = assertThrows(ReferenceDataMissing.class,
                () -> calendar.plusWorkingDays(LocalDate.of(2027, 12, 24), 6));
        assertEquals(503, refused.type().status());
        assertTrue(refused.getMessage().contains("2028"), refused.getMessage());
        assertThrows(ReferenceDataMissing.class, () -> calendar.isWorkingDay(LocalDate.of(2024, 12, 31)));
        assertThrows(ReferenceDataMissing.class,
                () -> calendar.workingDaysBetween(LocalDate.of(2027, 12, 30), LocalDate.of(2028, 1, 3)));
    }

    @Test
    @Verifies("calendar.no-guessing")
    void aNewYearsHolidaysComeFromReferenceDataAlone() {
        String csv = """
                date,name,kind,note
                2028-01-01,New Year,state,
                2028-01-03,Day off (transferred),transfer,
                """;
        WorkingDayCalendar next = WorkingDayCalendar.parse(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertFalse(next.isWorkingDay(LocalDate.of(2028, 1, 3)), "a Monday made a day off");
        assertEquals(LocalDate.of(2028, 1, 5), next.plusWorkingDays(LocalDate.of(2028, 1, 3), 2));
    }

    @Test
    @Verifies("calendar.coverage-warning")
    void warnsWhenFewerThanTheConfiguredDaysOfHolidayDataRemain() {
        LocalDate end = LocalDate.of(2027, 12, 31);
        assertFalse(ReferenceDataCoverage.runningOut(LocalDate.of(2027, 10, 2), end, 90), "90 days left");
        assertTrue(ReferenceDataCoverage.runningOut(LocalDate.of(2027, 10, 3), end, 90), "89 days left");
        assertTrue(ReferenceDataCoverage.runningOut(LocalDate.of(2028, 1, 5), end, 90), "past the end");
    }
}
