package kz.migration.common.event.permit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** An employer application for a foreign-labour permit was registered; the review deadline runs. startDate is the day the permit is asked to start. */
public record PermitApplicationSubmitted(
        UUID applicationId,
        String employerBin,
        String region,
        String category,
        String occupationCode,
        UUID vacancyId,
        LocalDate reviewDeadline,
        Instant submittedAt,
        LocalDate startDate) implements EventPayload {
}
