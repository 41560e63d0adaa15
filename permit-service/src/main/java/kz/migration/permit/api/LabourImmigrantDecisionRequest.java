package kz.migration.permit.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The local executive body's decision, after the internal affairs bodies answered; a refusal says why. */
@Schema(example = """
        {"decision": "APPROVE"}""")
public record LabourImmigrantDecisionRequest(
        @NotNull LabourImmigrantVerdict decision,
        @Size(max = 1000) String reason) {

    @JsonIgnore
    @AssertTrue(message = "a refusal needs a reason")
    public boolean isReasonGiven() {
        return decision != LabourImmigrantVerdict.REFUSE || (reason != null && !reason.isBlank());
    }
}
