package kz.migration.common.event.permit;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** The MFA is asked to confirm the apostille or legalisation of the worker's education document. */
public record DocumentVerificationRequested(
        UUID requestId,
        UUID applicationId,
        String documentId,
        String documentCountry,
        String legalisationReference,
        Instant requestedAt) implements EventPayload {
}
