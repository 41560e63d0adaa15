package kz.migration.quota.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;
import kz.migration.quota.domain.Movement;

@Schema(description = "One movement of a balance; a ministry change carries changeId, a saga step reservationId and eventId")
public record LedgerEntryView(long id, int year, String region, PermitCategory category, Movement movement,
        int allocatedDelta, int reservedDelta, int usedDelta, UUID changeId, UUID reservationId, UUID eventId,
        Instant occurredAt) {
}
