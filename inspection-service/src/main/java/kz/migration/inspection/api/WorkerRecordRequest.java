package kz.migration.inspection.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The worker asks for their own record with a contract or permit number and their passport number. */
@Schema(description = "A contract or permit number (one of them) with the worker's passport number", example = """
        {"contractNumber": "LC-2026-000045", "passportNumber": "FA1234567"}""")
public record WorkerRecordRequest(
        @Pattern(regexp = Patterns.CONTRACT_NUMBER, message = "must look like LC-2026-000045") String contractNumber,
        @Pattern(regexp = Patterns.PERMIT_NUMBER, message = "must look like WP-2026-000123 or LI-2026-000123") String permitNumber,
        @NotNull @Pattern(regexp = Patterns.PASSPORT, message = "must be 5-20 capital letters or digits") String passportNumber) {
}
