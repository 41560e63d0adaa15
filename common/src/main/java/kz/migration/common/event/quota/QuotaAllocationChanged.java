package kz.migration.common.event.quota;

import java.time.Instant;

import kz.migration.common.event.EventPayload;

/** The ministry set, lowered or reallocated a quota; every change carries its reason. */
public record QuotaAllocationChanged(
        int year,
        String region,
        String category,
        int allocated,
        int delta,
        String reason,
        Instant changedAt) implements EventPayload {
}
