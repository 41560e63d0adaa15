package kz.migration.vacancy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import kz.migration.common.rules.Rule;

/**
 * The domestic labour-market test of one vacancy on a day (DESIGN §3): the employer may apply for foreign labour
 * once the vacancy has been on the exchange for the full search days with positions still open and no referred
 * citizen's outcome pending. {@link #assess} returns every finding that holds the test, not just the first, and the
 * undecided referrals whose outcome is overdue: those hold nothing any more and flag the employer.
 */
public final class LabourMarketTest {

    /** What can hold a vacancy's test. */
    public enum Hold {
        /** Closed vacancies are off the board and never pass. */
        VACANCY_CLOSED,
        /** The test passes once; permits rely on that pass. */
        ALREADY_PASSED,
        /** The full calendar days of the search are not over yet. */
        SEARCH_NOT_OVER,
        /** Citizens took every position. */
        NO_OPEN_POSITIONS,
        /** A referred citizen's outcome is not recorded and not yet overdue. */
        REFERRAL_UNDECIDED
    }

    /** One reason the test does not pass today, with what a reader needs to act on it. */
    public record Finding(Hold hold, String detail) {
    }

    /** The findings (none: the test passes) and the referrals to mark overdue. */
    public record Verdict(List<Finding> findings, List<Referral> overdueReferrals) {

        public Verdict {
            findings = List.copyOf(findings);
            overdueReferrals = List.copyOf(overdueReferrals);
        }

        public boolean passes() {
            return findings.isEmpty();
        }
    }

    private LabourMarketTest() {
    }

    /** Assesses {@code vacancy} on {@code today}, given its referrals (any; decided ones hold nothing). */
    public static Verdict assess(Vacancy vacancy, Collection<Referral> referrals, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        passesOnce(vacancy, findings);
        searchIsOver(vacancy, today, findings);
        positionsAreOpen(vacancy, findings);
        List<Referral> overdue = new ArrayList<>();
        for (Referral referral : referrals) {
            if (!referral.vacancyId.equals(vacancy.id)) {
                throw new IllegalArgumentException("Referral " + referral.id + " is not of vacancy " + vacancy.id);
            }
            if (referral.holdsTest(today)) {
                findings.add(new Finding(Hold.REFERRAL_UNDECIDED, "Referral " + referral.id
                        + " has no outcome; it holds the test until the outcome is recorded or, at the latest, "
                        + "until " + referral.outcomeDueOn + " is over"));
            } else if (referral.outcomeOverdue(today) && referral.outcomeOverdueOn == null) {
                overdue.add(referral);
            }
        }
        return new Verdict(findings, overdue);
    }

    @Rule("vacancy.test.open-vacancy-once")
    private static void passesOnce(Vacancy vacancy, List<Finding> findings) {
        if (vacancy.status != VacancyStatus.OPEN) {
            findings.add(new Finding(Hold.VACANCY_CLOSED, "Vacancy " + vacancy.id + " is " + vacancy.status));
        }
        if (vacancy.testPassed()) {
            findings.add(new Finding(Hold.ALREADY_PASSED,
                    "The test of vacancy " + vacancy.id + " passed at " + vacancy.testPassedAt));
        }
    }

    @Rule("vacancy.search.fifteen-full-days")
    private static void searchIsOver(Vacancy vacancy, LocalDate today, List<Finding> findings) {
        if (today.isBefore(vacancy.foreignLabourAllowedFrom)) {
            findings.add(new Finding(Hold.SEARCH_NOT_OVER, "The search that started on " + vacancy.searchStartedOn
                    + " is over on " + vacancy.foreignLabourAllowedFrom));
        }
    }

    @Rule("vacancy.test.open-positions")
    private static void positionsAreOpen(Vacancy vacancy, List<Finding> findings) {
        if (vacancy.openPositions <= 0) {
            findings.add(new Finding(Hold.NO_OPEN_POSITIONS, "Every position of vacancy " + vacancy.id + " is taken"));
        }
    }
}
