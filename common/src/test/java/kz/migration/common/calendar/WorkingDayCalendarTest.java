package kz.migration.common.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The calendar against the reference holidays (reference/kz-public-holidays.csv). */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Test
    void weekendsAreDaysOffAndWeekdaysWorkingDays() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 11, 19)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 11, 22)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 11, 23)));
    }

    @Test
    void publicHolidaysAreDaysOff() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 1, 1)), "New Year");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 3, 21)), "Nauryz");
    }

    @Test
    void transfersMoveDaysOffAndWorkingDays() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 1, 3)), "Friday made a day off");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 1, 5)), "Sunday made a working day");
    }

    @Test
    void cancelledHolidaysAreOrdinaryDays() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 8, 31)), "former carry-over, a Monday, worked in 2026");
    }

    @Test
    void sixWorkingDaysSkipWeekendsAndHolidays() {
        // Received Thursday 2025-03-20: Nauryz 21 (Fri), weekend 22-23, Nauryz 24-25 (Mon-Tue) are days off.
        assertEquals(LocalDate.of(2025, 4, 2), calendar.plusWorkingDays(LocalDate.of(2025, 3, 20), 6));
        // Received Friday 2025-11-14: Mon 17 .. Fri 21 and Mon 24.
        assertEquals(LocalDate.of(2025, 11, 24), calendar.plusWorkingDays(LocalDate.of(2025, 11, 14), 6));
    }

    @Test
    void countsWorkingDaysBetweenDates() {
        assertEquals(6, calendar.workingDaysBetween(LocalDate.of(2025, 11, 14), LocalDate.of(2025, 11, 24)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2025, 11, 22), LocalDate.of(2025, 11, 23)));
    }
}
