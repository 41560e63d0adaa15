package kz.migration.contract.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import kz.migration.common.identifier.Bin;
import kz.migration.common.identifier.Kato;
import kz.migration.common.identifier.OccupationCode;
import kz.migration.contract.domain.ContractTerms;
import kz.migration.contract.domain.ForeignWorker;

/**
 * A labour contract with a foreign worker, as the employer registers it. The employer is the caller: a company's BIN
 * or a private individual's IIN.
 */
@Schema(description = "A labour contract to register", example = """
        {"worker": {"fullName": "Alisher Karimov", "passportNumber": "FA1234567", "citizenship": "UZ"},
         "permitNumber": "WP-2026-000123", "position": "Software developer", "occupationCode": "2512",
         "region": "750000000", "startDate": "2026-12-01", "endDate": "2027-11-30", "salary": "650000.00",
         "currency": "KZT", "weeklyHours": 40, "signedOn": "2026-11-20", "employerName": "TOO Qazaq Soft"}""")
public record RegisterContractRequest(
        @NotNull @Valid WorkerDetails worker,
        @Schema(description = "Employer permit WP-<year>-<6 digits> or labour-immigrant permit LI-<year>-<6 digits>; absent for a citizen of an EAEU member state (Armenia, Belarus, Kyrgyzstan, Russia), who needs no permit", example = "WP-2026-000123") @Pattern(regexp = PERMIT_NUMBER, message = "must look like WP-2026-000123 or LI-2026-000123") String permitNumber,
        @NotBlank @Size(max = 200) String position,
        @NotNull @OccupationCode String occupationCode,
        @NotNull @Kato String region,
        @NotNull LocalDate startDate,
        @Schema(description = "Last day of the contract; absent for an indefinite contract, which a contract on a permit cannot be") LocalDate endDate,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "650000.00") @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal salary,
        @Schema(description = "ISO 4217; wages are paid in tenge (KZT), any other currency is refused", example = "KZT") @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @Schema(description = "Normal working hours a week: at most 40 (Labour Code art. 68); more is refused") @NotNull @Min(1) @Max(168) Integer weeklyHours,
        @Schema(description = "The day both parties signed") @NotNull LocalDate signedOn,
        @Schema(description = "The employer's name as the contract states it (a company's name, or a private individual's full name); optional, shown to the worker and the labour inspectorate", example = "TOO Qazaq Soft") @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 300) String employerName,
        @Schema(description = "BIN of the private recruitment agency that recruited the worker, if any; optional", example = "190840000283") @JsonInclude(JsonInclude.Include.NON_NULL) @Bin String recruitmentAgencyBin) {

    /**
     * A registration naming neither the employer nor a recruiting agency, as the request was before they were added.
     * Absent, they are left out of the Idempotency-Key's request hash, so a retry across the upgrade still replays.
     */
    public RegisterContractRequest(WorkerDetails worker, String permitNumber, String position, String occupationCode,
            String region, LocalDate startDate, LocalDate endDate, BigDecimal salary, String currency,
            Integer weeklyHours, LocalDate signedOn) {
        this(worker, permitNumber, position, occupationCode, region, startDate, endDate, salary, currency, weeklyHours,
                signedOn, null, null);
    }

    public static final String PERMIT_NUMBER = "(WP|LI)-[0-9]{4}-[0-9]{6}";

    public ContractTerms terms() {
        return new ContractTerms(new ForeignWorker(worker.fullName(), worker.passportNumber(), worker.citizenship(),
                worker.iin()), permitNumber, position, occupationCode, region, startDate, endDate, salary, currency,
                weeklyHours, signedOn);
    }
}
