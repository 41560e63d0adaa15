package kz.migration.quota.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import kz.migration.quota.api.LabourImmigrantStatistics;
import kz.migration.quota.api.PermitStatistics;
import kz.migration.quota.api.PublicPermitStatistics;
import kz.migration.quota.api.RefusalStatistics;
import kz.migration.quota.service.PermitStatisticsService;

/** Permit statistics: in full for the ministry, with small-cell suppression for everyone. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permit statistics", description = "Issued permits and refusals counted by year, region, category, occupation, citizenship, sex and month; the public variant with small-cell suppression")
public class PermitStatisticsResource {

    @Inject
    PermitStatisticsService statistics;

    @GET
    @Path("/permit-statistics")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getPermitStatistics", summary = "Permits by region, category, occupation, citizenship, sex and month", description = """
            Permits issued for a quota year, counted by region, category, occupation (ISCO-08 major group: the
            occupation code's first digit), the worker's citizenship, sex (FEMALE, MALE, or NOT_STATED when the
            application did not state it) and month of issue; only combinations with permits are listed.
            Optionally one region, category or month. Renewals are not new permits and are not counted here (the
            quota's used units count them). Live, not suppressed: for the ministry and auditors only. Roles:
            ministry, auditor.""")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = PermitStatistics.class), examples = @ExampleObject(name = "counts", value = """
            {"year":2026,"permits":3,"rows":[
             {"region":"750000000","category":"CATEGORY_3","occupationGroup":"2","citizenship":"CHN","sex":"NOT_STATED","month":3,"permits":2},
             {"region":"750000000","category":"CATEGORY_3","occupationGroup":"2","citizenship":"TUR","sex":"FEMALE","month":4,"permits":1}]}""")))
    public PermitStatistics permits(@QueryParam("year") @NotNull @Min(2000) @Max(2999) Integer year,
            @QueryParam("region") @Kato String region, @QueryParam("category") PermitCategory category,
            @QueryParam("month") @Min(1) @Max(12) Integer month) {
        return statistics.permits(year, region, category == null ? null : category.name(), month);
    }

    @GET
    @Path("/permit-statistics/refusals")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getRefusalStatistics", summary = "Refusals by ground", description = """
            Refused applications of a quota year and the refusals by ground; a refusal naming several grounds
            counts under each. Optionally one region or category. Not suppressed. Roles: ministry, auditor.""")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = RefusalStatistics.class), examples = @ExampleObject(name = "refusals", value = """
            {"year":2026,"refusedApplications":41,"byGround":[{"ground":"QUOTA_EXHAUSTED","refusals":22},
             {"ground":"LOCAL_CONTENT_BREACH","refusals":12},{"ground":"NO_LABOUR_MARKET_TEST","refusals":9}]}""")))
    public RefusalStatistics refusals(@QueryParam("year") @NotNull @Min(2000) @Max(2999) Integer year,
            @QueryParam("region") @Kato String region, @QueryParam("category") PermitCategory category) {
        return statistics.refusals(year, region, category == null ? null : category.name());
    }

    @GET
    @Path("/permit-statistics/labour-immigrants")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getLabourImmigrantStatistics", summary = "Labour-immigrant permits by citizenship", description = """
            Labour-immigrant permits (household work) issued for a quota year by the worker's citizenship, most
            first; optionally one region. Not suppressed. Roles: ministry, auditor.""")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = LabourImmigrantStatistics.class), examples = @ExampleObject(name = "labourImmigrants", value = """
            {"year":2026,"permits":1310,"byCitizenship":[{"citizenship":"UZB","permits":910},{"citizenship":"TJK","permits":400}]}""")))
    public LabourImmigrantStatistics labourImmigrants(
            @QueryParam("year") @NotNull @Min(2000) @Max(2999) Integer year,
            @QueryParam("region") @Kato String region) {
        return statistics.labourImmigrants(year, region);
    }

    @GET
    @Path("/public/permit-statistics")
    @PermitAll
    @Operation(operationId = "getPublicPermitStatistics", summary = "Public permit statistics with small-cell suppression", description = """
            The permits of a quota year as of the end of the last full month, in three linked tables (category x
            citizenship, citizenship x sex, sex x occupation group: each table's columns are the next one's rows)
            and refusals by ground. Any figure under 5, zero included, is "<5"; figures that would let a "<5" be
            worked out from the totals, across the three tables at once, are "x". Citizenships with fewer than 5
            permits, and beyond the top 15, are pooled as OTHER. The labour-immigrant permits by citizenship are the
            LABOUR_IMMIGRANT row of the first table. Refusals by ground carry no total (a refusal may name several
            grounds). Method and definitions: docs/statistics.md. No token needed.""")
    @APIResponse(responseCode = "200", description = "The tables", content = @Content(schema = @Schema(implementation = PublicPermitStatistics.class), examples = @ExampleObject(name = "tables", value = """
            {"year":2026,"asOf":"2026-11-30","threshold":5,"withheld":false,"tables":[
             {"name":"permitsByCitizenshipAndSex","rowDimension":"citizenship","columnDimension":"sex",
              "columns":["FEMALE","MALE","NOT_STATED"],"rows":[
               {"label":"CHN","cells":["<5","x","x"],"total":"212"},
               {"label":"OTHER","cells":["<5","x","x"],"total":"37"}],
              "columnTotals":["<5","x","x"],"total":"249"}],
             "refusalsByGround":[{"ground":"QUOTA_EXHAUSTED","refusals":"22"},{"ground":"EMPLOYER_BANNED","refusals":"<5"}]}""")))
    public PublicPermitStatistics publicStatistics(@QueryParam("year") @NotNull @Min(2000) @Max(2999) Integer year) {
        return statistics.publicStatistics(year);
    }
}
