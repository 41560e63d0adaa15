package kz.migration.common.event.permit;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** The MFA answered a document check: CONFIRMED or REJECTED with a reason. */
public record DocumentVerificationAnswered(
        UUID requestId,
        UUID applicationId,
        String answer,
        String reason,
        Instant answeredAt) implements EventPayload {
}
