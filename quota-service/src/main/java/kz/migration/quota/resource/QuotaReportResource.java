package kz.migration.quota.resource;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.identifier.Kato;
import kz.migration.common.security.Roles;
import kz.migration.quota.api.CitizenshipStatistics;
import kz.migration.quota.api.LedgerVerification;
import kz.migration.quota.api.PublicQuotaSummary;
import kz.migration.quota.api.ReservationView;
import kz.migration.quota.api.UtilisationView;
import kz.migration.quota.service.QuotaQueryService;

/** Utilisation over time, the ledger check, saga reservations and the public aggregate view. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quota reports", description = "Utilisation, citizenship statistics, ledger verification, reservations and public figures")
public class QuotaReportResource {

    @Inject
    QuotaQueryService queries;

    @GET
    @Path("/quota-utilisation")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR, Roles.OFFICER})
    @Operation(operationId = "getQuotaUtilisation", summary = "Daily utilisation series", description = """
            End-of-day allocated, reserved and used units of a year (optionally one region and/or category),
            derived from the ledger, for each day from `from` (default 1 January) to `to` (default today or 31
            December), at most 366 days. Roles: ministry, auditor, officer (own region only).""")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(schema = @Schema(implementation = UtilisationView.class), examples = @ExampleObject(name = "series", value = """
            {"year":2026,"region":"750000000","category":"CATEGORY_3","days":[
             {"date":"2026-01-14","allocated":420,"reserved":0,"used":0},
             {"date":"2026-01-15","allocated":420,"reserved":3,"used":1}]}""")))
    @APIResponse(responseCode = "404", description = "Another region (officer)")
    public UtilisationView utilisation(@QueryParam("year") @NotNull @Min(2000) @Max(2999) Integer year,
            @QueryParam("region") @Kato String region, @QueryParam("category") PermitCategory category,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return queries.utilisation(year, region, category, from, to);
    }

    @GET
    @Path("/quota-statistics/citizenships")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR, Roles.OFFICER})
    @Operation(operationId = "getQuotaCitizenshipStatistics", summary = "Quota use by citizenship", description = """
            Units currently reserved and units used in a year (optionally one region and/or category) by the
            citizenship the approvals carried; counts only. Roles: ministry, auditor, officer (own region only).""")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = CitizenshipStatistics.class), examples = @ExampleObject(name = "counts", value = """
            {"year":2026,"category":"CATEGORY_3","citizenships":[{"citizenship":"CHN","reserved":12,"used":410},
             {"citizenship":"TUR","reserved":3,"used":220}]}""")))
    @APIResponse(responseCode = "404", description = "Another region (officer)")
    public CitizenshipStatistics citizenships(@QueryParam("year") @NotNull @Min(2000) @Max(2999) Integer year,
            @QueryParam("region") @Kato String region, @QueryParam("category") PermitCategory category) {
        return queries.citizenships(year, region, category);
    }

    @GET
    @Path("/quota-ledger/verification")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "verifyQuotaLedger", summary = "Check balances against the ledger", description = """
            Recomputes every balance (of one year, or all) from its ledger rows and lists any that differ. A
            consistent registry answers consistent=true with no mismatches. Roles: ministry, auditor.""")
    @APIResponse(responseCode = "200", description = "The result", content = @Content(schema = @Schema(implementation = LedgerVerification.class), examples = @ExampleObject(name = "consistent", value = """
            {"year":2026,"balancesChecked":120,"ledgerRows":48213,"consistent":true,"mismatches":[],
             "checkedAt":"2026-11-23T10:00:00Z"}""")))
    public LedgerVerification verify(@QueryParam("year") @Min(2000) @Max(2999) Integer year) {
        return queries.verify(year);
    }

    @GET
    @Path("/quota-reservations/{reservationId}")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR, Roles.OFFICER})
    @Operation(operationId = "getQuotaReservation", summary = "Read one saga reservation", description = """
            The state of the reservation made for an approval (RESERVED, CONSUMED, RELEASED or REJECTED with its
            reason). Roles: ministry, auditor, officer (own region; another region answers 404).""")
    @APIResponse(responseCode = "200", description = "The reservation", content = @Content(schema = @Schema(implementation = ReservationView.class), examples = @ExampleObject(name = "reservation", value = """
            {"reservationId":"0b6f3a52-1c1e-4d4f-9f55-2b9f1d0e7c11","applicationId":"5d0e...","year":2026,
             "region":"750000000","category":"CATEGORY_3","status":"RESERVED",
             "createdAt":"2026-03-02T09:15:00Z","updatedAt":"2026-03-02T09:15:00Z"}""")))
    public ReservationView reservation(@PathParam("reservationId") UUID reservationId) {
        return queries.reservation(reservationId);
    }

    @GET
    @Path("/public/quotas/{year}")
    @PermitAll
    @Operation(operationId = "getPublicQuotaSummary", summary = "Public quota figures of a year", description = """
            National, per-category and per-region totals of allocated, reserved, used and free units. No personal
            data, no token needed.""")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = PublicQuotaSummary.class), examples = @ExampleObject(name = "summary", value = """
            {"year":2026,"national":{"allocated":18146,"reserved":120,"used":9043,"free":8983},
             "byCategory":[{"category":"CATEGORY_1","totals":{"allocated":726,"reserved":4,"used":310,"free":412}}],
             "byRegion":[{"region":"750000000","regionName":"Almaty","totals":{"allocated":4100,"reserved":30,"used":2210,"free":1860}}]}""")))
    @APIResponse(responseCode = "404", description = "No quota set for that year")
    public PublicQuotaSummary publicSummary(@PathParam("year") @Min(2000) @Max(2999) int year) {
        return queries.publicSummary(year);
    }
}
