package kz.migration.common.event.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/**
 * A labour contract with a foreign worker was registered; published once its registry entry is chained. The
 * employer is a company ({@code employerBin}) or a private individual hiring for the household ({@code employerIin}),
 * never both. A citizen of an EAEU member state needs no permit: then {@code permitNumber}, {@code permitKind} and
 * {@code vacancyId} are absent. The worker's passport ({@code workerDocumentNumber}), the employer's name, the monthly
 * {@code salary} with its {@code currency}, the normal {@code weeklyHours} and the recruiting agency's BIN were added
 * for the labour inspectorate (wage matching, the worker's own view); events published before carry none of them.
 */
public record ContractRegistered(
        UUID contractId,
        String contractNumber,
        String permitNumber,
        String permitKind,
        UUID vacancyId,
        String employerBin,
        String employerIin,
        String region,
        String occupationCode,
        String workerCitizenship,
        LocalDate startDate,
        LocalDate endDate,
        boolean late,
        long registrySequence,
        Instant registeredAt,
        String workerDocumentNumber,
        String employerName,
        BigDecimal salary,
        String currency,
        Integer weeklyHours,
        String recruitmentAgencyBin) implements EventPayload {

    /** The event as it was before the fields for the labour inspectorate: those are absent. */
    public ContractRegistered(UUID contractId, String contractNumber, String permitNumber, String permitKind,
            UUID vacancyId, String employerBin, String employerIin, String region, String occupationCode,
            String workerCitizenship, LocalDate startDate, LocalDate endDate, boolean late, long registrySequence,
            Instant registeredAt) {
        this(contractId, contractNumber, permitNumber, permitKind, vacancyId, employerBin, employerIin, region,
                occupationCode, workerCitizenship, startDate, endDate, late, registrySequence, registeredAt, null,
                null, null, null, null, null);
    }

    /** A company's contract on a permit, as the event was before individual employers and EAEU citizens. */
    public ContractRegistered(UUID contractId, String contractNumber, String permitNumber, String permitKind,
            UUID vacancyId, String employerBin, String region, String occupationCode, LocalDate startDate,
            LocalDate endDate, boolean late, long registrySequence, Instant registeredAt) {
        this(contractId, contractNumber, permitNumber, permitKind, vacancyId, employerBin, null, region,
                occupationCode, null, startDate, endDate, late, registrySequence, registeredAt);
    }

    /** The same event once its registry entry is chained: the sequence is known only then (RegistrySequencer). */
    public ContractRegistered withRegistrySequence(long sequence) {
        return new ContractRegistered(contractId, contractNumber, permitNumber, permitKind, vacancyId, employerBin,
                employerIin, region, occupationCode, workerCitizenship, startDate, endDate, late, sequence,
                registeredAt, workerDocumentNumber, employerName, salary, currency, weeklyHours,
                recruitmentAgencyBin);
    }
}
