package kz.migration.contract.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.identifier.Iin;

/** A citizen took over the foreign worker's job (seed 004). The IIN is stored, never published. */
@Schema(description = "Replacement of the contract's foreign worker by a citizen", example = """
        {"citizenIin": "880101300123", "replacedOn": "2027-05-01"}""")
public record ReportReplacementRequest(
        @Schema(example = "880101300123") @NotNull @Iin String citizenIin,
        @NotNull LocalDate replacedOn) {
}
