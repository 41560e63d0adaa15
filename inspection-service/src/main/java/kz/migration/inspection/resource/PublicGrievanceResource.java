package kz.migration.inspection.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

import kz.migration.common.audit.AuditTrail;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.Problem;
import kz.migration.common.web.PublicRateLimiter;
import kz.migration.common.web.RequestContext;
import kz.migration.inspection.api.CaseFollowRequest;
import kz.migration.inspection.api.CaseProgress;
import kz.migration.inspection.api.GrievanceReceipt;
import kz.migration.inspection.api.GrievanceRequest;
import kz.migration.inspection.service.GrievanceService;

/**
 * The worker's grievance without an account: filed with a contract or permit number and the passport number, and
 * followed with the case number and token. Rate-limited per client address like the other public checks.
 */
@Path("/api/v1/public/grievances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public grievances", description = "For workers: report what went wrong at work, and follow the case")
public class PublicGrievanceResource {

    /** Who acts in the audit trail when no one is signed in. */
    static final String WORKER = "worker-without-account";

    @Inject
    GrievanceService grievances;

    @Inject
    PublicRateLimiter limiter;

    @Inject
    RequestContext requestContext;

    @POST
    @PermitAll
    @Operation(operationId = "fileGrievance", summary = "File a grievance without an account", description = """
            Public (no token). The worker gives the contract number or the permit number (a worker given no contract
            gives the permit) with their passport number: both must match what the registry holds, and any mismatch
            answers the same 404 as an unknown number. Kinds: PASSPORT_WITHHELD, WAGES_UNPAID_OR_LATE,
            TERMS_DIFFER_FROM_CONTRACT, NO_CONTRACT_GIVEN, EXCESSIVE_HOURS, THREAT_OR_FORCED_LABOUR (urgent: decided
            within 1 working day, the others within 10), RECRUITMENT_FEE_CHARGED, OTHER. The answer is the case number
            and a secret case token, nothing else: keep both to follow the case. The employer learns of the case only
            when an inspection opens, and is told which worker's contract it concerns only if discloseToEmployer is
            true. A wages or passport case places a termination hold at once: the employer cannot terminate the
            worker's permit on return while the case is open (TerminationHoldPlaced). The Idempotency-Key is required:
            a retry with the same key and body answers the same case number and token. Rate limited per client
            address (`registry.public-rate-limit.requests-per-minute`, default 30): over it, 429 with Retry-After.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = GrievanceRequest.class), examples = @ExampleObject(name = "passportWithheld", value = GrievanceRequest.EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = GrievanceReceipt.class), examples = @ExampleObject(name = "received", value = GrievanceReceipt.EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No contract or permit with this number and passport", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "notIdentified", value = ApiExamples.NOT_IDENTIFIED)))
    @APIResponse(responseCode = "428", description = "No Idempotency-Key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client address; Retry-After says when to try again", headers = @Header(name = "Retry-After", description = "Seconds until the next request is accepted", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limited", value = ApiExamples.TOO_MANY)))
    @APIResponse(responseCode = "503", description = "The holiday calendar does not cover the deadline's year", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "referenceDataMissing", value = ApiExamples.REFERENCE_DATA_MISSING)))
    public Response file(@NotNull @Valid GrievanceRequest request,
            @Parameter(description = "Required; the same on every retry", example = "grievance-7f3a9c") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Context HttpServerRequest http) {
        limiter.acquire(http);
        RequestContext.Ids ids = requestContext.current();
        IdempotencyKeys.Outcome<GrievanceReceipt> outcome = AuditTrail.actingAsSystem(WORKER, ids.correlationId(),
                ids.clientId(), () -> grievances.fileAsWorker(request, idempotencyKey));
        return Response.status(Response.Status.CREATED).header("Idempotency-Replayed", outcome.replayed())
                .entity(outcome.result()).build();
    }

    @POST
    @Path("/lookup")
    @PermitAll
    @Operation(operationId = "followGrievance", summary = "Follow a case with its number and token", description = """
            Public (no token). The case number and case token (sent in the body, not the URL, so they stay out of
            access logs) answer the case's progress in codes a client translates: status, deadline, whether an
            inspection has opened, the outcome and its legal ground, and whether a termination hold is in force. A
            wrong token answers the same 404 as an unknown case. Every read is in the audit trail. Rate limited per
            client address like the other public operations (429 with Retry-After).""")
    @APIResponse(responseCode = "200", description = "The case's progress", content = @Content(schema = @Schema(implementation = CaseProgress.class), examples = @ExampleObject(name = "decided", value = CaseProgress.EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No case with this number and token", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "notFound", value = ApiExamples.CASE_NOT_FOUND)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client address; Retry-After says when to try again", headers = @Header(name = "Retry-After", description = "Seconds until the next request is accepted", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limited", value = ApiExamples.TOO_MANY)))
    public CaseProgress follow(@NotNull @Valid CaseFollowRequest request, @Context HttpServerRequest http) {
        limiter.acquire(http);
        RequestContext.Ids ids = requestContext.current();
        return AuditTrail.actingAsSystem("case-token-holder", ids.correlationId(), ids.clientId(),
                () -> grievances.follow(request));
    }
}
