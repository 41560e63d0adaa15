package kz.migration.permit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.permit.domain.PermitRefusalGround;
import kz.migration.permit.domain.RenewalStatus;

/** A renewal request and, once decided, its outcome. */
@Schema(example = """
        {"id": "3f2a9c1e-5d4b-4a6f-8e7d-1c2b3a4f5e6d", "permitNumber": "WP-2026-000042", "status": "SUBMITTED",
         "submittedAt": "2027-10-24T05:00:00Z", "decisionDeadline": "2027-10-28", "newValidFrom": "2027-12-24",
         "newValidTo": "2028-12-22", "refusalGrounds": []}""")
public record RenewalView(UUID id, String permitNumber, RenewalStatus status, Instant submittedAt,
        LocalDate decisionDeadline, LocalDate newValidFrom, LocalDate newValidTo,
        List<PermitRefusalGround> refusalGrounds, Instant decidedAt) {
}
