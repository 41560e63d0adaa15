package kz.migration.contract.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A worker checks that their contract is on record; both values must match or the answer is 404. */
@Schema(description = "Contract number and the worker's passport number", example = """
        {"contractNumber": "LC-2026-000042", "passportNumber": "FA1234567"}""")
public record ContractLookupRequest(
        @Schema(example = "LC-2026-000042") @NotNull @Pattern(regexp = "LC-[0-9]{4}-[0-9]{6,}", message = "must look like LC-2026-000042") String contractNumber,
        @NotNull @Pattern(regexp = WorkerDetails.PASSPORT, message = "must be 5-20 capital letters or digits") String passportNumber) {
}
