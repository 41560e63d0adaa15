package kz.migration.common.event.vacancy;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A vacancy was closed (filled, withdrawn by the employer, or closed by the exchange). */
public record VacancyClosed(
        UUID vacancyId,
        String employerBin,
        String region,
        String reason,
        Instant closedAt) implements EventPayload {
}
