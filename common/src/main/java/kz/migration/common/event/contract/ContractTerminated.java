package kz.migration.common.event.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/**
 * A registered contract was terminated; published once its registry entry is chained. The employer is
 * {@code employerBin} (a company) or {@code employerIin} (a private individual); {@code permitNumber} is absent for an
 * EAEU citizen's contract.
 */
public record ContractTerminated(
        UUID contractId,
        String contractNumber,
        String permitNumber,
        String employerBin,
        String employerIin,
        String region,
        LocalDate terminatedOn,
        String reason,
        long registrySequence,
        Instant terminatedAt) implements EventPayload {

    /** A company's contract, as the event was before individual employers. */
    public ContractTerminated(UUID contractId, String contractNumber, String permitNumber, String employerBin,
            String region, LocalDate terminatedOn, String reason, long registrySequence, Instant terminatedAt) {
        this(contractId, contractNumber, permitNumber, employerBin, null, region, terminatedOn, reason,
                registrySequence, terminatedAt);
    }

    /** The same event once its registry entry is chained: the sequence is known only then (RegistrySequencer). */
    public ContractTerminated withRegistrySequence(long sequence) {
        return new ContractTerminated(contractId, contractNumber, permitNumber, employerBin, employerIin, region,
                terminatedOn, reason, sequence, terminatedAt);
    }
}
