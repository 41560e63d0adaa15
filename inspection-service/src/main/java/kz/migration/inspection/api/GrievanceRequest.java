package kz.migration.inspection.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.identifier.Bin;
import kz.migration.inspection.domain.GrievanceFiling;
import kz.migration.inspection.domain.GrievanceKind;

/** A worker's grievance, filed without an account. */
@Schema(description = "A grievance: the contract or permit number with the worker's passport number, the kind and what happened", example = GrievanceRequest.EXAMPLE)
public record GrievanceRequest(
        @Schema(description = "The contract number; give it or the permit number", example = "LC-2026-000045") @Pattern(regexp = Patterns.CONTRACT_NUMBER, message = "must look like LC-2026-000045") String contractNumber,
        @Schema(description = "The permit number; give it or the contract number (a worker given no contract gives the permit)", example = "WP-2026-000123") @Pattern(regexp = Patterns.PERMIT_NUMBER, message = "must look like WP-2026-000123 or LI-2026-000123") String permitNumber,
        @Schema(description = "The worker's passport number, as on the contract or permit; never echoed", example = "FA1234567") @NotNull @Pattern(regexp = Patterns.PASSPORT, message = "must be 5-20 capital letters or digits") String passportNumber,
        @NotNull GrievanceKind kind,
        @Schema(description = "What happened, in the worker's words") @NotBlank @Size(max = 4000) String description,
        @Schema(description = "How the inspectorate may reach the worker (phone, messenger); optional") @Size(max = 200) String contact,
        @Schema(description = "ISO 639-1 language the worker prefers, such as uz, tg, ky, ru, kk", example = "uz") @Pattern(regexp = Patterns.LANGUAGE, message = "must be an ISO 639-1 code such as uz") String preferredLanguage,
        @Schema(description = "BIN of the recruiting agency, if one recruited the worker (a recruitment fee counts against it too)") @Bin String recruitmentAgencyBin,
        @Schema(description = "Whether the employer may be told which worker's contract the case concerns once an inspection opens; by default it is not", defaultValue = "false") Boolean discloseToEmployer) {

    public static final String EXAMPLE = """
            {"contractNumber": "LC-2026-000045", "passportNumber": "FA1234567", "kind": "PASSPORT_WITHHELD",
             "description": "The foreman took our passports on arrival and says he keeps them until the season ends.",
             "contact": "+998 90 123 45 67 (Telegram)", "preferredLanguage": "uz", "discloseToEmployer": false}""";

    public GrievanceFiling filing() {
        return new GrievanceFiling(kind, description, contact, preferredLanguage, recruitmentAgencyBin,
                Boolean.TRUE.equals(discloseToEmployer), null, null);
    }
}
