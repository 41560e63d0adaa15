package kz.migration.permit.api;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The payment gateway's confirmation that a labour immigrant's tax was paid under one of the registry's references;
 * its own payment reference makes a retried callback answer the same.
 */
@Schema(example = """
        {"paymentReference": "KZPAY-2026-12-08-004411", "amount": {"amount": "51900.00", "currency": "KZT"},
         "paidAt": "2026-12-08T05:30:00Z"}""")
public record LabourImmigrantTaxPayment(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be 1-64 letters, digits or . _ : -") String paymentReference,
        @NotNull @Valid Money amount,
        @NotNull Instant paidAt) {
}
