package kz.migration.common.event.vacancy;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A referred citizen was hired; the open positions went down by one. */
public record CandidateHired(
        UUID vacancyId,
        UUID referralId,
        String employerBin,
        String region,
        int openPositions,
        Instant hiredAt) implements EventPayload {
}
