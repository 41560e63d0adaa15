package kz.migration.common.event.permit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A permit was renewed: its validity extends and the renewal's quota reservation is consumed. */
public record PermitRenewed(
        String permitNumber,
        UUID reservationId,
        String employerBin,
        String region,
        String category,
        String occupationCode,
        LocalDate validFrom,
        LocalDate validTo,
        int renewalCount,
        int year,
        Instant renewedAt) implements EventPayload {
}
