package kz.migration.quota.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.quota.domain.ReservationStatus;

@Schema(description = "The saga state of one reservation (reason is set when it was rejected)")
public record ReservationView(UUID reservationId, UUID applicationId, int year, String region, String category,
        ReservationStatus status, String reason, Instant createdAt, Instant updatedAt) {
}
