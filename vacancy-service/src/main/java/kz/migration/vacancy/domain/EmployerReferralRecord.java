package kz.migration.vacancy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What an employer did with the citizens referred to its vacancies in one region. */
public record EmployerReferralRecord(
        String employerBin,
        String region,
        long decidedReferrals,
        long unjustifiedRejections,
        long overdueOutcomes) {

    /** Unjustified rejections as a share of decided referrals, to 4 places (0 with none decided). */
    public BigDecimal unjustifiedShare() {
        if (decidedReferrals == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(unjustifiedRejections).divide(BigDecimal.valueOf(decidedReferrals), 4,
                RoundingMode.HALF_UP);
    }
}
