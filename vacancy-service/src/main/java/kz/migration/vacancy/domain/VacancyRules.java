package kz.migration.vacancy.domain;

import java.time.LocalDate;
import java.util.Objects;

import kz.migration.common.rules.Dated;
import kz.migration.common.rules.Rule;

/**
 * The configured rules of the vacancy service: how many calendar days the domestic search lasts (by the date the
 * search starts), how many days the employer has to record a referral's outcome, and the minimum salary.
 */
public record VacancyRules(Dated<Integer> searchDays, int outcomeDays, MinimumSalary minimumSalary) {

    public VacancyRules {
        Objects.requireNonNull(searchDays);
        Objects.requireNonNull(minimumSalary);
        if (outcomeDays < 1) {
            throw new IllegalArgumentException("outcomeDays must be at least 1, not " + outcomeDays);
        }
    }

    /**
     * The first day on which a search started on {@code startedOn} is over. The days are full calendar days: a
     * vacancy posted at any time on day D is on the exchange for the whole of D+1..D+15, so the search is over on
     * D+16 (D itself is not a full day). The length is the one in force when the search started.
     */
    @Rule("vacancy.search.fifteen-full-days")
    public LocalDate searchOverOn(LocalDate startedOn) {
        return startedOn.plusDays(searchDays.at(startedOn) + 1L);
    }

    /**
     * The last day on which the outcome of a referral made on {@code referredOn} is on time: the referral day plus
     * {@link #outcomeDays} full calendar days.
     */
    @Rule("vacancy.referral.outcome-deadline")
    public LocalDate outcomeDueOn(LocalDate referredOn) {
        return referredOn.plusDays(outcomeDays);
    }
}
