package kz.migration.vacancy.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.vacancy.domain.Referral;
import kz.migration.vacancy.domain.ReferralOutcome;
import kz.migration.vacancy.domain.RejectionReason;

/** A referral of a citizen to a vacancy and its outcome, if any yet. */
@Schema(name = "Referral", example = ReferralResponse.EXAMPLE)
public record ReferralResponse(
        UUID id,
        UUID vacancyId,
        String candidateIin,
        Instant referredAt,
        String comment,
        ReferralOutcome outcome,
        RejectionReason rejectionReason,
        Boolean rejectionJustified,
        Instant outcomeAt,
        @Schema(description = "Last day on which recording the outcome is on time; until then an undecided referral holds the vacancy's labour-market test") LocalDate outcomeDueOn,
        @Schema(description = "Day the outcome was found overdue and the employer flagged (absent while on time); a later outcome does not remove it") LocalDate outcomeOverdueOn) {

    public static final String EXAMPLE = """
            {"id": "5d1e0c52-2f7b-4f0e-bb3c-0e6c8e1d9a11", "vacancyId": "0b9f6a4e-8d1c-4c7e-9f55-0d8c2b1f7a10",
             "candidateIin": "900101300017", "referredAt": "2026-03-04T05:00:00Z", "outcome": "REJECTED",
             "rejectionReason": "INSUFFICIENT_EXPERIENCE", "rejectionJustified": true,
             "outcomeAt": "2026-03-06T09:30:00Z", "outcomeDueOn": "2026-03-11"}""";

    public static ReferralResponse of(Referral r) {
        return new ReferralResponse(r.id, r.vacancyId, r.candidateIin, r.referredAt, r.comment, r.outcome,
                r.rejectionReason, r.rejectionJustified, r.outcomeAt, r.outcomeDueOn, r.outcomeOverdueOn);
    }
}
