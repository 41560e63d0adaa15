package kz.migration.quota.resource;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.Problem;
import kz.migration.common.security.Roles;
import kz.migration.quota.api.ChangeView;
import kz.migration.quota.api.QuotaPlanRequest;
import kz.migration.quota.api.ReallocationRequest;
import kz.migration.quota.service.AllocationService;
import kz.migration.quota.service.QuotaQueryService;

/** The ministry's quota decisions: a year's plan, reallocations, and the audit record of each decision. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quota decisions", description = "Plans and reallocations by the ministry, each with a reason and an audit record")
public class QuotaChangeResource {

    static final String CHANGE_EXAMPLE = """
            {"changeId":"3f2b8c1e-8f7a-4c55-9d2e-6b1a0c9e4d21","kind":"REALLOCATION","year":2026,
             "reason":"Construction season in Atyrau","actor":"ministry-analyst-7","actorRole":"ministry",
             "createdAt":"2026-04-01T05:00:00Z","movements":[
              {"id":901,"year":2026,"region":"750000000","category":"CATEGORY_4","movement":"REALLOCATION",
               "allocatedDelta":-50,"reservedDelta":0,"usedDelta":0,"changeId":"3f2b8c1e-...","occurredAt":"2026-04-01T05:00:00Z"},
              {"id":902,"year":2026,"region":"230000000","category":"CATEGORY_4","movement":"REALLOCATION",
               "allocatedDelta":50,"reservedDelta":0,"usedDelta":0,"changeId":"3f2b8c1e-...","occurredAt":"2026-04-01T05:00:00Z"}]}""";

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
            national figure (400 otherwise), and regions not listed get zero. All or nothing: if any allocation
            would fall below what is already reserved plus used, nothing changes (422
            allocation-below-committed). ICT is outside the quota (400). Send an Idempotency-Key to make retries
            safe. Role: ministry.""")
    @APIResponse(responseCode = "201", description = "The decision with its ledger rows", content = @Content(schema = @Schema(implementation = ChangeView.class), examples = @ExampleObject(name = "plan", value = CHANGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid plan (bad sums, duplicate regions, ICT)", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "badSum", value = """
            {"type":"https://registry.migration.gov.kz/problems/validation","title":"Invalid request","status":400,
             "detail":"1 field is invalid","violations":[{"field":"categories[0].regions",
             "message":"regional shares sum to 90, not the national 100"}]}""")))
    @APIResponse(responseCode = "422", description = "An allocation would fall below reserved plus used")
    public Response setPlan(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid QuotaPlanRequest plan) {
        return created(allocations.setPlan(plan, idempotencyKey).result());
    }

    @POST
    @Path("/quota-reallocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "reallocateQuota", summary = "Move free units between regions", description = """
            Moves units of one year and category from one region to another. Only free units (allocated minus
            reserved minus used) can move: more is a 422 insufficient-free-quota. Safe against concurrent
            reservations: the move is a conditional update. Send an Idempotency-Key to make retries safe.
            Role: ministry.""")
    @APIResponse(responseCode = "201", description = "The decision with its two ledger rows", content = @Content(schema = @Schema(implementation = ChangeView.class), examples = @ExampleObject(name = "reallocation", value = CHANGE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "The source region has no allocation")
    @APIResponse(responseCode = "422", description = "Not enough free units", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "insufficient", value = """
            {"type":"https://registry.migration.gov.kz/problems/insufficient-free-quota",
             "title":"Not enough free quota units","status":422,
             "detail":"750000000 has 3 free units of CATEGORY_4 in 2026, fewer than the 50 to move",
             "free":3,"requested":50}""")))
    public Response reallocate(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid ReallocationRequest request) {
        return created(allocations.reallocate(request, idempotencyKey).result());
    }

    @GET
    @Path("/quota-changes/{changeId}")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getQuotaChange", summary = "Read one ministry decision", description = """
            A plan, reallocation or adjustment: who made it, when, why, and the ledger rows it wrote. Roles:
            ministry, auditor.""")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(schema = @Schema(implementation = ChangeView.class), examples = @ExampleObject(name = "change", value = CHANGE_EXAMPLE)))
    public ChangeView change(@PathParam("changeId") UUID changeId) {
        return queries.change(changeId);
    }

    private static Response created(ChangeView change) {
        return Response.created(URI.create("/api/v1/quota-changes/" + change.changeId())).entity(change).build();
    }
}
