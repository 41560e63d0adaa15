package kz.migration.vacancy.domain;

import static kz.migration.vacancy.domain.DomainFixtures.DEFAULT;
import static kz.migration.vacancy.domain.DomainFixtures.at;
import static kz.migration.vacancy.domain.DomainFixtures.posted;
import static kz.migration.vacancy.domain.DomainFixtures.referred;
import static kz.migration.vacancy.domain.DomainFixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.rules.Verifies;

/** The vacancy aggregate: its search, its positions, closing and reopening. */
class VacancyTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    @Test
    @Verifies("vacancy.search.fifteen-full-days")
    void aVacancyPostedLateOnDIsOnTheExchangeForDPlusOneToDPlusFifteen() {
        Vacancy vacancy = Vacancy.post(UUID.randomUUID(), "180240012345", terms(), at(D, 23), D, DEFAULT);
        assertEquals(D, vacancy.searchStartedOn);
        assertEquals(D.plusDays(16), vacancy.foreignLabourAllowedFrom);
        assertEquals(2, vacancy.openPositions);
    }

    @Test
    @Verifies({"vacancy.search.material-change-restarts", "vacancy.terms.material-change"})
    void aMaterialChangeRestartsTheFullDaysFromTheDayOfTheChange() {
        Vacancy vacancy = posted(D);
        LocalDate changedOn = D.plusDays(10);
        List<ChangeReason> reasons = vacancy.change(terms(2, "400000.00"), changedOn, DEFAULT);
        assertEquals(List.of(ChangeReason.SALARY_LOWERED), reasons);
        assertEquals(changedOn, vacancy.searchStartedOn);
        assertEquals(changedOn.plusDays(16), vacancy.foreignLabourAllowedFrom);
        assertEquals(1, vacancy.restartCount);
    }

    @Test
    @Verifies("vacancy.search.material-change-restarts")
    void anImmaterialChangeKeepsTheSearchRunning() {
        Vacancy vacancy = posted(D);
        assertEquals(List.of(), vacancy.change(terms(2, "500000.00"), D.plusDays(10), DEFAULT));
        assertEquals(D, vacancy.searchStartedOn);
        assertEquals(D.plusDays(16), vacancy.foreignLabourAllowedFrom);
        assertEquals(0, vacancy.restartCount);
    }

    @Test
    @Verifies("vacancy.test.passed-terms-frozen")
    void afterTheTestPassedOnlyImmaterialChangesAreAccepted() {
        Vacancy vacancy = posted(D);
        vacancy.passLabourMarketTest(List.of(), D.plusDays(16), at(D.plusDays(16), 0));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> vacancy.change(terms(2, "400000.00"), D.plusDays(17), DEFAULT));
        assertEquals(VacancyProblems.TEST_ALREADY_PASSED, refused.type());
        assertEquals(new BigDecimal("450000.00"), vacancy.salary);
        vacancy.change(terms(2, "500000.00"), D.plusDays(17), DEFAULT);
        assertEquals(new BigDecimal("500000.00"), vacancy.salary);
    }

    @Test
    @Verifies("vacancy.test.passed-terms-frozen")
    void aVacancyWhoseTestPassedDoesNotReopen() {
        Vacancy vacancy = posted(D);
        vacancy.passLabourMarketTest(List.of(), D.plusDays(16), at(D.plusDays(16), 0));
        vacancy.close(CloseReason.WITHDRAWN_BY_EMPLOYER, at(D.plusDays(17), 0));
        ProblemException refused = assertThrows(ProblemException.class, () -> vacancy.reopen(D.plusDays(18), DEFAULT));
        assertEquals(VacancyProblems.TEST_ALREADY_PASSED, refused.type());
    }

    @Test
    @Verifies("vacancy.positions.not-below-taken")
    void positionsCannotBeCutBelowThoseTakenAndCuttingToThemClosesTheVacancy() {
        Vacancy vacancy = posted(D, terms(3, "450000.00"));
        vacancy.hireCitizen(at(D, 12));
        vacancy.fillByForeignWorker();
        ProblemException refused = assertThrows(ProblemException.class,
                () -> vacancy.change(terms(1, "450000.00"), D.plusDays(1), DEFAULT));
        assertEquals(VacancyProblems.POSITIONS_BELOW_TAKEN, refused.type());

        vacancy.change(terms(2, "450000.00"), D.plusDays(1), DEFAULT);
        assertEquals(0, vacancy.openPositions);
        assertTrue(vacancy.closeWhenFull(at(D.plusDays(1), 12)));
        assertEquals(CloseReason.FILLED, vacancy.closeReason);
    }

    @Test
    @Verifies("vacancy.hire.takes-open-position")
    void aHireTakesAnOpenPositionAndTheLastHireClosesTheVacancyAsFilled() {
        Vacancy vacancy = posted(D);
        assertFalse(vacancy.hireCitizen(at(D, 12)));
        assertEquals(1, vacancy.openPositions);
        assertEquals(VacancyStatus.OPEN, vacancy.status);
        assertTrue(vacancy.hireCitizen(at(D, 13)));
        assertEquals(0, vacancy.openPositions);
        assertEquals(2, vacancy.hiredCount);
        assertEquals(VacancyStatus.CLOSED, vacancy.status);
        assertEquals(CloseReason.FILLED, vacancy.closeReason);
        ProblemException refused = assertThrows(ProblemException.class, () -> vacancy.hireCitizen(at(D, 14)));
        assertEquals(VacancyProblems.VACANCY_NOT_OPEN, refused.type());
    }

    @Test
    @Verifies("vacancy.foreign-fill.takes-open-position")
    void aRegisteredForeignWorkerTakesAPositionIfOneIsLeftAndIsNeverRefused() {
        Vacancy vacancy = posted(D, terms(1, "450000.00"));
        assertTrue(vacancy.fillByForeignWorker());
        assertEquals(0, vacancy.openPositions);
        assertEquals(1, vacancy.filledCount);
        assertFalse(vacancy.fillByForeignWorker());
        assertEquals(1, vacancy.filledCount);
    }

    @Test
    @Verifies("vacancy.close.open-only")
    void onlyAnOpenVacancyClosesAndTheReasonSaysWhoClosedIt() {
        assertEquals(CloseReason.WITHDRAWN_BY_EMPLOYER, CloseReason.requestedBy(true));
        assertEquals(CloseReason.CLOSED_BY_EXCHANGE, CloseReason.requestedBy(false));
        Vacancy vacancy = posted(D);
        vacancy.close(CloseReason.CLOSED_BY_EXCHANGE, at(D, 12));
        assertEquals(VacancyStatus.CLOSED, vacancy.status);
        ProblemException refused = assertThrows(ProblemException.class,
                () -> vacancy.close(CloseReason.WITHDRAWN_BY_EMPLOYER, at(D, 13)));
        assertEquals(ProblemType.STATE_CONFLICT, refused.type());
        assertThrows(ProblemException.class, () -> vacancy.change(terms(2, "500000.00"), D, DEFAULT));
    }

    @Test
    @Verifies("vacancy.search.reopen-restarts")
    void reopeningStartsTheFullDaysAgainAndNeedsAnOpenPosition() {
        Vacancy vacancy = posted(D);
        vacancy.close(CloseReason.WITHDRAWN_BY_EMPLOYER, at(D.plusDays(3), 12));
        LocalDate reopenedOn = D.plusDays(20);
        vacancy.reopen(reopenedOn, DEFAULT);
        assertEquals(VacancyStatus.OPEN, vacancy.status);
        assertEquals(reopenedOn.plusDays(16), vacancy.foreignLabourAllowedFrom);
        assertEquals(1, vacancy.restartCount);
        ProblemException open = assertThrows(ProblemException.class, () -> vacancy.reopen(reopenedOn, DEFAULT));
        assertEquals(ProblemType.STATE_CONFLICT, open.type());

        Vacancy filled = posted(D, terms(1, "450000.00"));
        filled.hireCitizen(at(D, 12));
        ProblemException none = assertThrows(ProblemException.class, () -> filled.reopen(reopenedOn, DEFAULT));
        assertEquals(VacancyProblems.NO_OPEN_POSITIONS, none.type());
    }

    @Test
    @Verifies("vacancy.referral.open-vacancy-once")
    void citizensAreReferredToOpenVacanciesOnlyAndOnce() {
        Vacancy vacancy = posted(D);
        Referral referral = referred(vacancy, D.plusDays(1));
        assertEquals(vacancy.id, referral.vacancyId);
        assertEquals(D.plusDays(8), referral.outcomeDueOn);
        ProblemException twice = assertThrows(ProblemException.class, () -> vacancy.refer(UUID.randomUUID(),
                "900101300017", true, "labour-exchange", at(D, 11), D.plusDays(1), DEFAULT));
        assertEquals(VacancyProblems.CANDIDATE_ALREADY_REFERRED, twice.type());
        vacancy.close(CloseReason.CLOSED_BY_EXCHANGE, at(D.plusDays(2), 9));
        ProblemException closed = assertThrows(ProblemException.class, () -> referred(vacancy, D.plusDays(2)));
        assertEquals(VacancyProblems.VACANCY_NOT_OPEN, closed.type());
    }

    @Test
    @Verifies("vacancy.salary.minimum")
    void aVacancyIsPostedAndChangedOnlyWithASalaryAtTheMinimum() {
        ProblemException low = assertThrows(ProblemException.class, () -> posted(D, terms(1, "84999.99")));
        assertEquals(VacancyProblems.SALARY_BELOW_MINIMUM, low.type());
        Vacancy vacancy = posted(D, terms(1, "85000"));
        ProblemException lowered = assertThrows(ProblemException.class,
                () -> vacancy.change(terms(1, "80000"), D.plusDays(1), DEFAULT));
        assertEquals(VacancyProblems.SALARY_BELOW_MINIMUM, lowered.type());
        assertEquals(new BigDecimal("85000"), vacancy.salary);
    }
}
