package kz.migration.common.event.permit;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** The fee (or a labour immigrant's tax) was not paid in time: the approval lapses and its quota unit, if any, is released. */
public record PermitLapsed(
        UUID applicationId,
        UUID reservationId,
        String employerBin,
        String region,
        String category,
        int year,
        Instant lapsedAt) implements EventPayload {
}
