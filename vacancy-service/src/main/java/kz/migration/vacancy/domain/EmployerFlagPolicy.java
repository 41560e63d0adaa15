package kz.migration.vacancy.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kz.migration.common.rules.Rule;

/**
 * Which employers officers see flagged, and why: too many referred citizens rejected without a justified reason, or
 * a referral's outcome left unrecorded past its deadline. Returns every reason that applies.
 */
public record EmployerFlagPolicy(BigDecimal unjustifiedRejectionShare, int minimumDecidedReferrals) {

    public EmployerFlagPolicy {
        Objects.requireNonNull(unjustifiedRejectionShare);
        if (minimumDecidedReferrals < 1) {
            throw new IllegalArgumentException("minimumDecidedReferrals must be at least 1");
        }
    }

    public List<FlagReason> reasons(EmployerReferralRecord record) {
        List<FlagReason> reasons = new ArrayList<>();
        if (rejectsTooManyWithoutReason(record)) {
            reasons.add(FlagReason.UNJUSTIFIED_REJECTIONS);
        }
        if (leftOutcomesOverdue(record)) {
            reasons.add(FlagReason.OVERDUE_OUTCOMES);
        }
        return reasons;
    }

    /**
     * Over the share, once enough referrals are decided for the share to mean anything. The exact fraction is
     * compared, not the rounded share shown.
     */
    @Rule("vacancy.employer-flag.unjustified-rejections")
    boolean rejectsTooManyWithoutReason(EmployerReferralRecord record) {
        return record.decidedReferrals() >= minimumDecidedReferrals
                && BigDecimal.valueOf(record.unjustifiedRejections()).compareTo(
                        unjustifiedRejectionShare.multiply(BigDecimal.valueOf(record.decidedReferrals()))) > 0;
    }

    @Rule("vacancy.employer-flag.overdue-outcomes")
    boolean leftOutcomesOverdue(EmployerReferralRecord record) {
        return record.overdueOutcomes() > 0;
    }
}
