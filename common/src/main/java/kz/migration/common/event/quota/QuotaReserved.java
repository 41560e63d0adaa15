package kz.migration.common.event.quota;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** One quota unit was reserved for an approved permit. */
public record QuotaReserved(
        UUID reservationId,
        UUID applicationId,
        int year,
        String region,
        String category,
        int free,
        Instant reservedAt) implements EventPayload {
}
