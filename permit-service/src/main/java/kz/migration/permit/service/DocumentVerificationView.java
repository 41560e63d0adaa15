package kz.migration.permit.service;

import java.time.Instant;
import java.util.UUID;

import kz.migration.permit.domain.DocumentVerificationStatus;

/** An MFA document check as the MFA sees it: the document, not the worker's personal data beyond it. */
public record DocumentVerificationView(UUID id, UUID applicationId, String educationDocumentId,
        String educationCountry, String legalisationReference, DocumentVerificationStatus status, String reason,
        Instant requestedAt, Instant answeredAt) {
}
