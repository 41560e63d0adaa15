package kz.migration.vacancy.domain;

import static kz.migration.vacancy.domain.DomainFixtures.at;
import static kz.migration.vacancy.domain.DomainFixtures.posted;
import static kz.migration.vacancy.domain.DomainFixtures.referred;
import static kz.migration.vacancy.domain.DomainFixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;
import kz.migration.vacancy.domain.LabourMarketTest.Hold;
import kz.migration.vacancy.domain.LabourMarketTest.Verdict;

/** When a vacancy's domestic labour-market test passes, and everything that holds it. */
class LabourMarketTestRulesTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    private static List<Hold> holds(Verdict verdict) {
        return verdict.findings().stream().map(LabourMarketTest.Finding::hold).toList();
    }

    @Test
    @Verifies("vacancy.search.fifteen-full-days")
    void passesOnDPlusSixteenNotOnDPlusFifteen() {
        Vacancy vacancy = posted(D);
        assertEquals(List.of(Hold.SEARCH_NOT_OVER), holds(vacancy.labourMarketTest(List.of(), D.plusDays(15))));
        assertTrue(vacancy.labourMarketTest(List.of(), D.plusDays(16)).passes());
    }

    @Test
    @Verifies("vacancy.test.open-positions")
    void passesForThePositionsStillOpen() {
        Vacancy vacancy = posted(D, terms(3, "450000.00"));
        vacancy.hireCitizen(at(D.plusDays(4), 12));
        vacancy.passLabourMarketTest(List.of(), D.plusDays(16), at(D.plusDays(16), 0));
        assertTrue(vacancy.testPassed());
        assertEquals(2, vacancy.passedPositions);
    }

    @Test
    @Verifies("vacancy.test.open-positions")
    void noOpenPositionHoldsTheTest() {
        Vacancy vacancy = posted(D);
        vacancy.fillByForeignWorker();
        vacancy.fillByForeignWorker();
        assertEquals(List.of(Hold.NO_OPEN_POSITIONS), holds(vacancy.labourMarketTest(List.of(), D.plusDays(16))));
    }

    @Test
    @Verifies("vacancy.test.open-vacancy-once")
    void aClosedVacancyNeverPassesAndATestPassesOnce() {
        Vacancy closed = posted(D);
        closed.close(CloseReason.WITHDRAWN_BY_EMPLOYER, at(D.plusDays(2), 9));
        assertEquals(List.of(Hold.VACANCY_CLOSED), holds(closed.labourMarketTest(List.of(), D.plusDays(30))));

        Vacancy passed = posted(D);
        passed.passLabourMarketTest(List.of(), D.plusDays(16), at(D.plusDays(16), 0));
        assertEquals(List.of(Hold.ALREADY_PASSED), holds(passed.labourMarketTest(List.of(), D.plusDays(17))));
        assertThrows(IllegalStateException.class,
                () -> passed.passLabourMarketTest(List.of(), D.plusDays(17), at(D.plusDays(17), 0)));
    }

    @Test
    @Verifies("vacancy.test.undecided-referral-holds")
    void anUndecidedReferralHoldsTheTestUntilItsOutcomeIsRecorded() {
        Vacancy vacancy = posted(D);
        Referral referral = referred(vacancy, D.plusDays(10));
        Verdict held = vacancy.labourMarketTest(List.of(referral), D.plusDays(16));
        assertEquals(List.of(Hold.REFERRAL_UNDECIDED), holds(held));
        assertEquals(List.of(), held.overdueReferrals());
        assertThrows(IllegalStateException.class,
                () -> vacancy.passLabourMarketTest(List.of(referral), D.plusDays(16), at(D.plusDays(16), 0)));

        referral.record(ReferralOutcome.NO_SHOW, null, null, "employer", at(D.plusDays(16), 11));
        assertTrue(vacancy.labourMarketTest(List.of(referral), D.plusDays(16)).passes());
    }

    @Test
    @Verifies({"vacancy.test.undecided-referral-holds", "vacancy.referral.outcome-deadline"})
    void anUndecidedReferralHoldsTheTestThroughItsDueDayAndNoLongerAfterIt() {
        Vacancy vacancy = posted(D);
        Referral referral = referred(vacancy, D.plusDays(12));
        LocalDate dueOn = D.plusDays(19);
        assertEquals(dueOn, referral.outcomeDueOn);
        assertEquals(List.of(Hold.REFERRAL_UNDECIDED), holds(vacancy.labourMarketTest(List.of(referral), dueOn)));

        Verdict after = vacancy.labourMarketTest(List.of(referral), dueOn.plusDays(1));
        assertTrue(after.passes());
        assertEquals(List.of(referral), after.overdueReferrals());
    }

    @Test
    @Verifies("vacancy.employer-flag.overdue-outcomes")
    void anOverdueReferralIsListedToBeMarkedOnlyOnce() {
        Vacancy vacancy = posted(D);
        Referral referral = referred(vacancy, D.plusDays(1));
        LocalDate overdueOn = D.plusDays(9);
        assertTrue(referral.markOutcomeOverdue(overdueOn));
        assertEquals(List.of(), vacancy.labourMarketTest(List.of(referral), overdueOn).overdueReferrals());
    }

    @Test
    @Verifies({"vacancy.search.fifteen-full-days", "vacancy.test.open-vacancy-once",
            "vacancy.test.undecided-referral-holds"})
    void everyFindingIsReportedNotJustTheFirst() {
        Vacancy vacancy = posted(D);
        Referral referral = referred(vacancy, D.plusDays(1));
        vacancy.close(CloseReason.CLOSED_BY_EXCHANGE, at(D.plusDays(2), 9));
        Verdict verdict = vacancy.labourMarketTest(List.of(referral), D.plusDays(3));
        assertFalse(verdict.passes());
        assertEquals(List.of(Hold.VACANCY_CLOSED, Hold.SEARCH_NOT_OVER, Hold.REFERRAL_UNDECIDED), holds(verdict));
    }

    @Test
    void referralsOfAnotherVacancyAreRefused() {
        Vacancy vacancy = posted(D);
        Referral other = referred(posted(D), D.plusDays(1));
        assertThrows(IllegalArgumentException.class, () -> vacancy.labourMarketTest(List.of(other), D.plusDays(16)));
    }
}
