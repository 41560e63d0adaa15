package kz.migration.quota.resource;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.Problem;
import kz.migration.common.security.Roles;
import kz.migration.quota.api.ChangeView;
import kz.migration.quota.api.QuotaPlanRequest;
import kz.migration.quota.api.QuotaPlanRevision;
import kz.migration.quota.api.QuotaPlanView;
import kz.migration.quota.api.ReallocationRequest;
import kz.migration.quota.domain.QuotaPlan;
import kz.migration.quota.service.AllocationService;
import kz.migration.quota.service.QuotaPlanService;
import kz.migration.quota.service.QuotaQueryService;

/** The ministry's quota decisions: a year's plan and its revisions, reallocations, and the record of each. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quota decisions", description = "Plans and reallocations by the ministry, each with a reason and an audit record")
public class QuotaChangeResource {

    static final String CHANGE_EXAMPLE = """
            {"changeId":"3f2b8c1e-8f7a-4c55-9d2e-6b1a0c9e4d21","kind":"REALLOCATION","year":2026,
             "reason":"Construction season in Atyrau","actor":"ministry-analyst-7","actorRole":"ministry",
             "createdAt":"2026-04-01T05:00:00Z","planVersion":4,"movements":[
              {"id":901,"year":2026,"region":"750000000","category":"CATEGORY_4","movement":"REALLOCATION",
               "allocatedDelta":-50,"reservedDelta":0,"usedDelta":0,"changeId":"3f2b8c1e-...","occurredAt":"2026-04-01T05:00:00Z"},
              {"id":902,"year":2026,"region":"230000000","category":"CATEGORY_4","movement":"REALLOCATION",
               "allocatedDelta":50,"reservedDelta":0,"usedDelta":0,"changeId":"3f2b8c1e-...","occurredAt":"2026-04-01T05:00:00Z"}]}""";

    static final String PLAN_CHANGE_EXAMPLE = """
            {"changeId":"8d0c6f2a-51b7-4e0b-9a3e-2f6d1c7b9e44","kind":"PLAN","year":2026,
             "reason":"Order No. 131 of 2026-05-04: 50 more specialists for Almaty","actor":"ministry-analyst-7",
             "actorRole":"ministry","createdAt":"2026-05-04T05:00:00Z","planVersion":4,"movements":[
              {"id":1204,"year":2026,"region":"750000000","category":"CATEGORY_3","movement":"ALLOCATION",
               "allocatedDelta":50,"reservedDelta":0,"usedDelta":0,"changeId":"8d0c6f2a-51b7-4e0b-9a3e-2f6d1c7b9e44",
               "occurredAt":"2026-05-04T05:00:00Z"}]}""";

    static final String STALE_PLAN_EXAMPLE = """
            {"type":"https://registry.migration.gov.kz/problems/stale-version",
             "title":"The resource was changed by someone else","status":412,
             "detail":"The quota plan of 2026 is at \"2026.4\", not \"2026.3\": another decision changed it; read it again"}""";

    static final String BELOW_COMMITTED_EXAMPLE = """
            {"type":"https://registry.migration.gov.kz/problems/allocation-below-committed",
             "title":"Allocation below reserved and used units","status":422,
             "detail":"An allocation cannot go below what is reserved and used: 750000000 CATEGORY_3 has 313 committed units",
             "refused":[{"year":2026,"region":"750000000","regionName":"Almaty","category":"CATEGORY_3","allocated":420,
               "reserved":12,"used":301,"free":107,"utilisationPercent":74}]}""";

    static final String PLAN_EXAMPLE = """
            {"year":2026,"version":3,"categories":[{"category":"CATEGORY_3","national":1500,"regions":[
              {"region":"710000000","regionName":"Astana","allocated":500,"reserved":4,"used":120,"free":376},
              {"region":"750000000","regionName":"Almaty","allocated":1000,"reserved":12,"used":301,"free":687}]}]}""";

    static final String KEY_REQUIRED_EXAMPLE = """
            {"type":"https://registry.migration.gov.kz/problems/idempotency-key-required",
             "title":"Idempotency-Key header required","status":428,
             "detail":"This request changes the registry in a way a blind retry would repeat; send an Idempotency-Key header (1-128 characters of A-Z a-z 0-9 . _ : -), the same one on every retry"}""";

    static final String IF_MATCH_REQUIRED_EXAMPLE = """
            {"type":"https://registry.migration.gov.kz/problems/precondition-required",
             "title":"If-Match header required","status":428,
             "detail":"The quota plan of 2026 exists: send If-Match with the ETag you read (now \\"2026.3\\"), so that no decision made since is overwritten"}""";

    static final String IDEMPOTENCY_KEY = "The same key on every retry of one decision (1-128 of A-Z a-z 0-9 . _ : -); "
            + "required: without it 428 idempotency-key-required and nothing changes. A retry with the same key and "
            + "body answers the first result; the same key with another body is 409 idempotency-key-reused.";

    static final String PLAN_IF_MATCH = "The ETag of the year's plan as read (GET /api/v1/quota-plans/{year}, or the "
            + "ETag of the last decision's answer), e.g. \"2026.3\". Needed once the year has a plan: 428 "
            + "precondition-required without it, 412 stale-version when another decision changed the plan since.";

    @Inject
    QuotaPlanService plans;

    @Inject
    AllocationService allocations;

    @Inject
    QuotaQueryService queries;

    @POST
    @Path("/quota-plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "setQuotaPlan", summary = "Set a year's national quota and its distribution", description = """
            For each category named: the national figure and every region's share; shares must sum to the
            national figure (400 otherwise), and regions not listed get zero. Categories not named keep their
            distribution. All or nothing: if any allocation would fall below what is already reserved plus used,
            nothing changes (422 allocation-below-committed, listing every refused balance). ICT is outside the
            quota (400). Requires an Idempotency-Key. The first plan of a year needs no If-Match; once the year has
            a plan, If-Match must carry its ETag (428 without, 412 when stale). The answer's ETag is the plan's new
            version. To change some regions only, use PATCH /api/v1/quota-plans/{year}. Role: ministry.""")
    @APIResponse(responseCode = "201", description = "The decision with its ledger rows", content = @Content(schema = @Schema(implementation = ChangeView.class), examples = @ExampleObject(name = "plan", value = PLAN_CHANGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid plan (bad sums, duplicate regions, ICT)", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "badSum", value = """
            {"type":"https://registry.migration.gov.kz/problems/validation","title":"Invalid request","status":400,
             "detail":"1 field is invalid","violations":[{"field":"categories[0].regions",
             "message":"regional shares sum to 90, not the national 100"}]}""")))
    @APIResponse(responseCode = "412", description = "If-Match is not the plan's current ETag, or the year has no plan yet", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale-version", value = STALE_PLAN_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "An allocation would fall below reserved plus used", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "allocation-below-committed", value = BELOW_COMMITTED_EXAMPLE)))
    @APIResponse(responseCode = "428", description = "No Idempotency-Key, or no If-Match once the year has a plan", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {
            @ExampleObject(name = "idempotency-key-required", value = KEY_REQUIRED_EXAMPLE),
            @ExampleObject(name = "precondition-required", value = IF_MATCH_REQUIRED_EXAMPLE)}))
    public Response setPlan(
            @Parameter(required = true, description = IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Parameter(description = PLAN_IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid QuotaPlanRequest plan) {
        ChangeView change = plans.setPlan(plan, idempotencyKey, ifMatch).result();
        return decided(Response.created(URI.create("/api/v1/quota-changes/" + change.changeId())), change);
    }

    @GET
    @Path("/quota-plans/{year}")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getQuotaPlan", summary = "Read a year's plan", description = """
            Each category's national figure (the sum of its regions' shares) and each region's share with what is
            reserved and used of it. The ETag is the plan's version: send it as If-Match with the next plan or
            revision. Every ministry decision on the year (plan, revision, reallocation, adjustment) changes it;
            reservations do not. Roles: ministry, auditor.""")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = QuotaPlanView.class), examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "The year has no plan")
    public Response plan(@PathParam("year") @Min(2000) @Max(2999) int year) {
        QuotaPlanView plan = plans.plan(year);
        return Response.ok(plan).tag(new EntityTag(QuotaPlan.etag(plan.year(), plan.version()))).build();
    }

    @PATCH
    @Path("/quota-plans/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "reviseQuotaPlan", summary = "Change some regions of a year's plan", description = """
            The regions listed get their new share; every other region keeps its own, so one region can change
            without restating the others. Each category's regions must then sum to its national figure: the new
            one given in `national`, or the current one when `national` is left out (400 otherwise, saying by how
            much). So raising one region either states the higher national figure or lowers another region by
            the same units. No allocation may fall below what is reserved plus used (422
            allocation-below-committed). Requires an Idempotency-Key and If-Match with the plan's ETag (428
            without either, 412 when stale); the answer's ETag is the plan's new version. Role: ministry.""")
    @APIResponse(responseCode = "200", description = "The decision with its ledger rows", content = @Content(schema = @Schema(implementation = ChangeView.class), examples = @ExampleObject(name = "revision", value = PLAN_CHANGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid revision (sums, duplicate regions, ICT)", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unbalanced", value = """
            {"type":"https://registry.migration.gov.kz/problems/validation","title":"Invalid request","status":400,
             "detail":"1 field is invalid","violations":[{"field":"categories[0].regions",
             "message":"with the regions not listed kept, the regions of CATEGORY_3 sum to 1550, not the national 1500: state the new national figure, or change another region by the difference"}]}""")))
    @APIResponse(responseCode = "404", description = "The year has no plan")
    @APIResponse(responseCode = "412", description = "If-Match is not the plan's current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale-version", value = STALE_PLAN_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "An allocation would fall below reserved plus used", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "allocation-below-committed", value = BELOW_COMMITTED_EXAMPLE)))
    @APIResponse(responseCode = "428", description = "No Idempotency-Key or no If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {
            @ExampleObject(name = "idempotency-key-required", value = KEY_REQUIRED_EXAMPLE),
            @ExampleObject(name = "precondition-required", value = IF_MATCH_REQUIRED_EXAMPLE)}))
    public Response revisePlan(@PathParam("year") @Min(2000) @Max(2999) int year,
            @Parameter(required = true, description = IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Parameter(required = true, description = PLAN_IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid QuotaPlanRevision revision) {
        return decided(Response.ok(), plans.revise(year, revision, idempotencyKey, ifMatch).result());
    }

    @POST
    @Path("/quota-reallocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "reallocateQuota", summary = "Move free units between regions", description = """
            Moves units of one year and category from one region to another; the national figure stays. Only
            free units (allocated minus reserved minus used) can move: more is a 422 insufficient-free-quota.
            Safe against concurrent reservations: the move is a conditional update. Requires an Idempotency-Key
            (428 without): a retry without one would move the units twice. The year's plan gets a new version.
            Role: ministry.""")
    @APIResponse(responseCode = "201", description = "The decision with its two ledger rows", content = @Content(schema = @Schema(implementation = ChangeView.class), examples = @ExampleObject(name = "reallocation", value = CHANGE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "The source region has no allocation")
    @APIResponse(responseCode = "422", description = "Not enough free units", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "insufficient", value = """
            {"type":"https://registry.migration.gov.kz/problems/insufficient-free-quota",
             "title":"Not enough free quota units","status":422,
             "detail":"750000000 has 3 free units of CATEGORY_4 in 2026, fewer than the 50 to move",
             "free":3,"requested":50}""")))
    @APIResponse(responseCode = "428", description = "No Idempotency-Key", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "idempotency-key-required", value = KEY_REQUIRED_EXAMPLE)))
    public Response reallocate(
            @Parameter(required = true, description = IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid ReallocationRequest request) {
        ChangeView change = allocations.reallocate(request, idempotencyKey).result();
        return Response.created(URI.create("/api/v1/quota-changes/" + change.changeId())).entity(change).build();
    }

    @GET
    @Path("/quota-changes/{changeId}")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getQuotaChange", summary = "Read one ministry decision", description = """
            A plan, revision, reallocation or adjustment: who made it, when, why, the ledger rows it wrote and the
            version of the year's plan it produced. Roles: ministry, auditor.""")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(schema = @Schema(implementation = ChangeView.class), examples = @ExampleObject(name = "change", value = CHANGE_EXAMPLE)))
    public ChangeView change(@PathParam("changeId") UUID changeId) {
        return queries.change(changeId);
    }

    /** The decision, with the plan's ETag after it (none for a replayed decision made before plans had versions). */
    private static Response decided(Response.ResponseBuilder response, ChangeView change) {
        if (change.planVersion() != null) {
            response.tag(new EntityTag(QuotaPlan.etag(change.year(), change.planVersion())));
        }
        return response.entity(change).build();
    }
}
