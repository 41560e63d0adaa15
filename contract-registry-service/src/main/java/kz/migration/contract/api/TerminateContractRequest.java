package kz.migration.contract.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.contract.domain.TerminationReason;

/** The end of a contract as the employer registers it. */
@Schema(description = "Termination of a contract", example = """
        {"terminatedOn": "2027-06-30", "reason": "MUTUAL_AGREEMENT", "note": "Project finished early"}""")
public record TerminateContractRequest(
        @NotNull LocalDate terminatedOn,
        @NotNull TerminationReason reason,
        @Size(max = 500) String note) {
}
