package kz.migration.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kz.migration.common.reference.ReferenceDataMissing;
import kz.migration.common.rules.Verifies;

class FilingDeadlinesTest {

    private final FilingDeadlines deadlines = new FilingDeadlines(TestContracts.CALENDAR, 5, 15);

    @Test
    @Verifies("contract.registration.deadline")
    void aRegistrationIsLateFromTheSixthWorkingDayAfterSigning() {
        // Signed Thu 2025-03-20: Nauryz (21-25 March, with carry-over days off) pushes the 5th working day to 1 April.
        LocalDate signed = LocalDate.of(2025, 3, 20);
        assertEquals(5, TestContracts.CALENDAR.workingDaysBetween(signed, LocalDate.of(2025, 4, 1)));
        assertFalse(deadlines.isLateRegistration(signed, signed));
        assertFalse(deadlines.isLateRegistration(signed, LocalDate.of(2025, 4, 1)));
        assertTrue(deadlines.isLateRegistration(signed, LocalDate.of(2025, 4, 2)));
    }

    @Test
    @Verifies("contract.registration.deadline")
    void aYearWithoutHolidayDataIsRefusedNotCountedAsPlainWeekdays() {
        assertThrows(ReferenceDataMissing.class,
                () -> deadlines.isLateRegistration(LocalDate.of(2028, 1, 3), LocalDate.of(2028, 1, 5)));
    }

    @Test
    @Verifies("contract.registration.deadline")
    void aSigningBeforeTheCalendarsFirstYearIsLateWhenTheKnownWorkingDaysAlonePassTheDeadline() {
        // The calendar starts on 2025-01-01; the days of 2024 could only add working days since the signing.
        LocalDate signed = LocalDate.of(2024, 12, 20);
        assertTrue(deadlines.isLateRegistration(signed, LocalDate.of(2025, 1, 20)));
        assertTrue(deadlines.isLateRegistration(LocalDate.of(1995, 6, 1), LocalDate.of(2026, 12, 4)));
        // On 6 January 2025 only two working days of 2025 have passed (5 Jan was a working Sunday): whether five
        // working days passed since 20 December depends on 2024's holidays, which the registry does not hold.
        assertThrows(ReferenceDataMissing.class, () -> deadlines.isLateRegistration(signed, LocalDate.of(2025, 1, 6)));
    }

    @Test
    @Verifies("contract.amendment.deadline")
    void anAmendmentIsLateWhenRegisteredMoreThanFifteenDaysAfterSigning() {
        LocalDate signed = LocalDate.of(2026, 3, 2);
        assertFalse(deadlines.isLateAmendment(signed, signed.plusDays(15)));
        assertTrue(deadlines.isLateAmendment(signed, signed.plusDays(16)));
    }
}
