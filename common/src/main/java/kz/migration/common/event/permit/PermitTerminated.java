package kz.migration.common.event.permit;

import java.time.Instant;

import kz.migration.common.event.EventPayload;

/** A permit ended early: its contract was terminated or the worker returned home. */
public record PermitTerminated(
        String permitNumber,
        String employerBin,
        String region,
        String reason,
        Instant terminatedAt) implements EventPayload {
}
