package kz.migration.permit.api;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payment gateway's confirmation that the state fee of an application was paid. */
@Schema(example = """
        {"paymentReference": "KZPAY-2026-12-24-000917", "amount": {"amount": "147680.00", "currency": "KZT"},
         "paidAt": "2026-12-24T05:30:00Z"}""")
public record FeePaymentRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be 1-64 letters, digits or . _ : -") String paymentReference,
        @NotNull @Valid Money amount,
        @NotNull Instant paidAt) {
}
