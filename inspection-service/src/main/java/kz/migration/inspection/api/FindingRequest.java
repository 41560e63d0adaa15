package kz.migration.inspection.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.CaseOutcome;
import kz.migration.inspection.domain.Finding;
import kz.migration.inspection.domain.LegalGround;

/** The inspector's finding that closes a case. */
@Schema(description = "The outcome, the legal ground from the fixed list, a note, and for wages the months unpaid", example = """
        {"outcome": "VIOLATION_CONFIRMED", "legalGround": "ILO_C029",
         "note": "Passports of four workers found in the site office safe; returned on the spot."}""")
public record FindingRequest(
        @NotNull CaseOutcome outcome,
        @Schema(description = "Required for VIOLATION_CONFIRMED (a non-criminal ground of the case's kind) and REFERRED_TO_POLICE (a criminal ground); absent for NOT_CONFIRMED") LegalGround legalGround,
        @Size(max = 2000) String note,
        @Schema(description = "For a confirmed wages violation: the months left unpaid (2 or more make it serious)") @Min(1) @Max(120) Integer unpaidMonths) {

    public Finding finding() {
        return new Finding(outcome, legalGround, note, unpaidMonths);
    }
}
