package kz.migration.vacancy.domain;

import static kz.migration.vacancy.domain.DomainFixtures.DEFAULT;
import static kz.migration.vacancy.domain.DomainFixtures.MINIMUM_SALARY;
import static kz.migration.vacancy.domain.DomainFixtures.SEPTEMBER_2025;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Dated;
import kz.migration.common.rules.Verifies;

/** The configured lengths: the search in full calendar days, the days to record a referral's outcome. */
class VacancyRulesTest {

    @Test
    @Verifies("vacancy.search.fifteen-full-days")
    void aSearchStartedOnDIsOverOnDPlusSixteen() {
        LocalDate d = LocalDate.of(2026, 3, 2);
        // D is not a full day on the exchange; D+1..D+15 are the fifteen.
        assertEquals(LocalDate.of(2026, 3, 18), DEFAULT.searchOverOn(d));
    }

    @Test
    @Verifies("vacancy.search.fifteen-full-days")
    void fullDaysRunAcrossMonthAndYearEnds() {
        assertEquals(LocalDate.of(2026, 3, 16), DEFAULT.searchOverOn(LocalDate.of(2026, 2, 28)));
        assertEquals(LocalDate.of(2027, 1, 16), DEFAULT.searchOverOn(LocalDate.of(2026, 12, 31)));
    }

    @Test
    @Verifies("vacancy.search.fifteen-full-days")
    void aSearchKeepsTheLengthInForceOnTheDayItStarted() {
        VacancyRules longer = new VacancyRules(
                Dated.from(SEPTEMBER_2025, 15).andFrom(LocalDate.of(2027, 1, 1), 21), 7, MINIMUM_SALARY);
        assertEquals(LocalDate.of(2027, 1, 16), longer.searchOverOn(LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2027, 1, 23), longer.searchOverOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    @Verifies("vacancy.search.fifteen-full-days")
    void noSearchLengthIsInForceBeforeTheRulesOfSeptember2025() {
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.searchOverOn(LocalDate.of(2025, 8, 31)));
    }

    @Test
    @Verifies("vacancy.referral.outcome-deadline")
    void anOutcomeIsDueOnTheLastOfTheFullDaysAfterTheReferral() {
        assertEquals(LocalDate.of(2026, 3, 11), DEFAULT.outcomeDueOn(LocalDate.of(2026, 3, 4)));
    }
}
