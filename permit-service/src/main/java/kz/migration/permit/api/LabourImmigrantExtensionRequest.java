package kz.migration.permit.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.permit.domain.TaxResidency;

/** Further months for an issued permit; their tax falls due, and the permit runs longer once it is paid. */
@Schema(example = """
        {"months": 2, "taxResidency": "NON_RESIDENT"}""")
public record LabourImmigrantExtensionRequest(
        @NotNull @Min(1) @Max(11) Integer months,
        @Schema(description = "The worker's tax residency on the day of the extension") @NotNull TaxResidency taxResidency) {
}
