package kz.migration.common.event.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/**
 * A contract was amended (salary, position, end date); published once its registry entry is chained. The employer
 * is {@code employerBin} (a company) or {@code employerIin} (a private individual); {@code permitNumber} is absent
 * for an EAEU citizen's contract. {@code salary} and {@code currency} are the monthly salary after the amendment,
 * absent when the amendment left it unchanged (and on events published before they were added).
 */
public record ContractAmended(
        UUID contractId,
        String contractNumber,
        String permitNumber,
        String employerBin,
        String employerIin,
        String region,
        List<String> changedFields,
        boolean late,
        long registrySequence,
        Instant amendedAt,
        BigDecimal salary,
        String currency) implements EventPayload {

    /** The event as it was before the salary after the amendment was added: it is absent. */
    public ContractAmended(UUID contractId, String contractNumber, String permitNumber, String employerBin,
            String employerIin, String region, List<String> changedFields, boolean late, long registrySequence,
            Instant amendedAt) {
        this(contractId, contractNumber, permitNumber, employerBin, employerIin, region, changedFields, late,
                registrySequence, amendedAt, null, null);
    }

    /** The same event once its registry entry is chained: the sequence is known only then (RegistrySequencer). */
    public ContractAmended withRegistrySequence(long sequence) {
        return new ContractAmended(contractId, contractNumber, permitNumber, employerBin, employerIin, region,
                changedFields, late, sequence, amendedAt, salary, currency);
    }
}
