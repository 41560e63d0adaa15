package kz.migration.permit.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment the payment gateway confirms: its own reference (the callback's idempotency key), amount and time. */
public record TaxPayment(String reference, BigDecimal amount, Instant paidAt) {
}
