package kz.migration.permit.service;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The payment gateway's confirmation that the state fee of an application was paid. */
public record FeePaymentRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be 1-64 letters, digits or . _ : -") String paymentReference,
        @NotNull @Valid Money amount,
        @NotNull Instant paidAt) {
}
