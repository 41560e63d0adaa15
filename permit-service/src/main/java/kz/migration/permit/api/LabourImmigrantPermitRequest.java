package kz.migration.permit.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import kz.migration.common.domain.Sex;
import kz.migration.common.identifier.Iin;
import kz.migration.common.identifier.Kato;
import kz.migration.common.identifier.OccupationCode;
import kz.migration.permit.domain.TaxResidency;

/**
 * A labour immigrant's request for a permit, filed by the body that decides on the day: the migration police until 12
 * April 2026, the local executive body of the region (from the worker's eGov application) from 13 April 2026. It no
 * longer carries the tax: the registry answers what is due and the payment gateway confirms the payment.
 */
@Schema(example = """
        {"fullName": "Aziz Karimov", "citizenship": "UZ", "passportNumber": "FA7345120", "passportExpiry": "2029-01-31",
         "region": "750000000", "occupationCode": "9111", "months": 3, "taxResidency": "NON_RESIDENT"}""")
public record LabourImmigrantPermitRequest(
        @NotBlank @Size(max = 200) String fullName,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String citizenship,
        @NotNull @Pattern(regexp = "[A-Z0-9]{5,20}", message = "must be 5-20 letters or digits") String passportNumber,
        @NotNull LocalDate passportExpiry,
        @Iin String iin,
        @NotNull @Kato String region,
        @Schema(description = "ISCO-08 code of household work for private individuals (registry.household-work.occupations)") @NotNull @OccupationCode String occupationCode,
        @NotNull @Min(1) @Max(12) Integer months,
        @Schema(description = "The worker's tax residency, which sets the income tax per permit month (reference/economic-indicators.csv)") @NotNull TaxResidency taxResidency,
        @Schema(description = "The worker's sex, optional: recorded for the permit statistics only and shown to no one (not in any view)") @JsonInclude(JsonInclude.Include.NON_NULL) Sex sex) {

    /**
     * A request that does not state the worker's sex. Absent, it is left out of the Idempotency-Key's request hash, as
     * before the field was added, so a retry across the upgrade still replays.
     */
    public LabourImmigrantPermitRequest(String fullName, String citizenship, String passportNumber,
            LocalDate passportExpiry, String iin, String region, String occupationCode, Integer months,
            TaxResidency taxResidency) {
        this(fullName, citizenship, passportNumber, passportExpiry, iin, region, occupationCode, months, taxResidency,
                null);
    }
}
