package kz.migration.common.event.permit;

import java.time.LocalDate;

import kz.migration.common.event.EventPayload;

/** A permit expires in 60 days: the renewal window opens. */
public record PermitExpiryReminder(
        String permitNumber,
        String employerBin,
        String region,
        LocalDate validTo) implements EventPayload {
}
