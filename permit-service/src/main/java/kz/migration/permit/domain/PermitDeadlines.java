package kz.migration.permit.domain;

import java.time.LocalDate;
import java.time.MonthDay;

import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.rules.Rule;

/**
 * The periods of the permit procedure, counted in working days on the reference calendar (DESIGN.md §3): the
 * review, the fee, the renewal decision, and the grace the payment gateway has to report a payment.
 */
public final class PermitDeadlines {

    private final WorkingDayCalendar calendar;
    private final int reviewWorkingDays;
    private final int feeWorkingDays;
    private final int feeCallbackGraceDays;
    private final int renewalDecisionWorkingDays;

    public PermitDeadlines(WorkingDayCalendar calendar, int reviewWorkingDays, int feeWorkingDays,
            int feeCallbackGraceDays, int renewalDecisionWorkingDays) {
        this.calendar = calendar;
        this.reviewWorkingDays = reviewWorkingDays;
        this.feeWorkingDays = feeWorkingDays;
        this.feeCallbackGraceDays = feeCallbackGraceDays;
        this.renewalDecisionWorkingDays = renewalDecisionWorkingDays;
    }

    /** The local executive body decides within 6 working days of registration. */
    @Rule("permit.review.deadline")
    public LocalDate review(LocalDate receivedOn) {
        return calendar.plusWorkingDays(receivedOn, reviewWorkingDays);
    }

    /**
     * The fee is due 10 working days after the quota unit is reserved, but no later than the last day of the quota
     * year: the permit must start in the year whose unit it holds, and it cannot start before it is paid.
     */
    @Rule("permit.fee.ten-working-days")
    @Rule("permit.quota-year.start-year")
    public LocalDate feeDue(LocalDate reservedOn, int quotaYear) {
        LocalDate due = calendar.plusWorkingDays(reservedOn, feeWorkingDays);
        LocalDate lastDayOfQuotaYear = MonthDay.of(12, 31).atYear(quotaYear);
        return due.isAfter(lastDayOfQuotaYear) ? lastDayOfQuotaYear : due;
    }

    /**
     * Approvals due before this date lapse on {@code today}: a payment made on the due date may reach the registry
     * only after midnight, and what counts is when it was paid.
     */
    @Rule("permit.fee.ten-working-days")
    public LocalDate lapsesIfDueBefore(LocalDate today) {
        return today.minusDays(feeCallbackGraceDays);
    }

    /** A renewal is decided within 3 working days of the request. */
    @Rule("permit.renewal.decision-deadline")
    public LocalDate renewalDecision(LocalDate submittedOn) {
        return calendar.plusWorkingDays(submittedOn, renewalDecisionWorkingDays);
    }
}
