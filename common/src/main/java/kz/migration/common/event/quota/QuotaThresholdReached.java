package kz.migration.common.event.quota;

import java.time.Instant;

import kz.migration.common.event.EventPayload;

/** A region and category passed 80% or 100% utilisation (used plus reserved of allocated). */
public record QuotaThresholdReached(
        int year,
        String region,
        String category,
        int thresholdPercent,
        int allocated,
        int reserved,
        int used,
        Instant reachedAt) implements EventPayload {
}
