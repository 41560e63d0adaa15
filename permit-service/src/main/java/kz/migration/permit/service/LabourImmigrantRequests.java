package kz.migration.permit.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.identifier.Iin;
import kz.migration.common.identifier.Kato;
import kz.migration.common.identifier.OccupationCode;
import kz.migration.permit.api.Money;
import kz.migration.permit.domain.LabourImmigrantPermitStatus;

/** Requests and views of the labour-immigrant permit API. */
public final class LabourImmigrantRequests {

    private LabourImmigrantRequests() {
    }

    /** The confirmed prepayment of the worker's income tax for the months requested. */
    public record TaxPrepayment(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be 1-64 letters, digits or . _ : -") String reference,
            @NotNull @Valid Money amount) {
    }

    /** The migration police's request for a permit issued to the worker. */
    @Schema(example = """
            {"fullName": "Aziz Karimov", "citizenship": "UZ", "passportNumber": "AA1234567", "passportExpiry": "2029-01-31",
             "region": "750000000", "occupationCode": "9111", "months": 3,
             "tax": {"reference": "KGD-2026-000311", "amount": {"amount": "15728.00", "currency": "KZT"}}}""")
    public record IssueRequest(
            @NotBlank @Size(max = 200) String fullName,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String citizenship,
            @NotNull @Pattern(regexp = "[A-Z0-9]{5,20}", message = "must be 5-20 letters or digits") String passportNumber,
            @NotNull LocalDate passportExpiry,
            @Iin String iin,
            @NotNull @Kato String region,
            @NotNull @OccupationCode String occupationCode,
            @NotNull @Min(1) @Max(12) Integer months,
            @NotNull @Valid TaxPrepayment tax) {
    }

    /** One or more further months, prepaid. */
    @Schema(example = """
            {"months": 2, "tax": {"reference": "KGD-2026-000480", "amount": {"amount": "10485.33", "currency": "KZT"}}}""")
    public record ExtensionRequest(@NotNull @Min(1) @Max(11) Integer months, @NotNull @Valid TaxPrepayment tax) {
    }

    public record View(UUID id, String permitNumber, LabourImmigrantPermitStatus status, String fullName,
            String citizenship, String passportNumber, String iin, String region, String occupationCode, int months,
            LocalDate validFrom, LocalDate validTo, Instant requestedAt, String refusalReason) {
    }
}
