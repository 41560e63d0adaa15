package kz.migration.common.event.permit;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** The employer withdrew an application before issue; a reserved quota unit is released. */
public record PermitWithdrawn(
        UUID applicationId,
        UUID reservationId,
        String employerBin,
        String region,
        String category,
        int year,
        Instant withdrawnAt) implements EventPayload {
}
