package kz.migration.common.event.quota;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** No quota unit was free for the year, region and category: the approval cannot proceed. */
public record QuotaRejected(
        UUID reservationId,
        UUID applicationId,
        int year,
        String region,
        String category,
        String reason,
        Instant rejectedAt) implements EventPayload {
}
