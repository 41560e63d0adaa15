package kz.migration.common.event.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A registered contract was terminated. */
public record ContractTerminated(
        UUID contractId,
        String contractNumber,
        String permitNumber,
        String employerBin,
        String region,
        LocalDate terminatedOn,
        String reason,
        long registrySequence,
        Instant terminatedAt) implements EventPayload {
}
