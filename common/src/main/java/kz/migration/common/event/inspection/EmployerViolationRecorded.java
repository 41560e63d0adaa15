package kz.migration.common.event.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/**
 * A labour inspector confirmed a violation and the compliance register recorded it against the employer (a company's
 * {@code employerBin} or a private individual's {@code employerIin}) and, for a recruitment fee charged to the worker,
 * against the recruiting agency too ({@code recruitmentAgencyBin}). {@code kind} is the grievance kind (such as
 * PASSPORT_WITHHELD); {@code serious} says whether it is of a kind that bars the employer's next permit applications
 * for the configured period; {@code legalGround} is the article the finding rests on. Never names the worker.
 */
public record EmployerViolationRecorded(
        UUID violationId,
        String caseNumber,
        String employerBin,
        String employerIin,
        String recruitmentAgencyBin,
        String kind,
        boolean serious,
        String region,
        String legalGround,
        LocalDate confirmedOn,
        Instant recordedAt) implements EventPayload {
}
