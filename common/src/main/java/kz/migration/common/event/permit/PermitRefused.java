package kz.migration.common.event.permit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** An application was refused; reservationId is set when a quota unit had been reserved and must be released. */
public record PermitRefused(
        UUID applicationId,
        UUID reservationId,
        String employerBin,
        String region,
        String category,
        int year,
        List<String> grounds,
        Instant refusedAt) implements EventPayload {
}
