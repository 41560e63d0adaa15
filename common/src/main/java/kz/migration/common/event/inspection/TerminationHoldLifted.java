package kz.migration.common.event.inspection;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/**
 * A termination hold ended: the inspector lifted it ({@code liftedBy} is the inspector) or its case was closed
 * ({@code liftedBy} is {@code system:inspection-service}). {@code reason} is a code: LIFTED_BY_INSPECTOR or
 * CASE_CLOSED.
 */
public record TerminationHoldLifted(
        UUID holdId,
        String caseNumber,
        String liftedBy,
        String reason,
        Instant liftedAt) implements EventPayload {
}
