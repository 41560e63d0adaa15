package kz.migration.permit.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.permit.domain.DocumentVerificationStatus;

/** An MFA document check as the MFA sees it: the document, not the worker's personal data beyond it. */
@Schema(example = """
        {"id": "9d1c3e5a-7b2f-4c1d-8e6f-0a1b2c3d4e5f", "applicationId": "0b6f8a52-3c1e-4a8e-9a55-2f3e1c9d7a10",
         "educationDocumentId": "DIP-2019-00042", "educationCountry": "RU", "legalisationReference": "APO-77-2024-1183",
         "status": "PENDING", "requestedAt": "2026-12-11T04:00:00Z"}""")
public record DocumentVerificationView(UUID id, UUID applicationId, String educationDocumentId,
        String educationCountry, String legalisationReference, DocumentVerificationStatus status, String reason,
        Instant requestedAt, Instant answeredAt) {
}
