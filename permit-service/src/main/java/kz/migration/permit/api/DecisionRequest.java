package kz.migration.permit.api;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import kz.migration.permit.domain.PermitRefusalGround;

/** An officer's decision; a refusal names at least one ground from the fixed list. */
@Schema(example = """
        {"decision": "REFUSE", "grounds": ["LOCAL_CONTENT_BREACH"],
         "reason": "Citizens would be 65% of categories 1 and 2, below the required 70%"}""")
public record DecisionRequest(
        @NotNull Decision decision,
        @Size(max = 6) List<@NotNull PermitRefusalGround> grounds,
        @Size(max = 1000) String reason) {

    public enum Decision {
        APPROVE, REFUSE
    }

    @JsonIgnore
    @AssertTrue(message = "a refusal needs at least one ground and an approval none")
    public boolean isGroundsConsistent() {
        boolean hasGrounds = grounds != null && !grounds.isEmpty();
        return decision == null || (decision == Decision.REFUSE) == hasGrounds;
    }
}
