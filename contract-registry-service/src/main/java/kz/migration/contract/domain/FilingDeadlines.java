package kz.migration.contract.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;

import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.reference.ReferenceDataMissing;
import kz.migration.common.rules.Rule;

/**
 * When a registration or an amendment is filed late. Late filings are accepted and flagged, not refused: the
 * registry's purpose is that every contract is on record, and the flag is what labour inspectors look for.
 */
public final class FilingDeadlines {

    private final WorkingDayCalendar calendar;
    private final int registrationWorkingDays;
    private final int amendmentDays;
    /** The first day of the calendar's first year, found once: the calendar's years never change. */
    private final LocalDate firstCovered;

    public FilingDeadlines(WorkingDayCalendar calendar, int registrationWorkingDays, int amendmentDays) {
        this.calendar = Objects.requireNonNull(calendar);
        this.registrationWorkingDays = registrationWorkingDays;
        this.amendmentDays = amendmentDays;
        this.firstCovered = calendar.coveredYears().isEmpty()
                ? LocalDate.MIN
                : LocalDate.of(Collections.min(calendar.coveredYears()), 1, 1);
    }

    /**
     * Late when more than the deadline's working days have passed after signing, counting today: registering on the
     * 5th working day after signing is on time, on the 6th it is late. Counted forward from the signing date (a few
     * days' walk), never across the years between signing and today, which a client chooses.
     * <p>
     * A signing date before the first year of holiday data is not guessed at: the working days the calendar knows
     * (from its first day to today) are fewer than or as many as those since signing, so when they alone pass the
     * deadline the registration is late for certain. Otherwise, in the first days of the calendar's first year, the
     * answer depends on the holidays it lacks and the registration is refused as {@link ReferenceDataMissing}.
     */
    @Rule("contract.registration.deadline")
    public boolean isLateRegistration(LocalDate signedOn, LocalDate today) {
        if (!signedOn.isBefore(firstCovered)) {
            return !calendar.plusWorkingDays(signedOn, registrationWorkingDays + 1).isAfter(today);
        }
        if (!calendar.plusWorkingDays(firstCovered.minusDays(1), registrationWorkingDays + 1).isAfter(today)) {
            return true;
        }
        throw new ReferenceDataMissing("kz-public-holidays.csv", "public holidays for " + signedOn.getYear()
                + " (needed to count the working days from the signing on " + signedOn + ")");
    }

    /** Late when registered more than the deadline's calendar days after the amendment was signed. */
    @Rule("contract.amendment.deadline")
    public boolean isLateAmendment(LocalDate signedOn, LocalDate today) {
        return today.isAfter(signedOn.plusDays(amendmentDays));
    }
}
