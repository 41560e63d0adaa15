package kz.migration.inspection.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A salary payment the payment gateway (standing for the banks) reports for one contract and month. */
@Schema(description = "A salary payment for one contract and month; the payment reference makes the report safe to retry", example = WagePaymentRequest.EXAMPLE)
public record WagePaymentRequest(
        @Schema(description = "The bank's unique reference of the transfer; the same reference reported again is a retry", example = "HSBK-2026-11-000123456") @NotNull @Pattern(regexp = "[A-Za-z0-9._:/-]{1,64}", message = "must be 1-64 letters, digits or . _ : / -") String paymentReference,
        @Schema(example = "LC-2026-000045") @NotNull @Pattern(regexp = Patterns.CONTRACT_NUMBER, message = "must look like LC-2026-000045") String contractNumber,
        @Schema(description = "The month the salary is for (YYYY-MM)", example = "2026-11") @NotNull @Pattern(regexp = Patterns.MONTH, message = "must be a month such as 2026-11") String period,
        @Schema(type = SchemaType.STRING, description = "The amount credited to the worker", example = "552500.00") @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @Schema(description = "ISO 4217; wages are paid in tenge (KZT)", example = "KZT") @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @Schema(description = "The day the worker was credited") @NotNull LocalDate paidOn) {

    public static final String EXAMPLE = """
            {"paymentReference": "HSBK-2026-11-000123456", "contractNumber": "LC-2026-000045", "period": "2026-11",
             "amount": "552500.00", "currency": "KZT", "paidOn": "2026-12-05"}""";
}
