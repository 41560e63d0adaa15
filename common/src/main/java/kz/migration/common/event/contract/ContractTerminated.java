package kz.migration.common.event.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A registered contract was terminated; published once its registry entry is chained. */
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

    /** The same event once its registry entry is chained: the sequence is known only then (RegistrySequencer). */
    public ContractTerminated withRegistrySequence(long sequence) {
        return new ContractTerminated(contractId, contractNumber, permitNumber, employerBin, region, terminatedOn,
                reason,
                sequence, terminatedAt);
    }
}
