package kz.migration.common.event.quota;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A reserved unit was consumed by an issued (or renewed) permit. */
public record QuotaConsumed(
        UUID reservationId,
        int year,
        String region,
        String category,
        Instant consumedAt) implements EventPayload {
}
