package kz.migration.inspection.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.identifier.Bin;
import kz.migration.inspection.domain.GrievanceFiling;
import kz.migration.inspection.domain.GrievanceKind;

/** A grievance an advocate (NGO or trade union) files on a worker's behalf, with the worker's consent. */
@Schema(description = "A grievance filed on a worker's behalf: as a worker's, plus the reference of the worker's consent", example = AdvocateGrievanceRequest.EXAMPLE)
public record AdvocateGrievanceRequest(
        @Schema(description = "The contract number; give it or the permit number", example = "LC-2026-000045") @Pattern(regexp = Patterns.CONTRACT_NUMBER, message = "must look like LC-2026-000045") String contractNumber,
        @Schema(description = "The permit number; give it or the contract number", example = "WP-2026-000123") @Pattern(regexp = Patterns.PERMIT_NUMBER, message = "must look like WP-2026-000123 or LI-2026-000123") String permitNumber,
        @Schema(description = "The worker's passport number; never echoed", example = "FA1234567") @NotNull @Pattern(regexp = Patterns.PASSPORT, message = "must be 5-20 capital letters or digits") String passportNumber,
        @NotNull GrievanceKind kind,
        @Schema(description = "What happened, as the worker told it") @NotBlank @Size(max = 4000) String description,
        @Schema(description = "How the inspectorate may reach the worker or the advocate") @Size(max = 200) String contact,
        @Schema(description = "ISO 639-1 language the worker prefers", example = "tg") @Pattern(regexp = Patterns.LANGUAGE, message = "must be an ISO 639-1 code such as uz") String preferredLanguage,
        @Schema(description = "BIN of the recruiting agency, if one recruited the worker") @Bin String recruitmentAgencyBin,
        @Schema(description = "Whether the employer may be told which worker's contract the case concerns once an inspection opens; by default it is not", defaultValue = "false") Boolean discloseToEmployer,
        @Schema(description = "The advocate's reference of the worker's consent to file (a signed form, a recorded call)", example = "SANA-SEZIM-2026-0412") @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:/-]+", message = "must be letters, digits and . _ : / -") String consentReference) {

    public static final String EXAMPLE = """
            {"permitNumber": "WP-2026-000123", "passportNumber": "FA1234567", "kind": "WAGES_UNPAID_OR_LATE",
             "description": "No wages since September; the employer says the client has not paid him.",
             "contact": "Sana Sezim legal centre, +7 725 250 00 00", "preferredLanguage": "uz",
             "consentReference": "SANA-SEZIM-2026-0412"}""";

    public GrievanceFiling filing(String advocate) {
        return new GrievanceFiling(kind, description, contact, preferredLanguage, recruitmentAgencyBin,
                Boolean.TRUE.equals(discloseToEmployer), advocate, consentReference);
    }
}
