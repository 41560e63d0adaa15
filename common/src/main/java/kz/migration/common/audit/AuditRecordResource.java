package kz.migration.common.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.common.web.PageCursor;

/** The auditor's view of this service's audit trail; every service serves it from common. */
@Path("/api/v1/audit-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who did what to which record, when, from where, with what outcome")
public class AuditRecordResource {

    private static final String ACTION = "[a-z0-9-]+(\\.[a-z0-9-]+)+";
    private static final String OUTCOMES = "SUCCESS|READ|INVALID|NOT_FOUND|DENIED|REFUSED|FAILED";

    @Inject
    AuditRecordRepository records;

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "listAuditRecords", summary = "Search this service's audit trail", description = """
            Role: auditor. Newest first; every filter is optional and they combine. Successful changes are recorded in
            the transaction of the change; refused, denied and failed attempts are recorded too (outcome REFUSED,
            DENIED, NOT_FOUND, INVALID or FAILED), and reads of personal data by officers, ministries and auditors
            (READ). Event-driven changes have subject system:<consumer>. The trail is append-only: the database
            refuses updates and deletes. Pass nextCursor as cursor for the next page.""")
    @APIResponse(responseCode = "200", description = "One page of audit records")
    public Page<AuditRecord> list(
            @Parameter(description = "Token subject, or system:<consumer>", example = "officer-750000000") @QueryParam("subject") @Size(max = 200) String subject,
            @Parameter(description = "Action name", example = "permit-application.decide") @QueryParam("action") @Size(max = 100) @Pattern(regexp = ACTION, message = "must look like resource-type.verb") String action,
            @Parameter(description = "Id or number of the record acted on", example = "0b6f3c1e-6a2d-4c1f-9d7e-2f1a9b8c7d6e") @QueryParam("resourceId") @Size(max = 200) String resourceId,
            @Parameter(description = "Outcome", example = "REFUSED") @QueryParam("outcome") @Pattern(regexp = OUTCOMES, message = "must be one of "
                    + OUTCOMES) String outcome,
            @Parameter(description = "Correlation id (X-Request-Id) of the request", example = "req-2026-03-02-000123") @QueryParam("correlationId") @Size(max = 64) String correlationId,
            @Parameter(description = "Occurred at or after (ISO-8601 instant)", example = "2026-03-01T00:00:00Z") @QueryParam("from") @Size(max = 40) String from,
            @Parameter(description = "Occurred before (ISO-8601 instant)", example = "2026-04-01T00:00:00Z") @QueryParam("to") @Size(max = 40) String to,
            @Parameter(description = "Page size", example = "50") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor) {
        AuditRecordRepository.Filter filter = new AuditRecordRepository.Filter(subject, action, resourceId,
                outcome == null ? null : AuditOutcome.valueOf(outcome), correlationId, instant("from", from),
                instant("to", to));
        Long beforeId = cursor == null ? null : cursorId(cursor);
        List<AuditRecord> rows = records.search(filter, beforeId, limit + 1);
        return Page.of(rows, limit, row -> new Object[]{row.id()}, row -> row);
    }

    private static Long cursorId(String cursor) {
        try {
            return Long.valueOf(PageCursor.decode(cursor, 1).get(0));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }
}
