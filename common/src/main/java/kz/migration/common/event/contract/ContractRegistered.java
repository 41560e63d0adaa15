package kz.migration.common.event.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A labour contract with a foreign worker was registered; published once its registry entry is chained. */
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

    /** The same event once its registry entry is chained: the sequence is known only then (RegistrySequencer). */
    public ContractRegistered withRegistrySequence(long sequence) {
        return new ContractRegistered(contractId, contractNumber, permitNumber, permitKind, vacancyId, employerBin,
                region,
                occupationCode, startDate, endDate, late, sequence, registeredAt);
    }
}
