package kz.migration.vacancy.domain;

import static kz.migration.vacancy.domain.DomainFixtures.at;
import static kz.migration.vacancy.domain.DomainFixtures.posted;
import static kz.migration.vacancy.domain.DomainFixtures.referred;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.rules.Verifies;

/** A referral's outcome: what an employer may record, once, and by when. */
class ReferralRulesTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    private final Referral referral = referred(posted(D), D.plusDays(1));

    @Test
    @Verifies("vacancy.referral.outcome-once")
    void aReferralEndsOnce() {
        referral.record(ReferralOutcome.HIRED, null, null, "labour-exchange", at(D.plusDays(2), 9));
        assertEquals(ReferralOutcome.HIRED, referral.outcome);
        ProblemException again = assertThrows(ProblemException.class,
                () -> referral.record(ReferralOutcome.NO_SHOW, null, null, "employer", at(D.plusDays(3), 9)));
        assertEquals(VacancyProblems.OUTCOME_ALREADY_RECORDED, again.type());
        assertEquals(ReferralOutcome.HIRED, referral.outcome);
    }

    @Test
    @Verifies("vacancy.referral.outcome-once")
    void aRejectionNamesAReasonAndNoOtherOutcomeDoes() {
        ProblemException missing = assertThrows(ProblemException.class,
                () -> referral.record(ReferralOutcome.REJECTED, null, null, "employer", at(D.plusDays(2), 9)));
        assertEquals(ProblemType.VALIDATION, missing.type());
        ProblemException superfluous = assertThrows(ProblemException.class, () -> referral
                .record(ReferralOutcome.NO_SHOW, RejectionReason.OTHER, null, "employer", at(D.plusDays(2), 9)));
        assertEquals(ProblemType.VALIDATION, superfluous.type());
        assertNull(referral.outcome);
    }

    @Test
    @Verifies("vacancy.referral.rejection-reasons")
    void onlyReasonsGroundedInThePublishedRequirementsAreJustified() {
        List<RejectionReason> justified = Arrays.stream(RejectionReason.values()).filter(RejectionReason::justified)
                .toList();
        assertEquals(List.of(RejectionReason.QUALIFICATION_MISMATCH, RejectionReason.INSUFFICIENT_EXPERIENCE,
                RejectionReason.LANGUAGE_REQUIREMENT_NOT_MET, RejectionReason.FAILED_PROFESSIONAL_TEST,
                RejectionReason.MEDICAL_CONTRAINDICATION), justified);
        referral.record(ReferralOutcome.REJECTED, RejectionReason.POSITION_NO_LONGER_AVAILABLE, null, "employer",
                at(D.plusDays(2), 9));
        assertFalse(referral.rejectionJustified);
    }

    @Test
    @Verifies("vacancy.referral.outcome-deadline")
    void anOutcomeIsOnTimeThroughItsDueDayAndOverdueFromTheNext() {
        LocalDate dueOn = D.plusDays(8);
        assertEquals(dueOn, referral.outcomeDueOn);
        assertFalse(referral.outcomeOverdue(dueOn));
        assertTrue(referral.holdsTest(dueOn));
        assertTrue(referral.outcomeOverdue(dueOn.plusDays(1)));
        assertFalse(referral.holdsTest(dueOn.plusDays(1)));
    }

    @Test
    @Verifies("vacancy.employer-flag.overdue-outcomes")
    void anOverdueOutcomeIsMarkedOnceAndALateOutcomeKeepsTheMark() {
        LocalDate dueOn = referral.outcomeDueOn;
        assertFalse(referral.markOutcomeOverdue(dueOn));
        assertTrue(referral.markOutcomeOverdue(dueOn.plusDays(1)));
        assertFalse(referral.markOutcomeOverdue(dueOn.plusDays(2)));
        assertEquals(dueOn.plusDays(1), referral.outcomeOverdueOn);

        referral.record(ReferralOutcome.NO_SHOW, null, null, "employer", at(dueOn.plusDays(3), 9));
        assertEquals(dueOn.plusDays(1), referral.outcomeOverdueOn);
        assertFalse(referral.holdsTest(dueOn.plusDays(3)));
    }

    @Test
    @Verifies("vacancy.employer-flag.overdue-outcomes")
    void anOutcomeRecordedInTimeIsNeverOverdue() {
        referral.record(ReferralOutcome.DECLINED_BY_CANDIDATE, null, null, "labour-exchange", at(D.plusDays(5), 9));
        assertFalse(referral.outcomeOverdue(D.plusDays(30)));
        assertFalse(referral.markOutcomeOverdue(D.plusDays(30)));
    }
}
