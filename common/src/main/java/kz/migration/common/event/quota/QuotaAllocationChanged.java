package kz.migration.common.event.quota;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** The ministry set, lowered or reallocated a quota; every change carries its reason and its decision (changeId, readable at /api/v1/quota-changes/{changeId}; changeKind PLAN, REALLOCATION or ADJUSTMENT). */
public record QuotaAllocationChanged(
        int year,
        String region,
        String category,
        int allocated,
        int delta,
        String reason,
        Instant changedAt,
        UUID changeId,
        String changeKind) implements EventPayload {
}
