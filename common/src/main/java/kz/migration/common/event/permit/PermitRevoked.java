package kz.migration.common.event.permit;

import java.time.Instant;
import java.time.LocalDate;

import kz.migration.common.event.EventPayload;

/**
 * An officer revoked a permit. A revocation for a violation bans the employer from new permits through bannedUntil
 * (bansEmployer true); any other ground bans nobody and bannedUntil is null. bansEmployer is absent (null) on events
 * published before it was added, when every revocation banned.
 */
public record PermitRevoked(
        String permitNumber,
        String employerBin,
        String region,
        String ground,
        LocalDate bannedUntil,
        Instant revokedAt,
        Boolean bansEmployer) implements EventPayload {

    /** The payload as it was before bansEmployer: a revocation with a ban date bans. */
    public PermitRevoked(String permitNumber, String employerBin, String region, String ground, LocalDate bannedUntil,
            Instant revokedAt) {
        this(permitNumber, employerBin, region, ground, bannedUntil, revokedAt, bannedUntil != null);
    }
}
