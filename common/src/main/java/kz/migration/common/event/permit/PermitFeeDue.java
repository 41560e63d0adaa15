package kz.migration.common.event.permit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/**
 * The quota unit of an approved application is reserved and its state fee is due: amount in currency by dueDate,
 * paid under paymentReference. The payment gateway reads the same at GET /api/v1/permit-applications/{id}/fee.
 */
public record PermitFeeDue(
        UUID applicationId,
        UUID reservationId,
        String employerBin,
        String region,
        String category,
        int year,
        BigDecimal amount,
        String currency,
        LocalDate dueDate,
        String paymentReference,
        Instant dueSince) implements EventPayload {
}
