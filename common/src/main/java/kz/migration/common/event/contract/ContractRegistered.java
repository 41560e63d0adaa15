package kz.migration.common.event.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A labour contract with a foreign worker was registered and logged to the registry. */
public record ContractRegistered(
        UUID contractId,
        String contractNumber,
        String permitNumber,
        String permitKind,
        UUID vacancyId,
        String employerBin,
        String region,
        String occupationCode,
        LocalDate startDate,
        LocalDate endDate,
        boolean late,
        long registrySequence,
        Instant registeredAt) implements EventPayload {
}
