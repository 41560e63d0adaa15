package kz.migration.permit.domain;

import static kz.migration.permit.domain.Rules2025.DEADLINES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kz.migration.common.reference.ReferenceDataMissing;
import kz.migration.common.rules.Verifies;

/** The periods of the procedure on the reference calendar (kz-public-holidays.csv). */
class PermitDeadlinesTest {

    @Test
    @Verifies("permit.review.deadline")
    void theReviewTakesSixWorkingDaysSkippingWeekendsAndIndependenceDay() {
        // Friday 11 Dec 2026; 12-13 Dec weekend, 16 Dec Independence Day.
        assertEquals(LocalDate.of(2026, 12, 22), DEADLINES.review(LocalDate.of(2026, 12, 11)));
        assertEquals(LocalDate.of(2026, 11, 18), DEADLINES.review(LocalDate.of(2026, 11, 10)));
    }

    @Test
    @Verifies("permit.renewal.decision-deadline")
    void aRenewalIsDecidedWithinThreeWorkingDays() {
        // Thursday 22 Oct 2026: Friday, then Monday 26 and Tuesday 27 (25 Oct, Republic Day, is a Sunday and
        // carries over to Monday 26).
        assertEquals(LocalDate.of(2026, 10, 28), DEADLINES.renewalDecision(LocalDate.of(2026, 10, 22)));
    }

    @Test
    @Verifies("permit.fee.ten-working-days")
    void theFeeIsDueTenWorkingDaysAfterTheReservationAndLapsesAfterADaysGrace() {
        assertEquals(LocalDate.of(2026, 11, 24), DEADLINES.feeDue(LocalDate.of(2026, 11, 10), 2026));
        // A payment made on the due date may be reported the next day; the approval lapses the day after.
        assertEquals(LocalDate.of(2026, 11, 24), DEADLINES.lapsesIfDueBefore(LocalDate.of(2026, 11, 25)));
    }

    @Test
    @Verifies({"permit.fee.ten-working-days", "permit.quota-year.start-year"})
    void theFeeIsDueWithinTheQuotaYearSoThePermitStartsInIt() {
        // Reserved on 22 Dec 2026 for 2026: ten working days would reach January, the quota year ends first.
        assertEquals(LocalDate.of(2026, 12, 31), DEADLINES.feeDue(LocalDate.of(2026, 12, 22), 2026));
        // For a permit starting in 2027 the whole period runs.
        assertEquals(LocalDate.of(2027, 1, 8), DEADLINES.feeDue(LocalDate.of(2026, 12, 22), 2027));
    }

    @Test
    @Verifies("permit.review.deadline")
    void aDeadlineInAYearWithoutHolidayDataIsRefused() {
        assertThrows(ReferenceDataMissing.class, () -> DEADLINES.review(LocalDate.of(2028, 3, 1)));
    }
}
