package kz.migration.vacancy.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.vacancy.domain.ReferralOutcome;
import kz.migration.vacancy.domain.RejectionReason;

/** How a referral ended; {@code rejectionReason} is required for REJECTED and refused for any other outcome. */
@Schema(name = "OutcomeRequest", example = """
        {"outcome": "REJECTED", "rejectionReason": "INSUFFICIENT_EXPERIENCE", "comment": "1 year of Java, 3 required"}""")
public record OutcomeRequest(
        @NotNull ReferralOutcome outcome,
        RejectionReason rejectionReason,
        @Size(max = 500) String comment) {
}
