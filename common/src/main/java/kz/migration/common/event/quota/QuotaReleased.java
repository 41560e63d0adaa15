package kz.migration.common.event.quota;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A reserved unit was released (lapse, withdrawal or refusal). */
public record QuotaReleased(
        UUID reservationId,
        int year,
        String region,
        String category,
        String cause,
        Instant releasedAt) implements EventPayload {
}
