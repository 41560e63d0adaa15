package kz.migration.quota.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.identifier.Kato;
import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.quota.api.AllocationAdjustment;
import kz.migration.quota.api.BalanceView;
import kz.migration.quota.api.LedgerEntryView;
import kz.migration.quota.domain.Balance;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.quota.domain.QuotaPlan;
import kz.migration.quota.service.AllocationService;
import kz.migration.quota.service.QuotaQueryService;

/** Quota balances by year, region and category: read, adjust, and the ledger behind each. */
@Path("/api/v1/quotas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quota balances", description = "Allocated, reserved, used and free units by year, region and category")
public class QuotaResource {

    static final String BALANCE_EXAMPLE = """
            {"year":2026,"region":"750000000","regionName":"Almaty","category":"CATEGORY_3","allocated":420,
             "reserved":12,"used":301,"free":107,"utilisationPercent":74}""";

    @Inject
    QuotaQueryService queries;

    @Inject
    AllocationService allocations;

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR, Roles.OFFICER})
    @Operation(operationId = "listQuotaBalances", summary = "List quota balances", description = """
            Balances ordered by year, region and category, filtered by any of them. Roles: ministry, auditor,
            officer (only the officer's own region is listed).""")
    @APIResponse(responseCode = "200", description = "One page of balances")
    public Page<BalanceView> list(@QueryParam("year") @Min(2000) @Max(2999) Integer year,
            @QueryParam("region") @Kato String region, @QueryParam("category") PermitCategory category,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return queries.balances(year, region, category, cursor, limit);
    }

    @GET
    @Path("/{year}/{region}/{category}")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR, Roles.OFFICER})
    @Operation(operationId = "getQuotaBalance", summary = "Read one quota balance", description = """
            The balance of one year, region and category; the ETag is the allocation version to send as If-Match
            when adjusting it. Roles: ministry, auditor, officer (own region; another region answers 404).""")
    @APIResponse(responseCode = "200", description = "The balance", content = @Content(schema = @Schema(implementation = BalanceView.class), examples = @ExampleObject(name = "balance", value = BALANCE_EXAMPLE)))
    public Response get(@PathParam("year") @Min(2000) @Max(2999) int year, @PathParam("region") @Kato String region,
            @PathParam("category") String category) {
        Balance balance = queries.balance(key(year, region, category));
        return Response.ok(BalanceView.of(balance)).tag(etag(balance)).build();
    }

    @PUT
    @Path("/{year}/{region}/{category}/allocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "adjustQuotaAllocation", summary = "Raise or lower one allocation", description = """
            Sets the allocated units of one balance, with a reason; the category's national figure changes by the
            same amount, and the year's plan gets a new version (its ETag). It may not go below reserved plus used
            (422 allocation-below-committed). Requires If-Match with the balance's ETag (428 without, 412 when
            another ministry decision changed it; reservations do not change the ETag). To move units between
            regions and keep the national figure, use a reallocation or a plan revision. Role: ministry.""")
    @APIResponse(responseCode = "200", description = "The new balance", content = @Content(schema = @Schema(implementation = BalanceView.class), examples = @ExampleObject(name = "balance", value = BALANCE_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Below reserved plus used", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "belowCommitted", value = """
            {"type":"https://registry.migration.gov.kz/problems/allocation-below-committed",
             "title":"Allocation below reserved and used units","status":422,
             "detail":"An allocation cannot go below what is reserved and used: 750000000 CATEGORY_3 has 313 committed units"}""")))
    public Response adjust(@PathParam("year") @Min(2000) @Max(2999) int year,
            @PathParam("region") @Kato String region, @PathParam("category") String category,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid AllocationAdjustment adjustment) {
        Balance balance = allocations.adjust(key(year, region, category), adjustment, ifMatch);
        return Response.ok(BalanceView.of(balance)).tag(etag(balance)).build();
    }

    @GET
    @Path("/{year}/{region}/{category}/ledger")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR, Roles.OFFICER})
    @Operation(operationId = "listQuotaLedger", summary = "Ledger of one balance", description = """
            Every movement of the balance in order: allocations and reallocations (with the ministry change id)
            and reservations, consumptions and releases (with the reservation and event id). The balance equals
            the sum of these rows. Roles: ministry, auditor, officer (own region).""")
    @APIResponse(responseCode = "200", description = "One page of ledger rows")
    public Page<LedgerEntryView> ledger(@PathParam("year") @Min(2000) @Max(2999) int year,
            @PathParam("region") @Kato String region, @PathParam("category") String category,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return queries.ledger(key(year, region, category), cursor, limit);
    }

    /** A category that is not a quota category has no balance: 404 like any missing balance. */
    static QuotaKey key(int year, String region, String category) {
        for (PermitCategory candidate : PermitCategory.values()) {
            if (candidate.name().equals(category) && QuotaPlan.isQuotaCategory(candidate)) {
                return new QuotaKey(year, region, candidate);
            }
        }
        throw ProblemException.notFound("Quota", year + "/" + region + "/" + category);
    }

    private static EntityTag etag(Balance balance) {
        return new EntityTag(balance.etag());
    }
}
