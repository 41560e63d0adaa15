package kz.migration.quota.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;
import kz.migration.quota.domain.Movement;

@Schema(description = "One movement of a balance; a ministry change carries changeId, a saga step reservationId and eventId", example = """
        {"id": 17, "year": 2026, "region": "750000000", "category": "CATEGORY_3", "movement": "RESERVE",
         "allocatedDelta": 0, "reservedDelta": 1, "usedDelta": 0, "reservationId": "0b6f8a52-3c1e-4a8e-9a55-2f3e1c9d7a10",
         "eventId": "9a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "occurredAt": "2026-03-02T09:15:00Z"}""")
public record LedgerEntryView(long id, int year, String region, PermitCategory category, Movement movement,
        int allocatedDelta, int reservedDelta, int usedDelta, UUID changeId, UUID reservationId, UUID eventId,
        Instant occurredAt) {
}
