package kz.migration.common.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the audit trail, as the auditor reads it. */
@Schema(description = "One audited action: who, what, on which record, when, from which client, with what outcome")
public record AuditRecord(
        @Schema(description = "Position in this service's trail; newer entries have larger ids", example = "4711") long id,
        @Schema(description = "When it happened (the service's clock)", example = "2026-03-02T09:15:30Z") Instant occurredAt,
        @Schema(description = "Token subject, or system:<consumer> for event-driven changes", example = "officer-750000000") String subject,
        @Schema(description = "The caller's role (JWT group)", example = "officer") String role,
        @Schema(description = "BIN claim of an employer caller", example = "180240012345") String callerBin,
        @Schema(description = "Region claim (KATO) of an officer caller", example = "750000000") String callerRegion,
        @Schema(description = "Stable action name <resource-type>.<verb>", example = "permit-application.decide") String action,
        @Schema(description = "Kind of record acted on", example = "permit-application") String resourceType,
        @Schema(description = "Id or number of the record acted on; absent for lists and searches", example = "0b6f3c1e-6a2d-4c1f-9d7e-2f1a9b8c7d6e") String resourceId,
        @Schema(description = "How it ended") AuditOutcome outcome,
        @Schema(description = "HTTP status answered, when the action was a request", example = "200") Integer status,
        @Schema(description = "Calling system (X-Client-Id)", example = "akimat-almaty-portal") String clientId,
        @Schema(description = "Correlation id (X-Request-Id)", example = "req-2026-03-02-000123") String correlationId) {

    public static final String EXAMPLE_PAGE = """
            {"items": [{"id": 4711, "occurredAt": "2026-03-02T09:15:30Z", "subject": "officer-750000000",
            "role": "officer", "callerRegion": "750000000", "action": "permit-application.decide",
            "resourceType": "permit-application", "resourceId": "0b6f3c1e-6a2d-4c1f-9d7e-2f1a9b8c7d6e",
            "outcome": "SUCCESS", "status": 200, "clientId": "akimat-almaty-portal",
            "correlationId": "req-2026-03-02-000123"}], "nextCursor": "NDcxMQ"}""";
}
