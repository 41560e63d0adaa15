package kz.migration.permit.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The internal affairs bodies' answer on a request filed with the local executive body; a disagreement says why. */
@Schema(example = """
        {"answer": "AGREE"}""")
public record LabourImmigrantAgreementRequest(
        @NotNull InternalAffairsAnswer answer,
        @Size(max = 1000) String reason) {

    @JsonIgnore
    @AssertTrue(message = "a disagreement needs a reason")
    public boolean isReasonGiven() {
        return answer != InternalAffairsAnswer.DISAGREE || (reason != null && !reason.isBlank());
    }
}
