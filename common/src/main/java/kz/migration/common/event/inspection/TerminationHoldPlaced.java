package kz.migration.common.event.inspection;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/**
 * While a wages or withheld-passport case about the employer is open, the worker's permit and contract may not be
 * terminated "on return" at the employer's request: protection from retaliation. {@code permitNumber} or
 * {@code contractNumber} may be absent when the worker has none (an EAEU citizen holds no permit). Lasts until
 * {@link TerminationHoldLifted} with the same {@code holdId}.
 */
public record TerminationHoldPlaced(
        UUID holdId,
        String caseNumber,
        String employerBin,
        String employerIin,
        String workerDocumentNumber,
        String permitNumber,
        String contractNumber,
        Instant placedAt) implements EventPayload {
}
