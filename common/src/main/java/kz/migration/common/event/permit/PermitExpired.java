package kz.migration.common.event.permit;

import java.time.LocalDate;

import kz.migration.common.event.EventPayload;

/** A permit reached the end of its last day of validity. */
public record PermitExpired(
        String permitNumber,
        String employerBin,
        String region,
        LocalDate expiredOn) implements EventPayload {
}
