package kz.migration.common.event.contract;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A registered contract was amended (salary, position, end date). */
public record ContractAmended(
        UUID contractId,
        String contractNumber,
        String permitNumber,
        String employerBin,
        String region,
        List<String> changedFields,
        boolean late,
        long registrySequence,
        Instant amendedAt) implements EventPayload {
}
