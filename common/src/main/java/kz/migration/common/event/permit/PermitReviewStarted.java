package kz.migration.common.event.permit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** An officer of the region took an application for review; it is to be decided by reviewDeadline. */
public record PermitReviewStarted(
        UUID applicationId,
        String employerBin,
        String region,
        String category,
        LocalDate reviewDeadline,
        String officer,
        Instant startedAt) implements EventPayload {
}
