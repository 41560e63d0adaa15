package kz.migration.common.event.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/**
 * A citizen replaced a foreign worker, as the employer reported; published once its registry entry is chained. The
 * employer is {@code employerBin} (a company) or {@code employerIin} (a private individual); the citizen's IIN is
 * never published.
 */
public record ForeignWorkerReplaced(
        UUID contractId,
        String contractNumber,
        String permitNumber,
        String employerBin,
        String employerIin,
        String region,
        String occupationCode,
        LocalDate replacedOn,
        Instant reportedAt) implements EventPayload {
}
