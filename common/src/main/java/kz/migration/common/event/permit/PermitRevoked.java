package kz.migration.common.event.permit;

import java.time.Instant;
import java.time.LocalDate;

import kz.migration.common.event.EventPayload;

/** An officer revoked a permit; the employer is banned from new applications until bannedUntil. */
public record PermitRevoked(
        String permitNumber,
        String employerBin,
        String region,
        String ground,
        LocalDate bannedUntil,
        Instant revokedAt) implements EventPayload {
}
