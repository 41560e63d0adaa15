package kz.migration.contract.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.identifier.Iin;

/** The foreign worker as named in the contract. */
@Schema(description = "The foreign worker; the passport must be the one the permit was issued on")
public record WorkerDetails(
        @NotBlank @Size(max = 200) String fullName,
        @NotNull @Pattern(regexp = PASSPORT, message = "must be 5-20 capital letters or digits") String passportNumber,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String citizenship,
        @Schema(description = "Kazakh IIN if the worker has one") @Iin String iin) {

    public static final String PASSPORT = "[A-Z0-9]{5,20}";
}
