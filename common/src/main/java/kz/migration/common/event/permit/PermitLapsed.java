package kz.migration.common.event.permit;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** The fee was not paid within 10 working days: the approval lapses and its quota unit is released. */
public record PermitLapsed(
        UUID applicationId,
        UUID reservationId,
        String employerBin,
        String region,
        String category,
        int year,
        Instant lapsedAt) implements EventPayload {
}
