package kz.migration.vacancy.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import kz.migration.vacancy.domain.EmployerReferralRecord;
import kz.migration.vacancy.domain.FlagReason;

/**
 * An employer (in one region) flagged to officers: it rejects more referred citizens without a justified reason than
 * allowed, or it left a referral's outcome unrecorded past the deadline.
 */
@Schema(name = "EmployerFlag", example = """
        {"employerBin": "180240012345", "region": "750000000", "decidedReferrals": 6, "unjustifiedRejections": 4,
         "unjustifiedShare": "0.6667", "threshold": "0.5", "overdueOutcomes": 1,
         "reasons": ["UNJUSTIFIED_REJECTIONS", "OVERDUE_OUTCOMES"]}""")
public record EmployerFlag(
        String employerBin,
        String region,
        long decidedReferrals,
        long unjustifiedRejections,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unjustifiedShare,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal threshold,
        @Schema(description = "Referrals whose outcome was not recorded by the day it was due") long overdueOutcomes,
        @Schema(description = "Why the employer is flagged; at least one") List<FlagReason> reasons) {

    public static EmployerFlag of(EmployerReferralRecord record, BigDecimal threshold, List<FlagReason> reasons) {
        return new EmployerFlag(record.employerBin(), record.region(), record.decidedReferrals(),
                record.unjustifiedRejections(), record.unjustifiedShare(), threshold, record.overdueOutcomes(),
                List.copyOf(reasons));
    }
}
