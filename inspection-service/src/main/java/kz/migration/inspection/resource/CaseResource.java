package kz.migration.inspection.resource;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.identifier.Kato;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.inspection.api.CaseSummary;
import kz.migration.inspection.api.CaseView;
import kz.migration.inspection.api.FindingRequest;
import kz.migration.inspection.api.LiftHoldRequest;
import kz.migration.inspection.domain.CaseStatus;
import kz.migration.inspection.domain.GrievanceKind;
import kz.migration.inspection.service.CaseQueries;
import kz.migration.inspection.service.CaseWorkService;

/**
 * The labour inspectorate's cases. Grievances are visible only to the inspectors of the case's region, the advocate
 * who filed it and auditors; every read is in the audit trail.
 */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "The inspector's queue, inspections, findings and termination holds")
public class CaseResource {

    static final String STATUSES = "RECEIVED|UNDER_INSPECTION|VIOLATION_CONFIRMED|NOT_CONFIRMED|REFERRED_TO_POLICE";
    static final String KINDS = "PASSPORT_WITHHELD|WAGES_UNPAID_OR_LATE|TERMS_DIFFER_FROM_CONTRACT|NO_CONTRACT_GIVEN"
            + "|EXCESSIVE_HOURS|THREAT_OR_FORCED_LABOUR|RECRUITMENT_FEE_CHARGED|OTHER";

    @Inject
    CaseQueries queries;

    @Inject
    CaseWorkService work;

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.ADVOCATE, Roles.AUDITOR})
    @Operation(operationId = "listCases", summary = "The queue of cases", description = """
            Roles: inspector (always only the token's region, whatever region says), advocate (always only the cases
            it filed), auditor (any region). Ordered by urgency and age: urgent cases (threat or forced labour) first,
            then the oldest. Filters status and kind; overdue marks an open case past its due day. No grievance text:
            read a case with getCase. Every read is in the audit trail.""")
    @APIResponse(responseCode = "200", description = "One page of cases")
    public Page<CaseSummary> list(
            @Parameter(description = "Auditors only: one region", example = "750000000") @QueryParam("region") @Kato String region,
            @Parameter(description = "RECEIVED, UNDER_INSPECTION, VIOLATION_CONFIRMED, NOT_CONFIRMED or REFERRED_TO_POLICE", example = "RECEIVED") @QueryParam("status") @Pattern(regexp = STATUSES, message = "must be a case status such as RECEIVED") String status,
            @Parameter(description = "A grievance kind", example = "PASSPORT_WITHHELD") @QueryParam("kind") @Pattern(regexp = KINDS, message = "must be a grievance kind such as PASSPORT_WITHHELD") String kind,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return queries.list(region, status == null ? null : CaseStatus.valueOf(status),
                kind == null ? null : GrievanceKind.valueOf(kind), cursor, limit);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.INSPECTOR, Roles.AUDITOR})
    @Operation(operationId = "listOverdueCases", summary = "Open cases past their deadline", description = """
            Roles: inspector (the token's region), auditor (any region). Open cases (RECEIVED or UNDER_INSPECTION)
            whose due day, 10 working days after receipt (1 for urgent cases, Kazakhstan's working-day calendar), has
            passed; in queue order.""")
    @APIResponse(responseCode = "200", description = "One page of overdue cases")
    public Page<CaseSummary> overdue(
            @Parameter(description = "Auditors only: one region", example = "750000000") @QueryParam("region") @Kato String region,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return queries.overdue(region, cursor, limit);
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.INSPECTOR, Roles.ADVOCATE, Roles.AUDITOR})
    @Operation(operationId = "getCase", summary = "Read a case", description = """
            Roles: inspector (cases of the token's region), advocate (cases it filed), auditor. Any other case is 404,
            as for no case; employers never read grievances (they see their inspections, listInspections). The
            grievance as filed, the wages evidence, the deadline and the termination hold. Every read is in the audit
            trail.""")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseView.class), examples = @ExampleObject(name = "case", value = CaseView.EXAMPLE)))
    public CaseView get(@PathParam("caseId") UUID caseId) {
        return queries.get(caseId);
    }

    @POST
    @Path("/{caseId}/inspection")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(operationId = "openInspection", summary = "Open the inspection of a case", description = """
            Role: inspector (cases of the token's region). RECEIVED becomes UNDER_INSPECTION; from now on the employer
            sees the case among its inspections (never who filed, and the worker's contract only where the filer
            agreed). The same inspector repeating the call changes nothing.""")
    @APIResponse(responseCode = "200", description = "Under inspection", content = @Content(schema = @Schema(implementation = CaseView.class), examples = @ExampleObject(name = "case", value = CaseView.EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not RECEIVED", content = @Content(examples = @ExampleObject(name = "decided", value = ApiExamples.STATE_CONFLICT)))
    public CaseView openInspection(@PathParam("caseId") UUID caseId) {
        return work.openInspection(caseId);
    }

    @POST
    @Path("/{caseId}/finding")
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(operationId = "recordFinding", summary = "Record the finding that closes a case", description = """
            Role: inspector (cases of the token's region). VIOLATION_CONFIRMED (from UNDER_INSPECTION) names a legal
            ground of the case's kind from the fixed list; the violation goes on the compliance register against the
            employer (and, for a recruitment fee, the agency) and EmployerViolationRecorded is published, serious for
            a withheld passport, forced labour, or wages unpaid for 2 months or more (unpaidMonths, or the months the
            wage monitor found missing). NOT_CONFIRMED names no ground. REFERRED_TO_POLICE (also straight from
            RECEIVED) names a criminal ground. A confirmed or not-confirmed case lifts its termination hold; a
            referral keeps it until the inspector lifts it. Every problem of the finding is listed in findings. The
            same finding repeated changes nothing.""")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = CaseView.class), examples = @ExampleObject(name = "case", value = CaseView.EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The case cannot take this outcome in its status", content = @Content(examples = @ExampleObject(name = "decided", value = ApiExamples.STATE_CONFLICT)))
    @APIResponse(responseCode = "422", description = "The legal ground does not fit the outcome or the kind", content = @Content(examples = @ExampleObject(name = "groundMismatch", value = ApiExamples.FINDING_REFUSED)))
    public CaseView recordFinding(@PathParam("caseId") UUID caseId, @NotNull @Valid FindingRequest request) {
        return work.decide(caseId, request);
    }

    @POST
    @Path("/{caseId}/termination-hold/lift")
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(operationId = "liftTerminationHold", summary = "Lift a case's termination hold", description = """
            Role: inspector (cases of the token's region). Ends the hold on terminating the worker's permit on return
            before the case is decided (for instance the wages were paid and the worker wants to go home); publishes
            TerminationHoldLifted. The same note repeated changes nothing.""")
    @APIResponse(responseCode = "200", description = "Lifted", content = @Content(schema = @Schema(implementation = CaseView.class), examples = @ExampleObject(name = "case", value = CaseView.EXAMPLE)))
    @APIResponse(responseCode = "422", description = "No hold in force", content = @Content(examples = @ExampleObject(name = "noHold", value = ApiExamples.NO_HOLD)))
    public CaseView liftHold(@PathParam("caseId") UUID caseId, @NotNull @Valid LiftHoldRequest request) {
        return work.liftHold(caseId, request);
    }
}
