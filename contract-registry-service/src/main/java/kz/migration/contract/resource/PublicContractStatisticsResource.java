package kz.migration.contract.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

import kz.migration.common.problem.Problem;
import kz.migration.common.web.PublicRateLimiter;
import kz.migration.contract.api.PublicContractStatistics;
import kz.migration.contract.config.ContractRegistryConfig;
import kz.migration.contract.service.PublicContractStatisticsService;

/** The contract statistics for everyone: aggregated, as of a month's end, with small-cell suppression. */
@Path("/api/v1/public/contract-statistics")
@Tag(name = "Public contract statistics", description = "Registered contracts by status, region, late registration, amendment and replacement by citizens, with small-cell suppression")
public class PublicContractStatisticsResource {

    private static final String EXAMPLE = """
            {"year":2026,"asOf":"2026-11-30","threshold":5,"withheld":false,"tables":[
             {"name":"contractsByRegionAndRegistration","rowDimension":"region","columnDimension":"registration",
              "columns":["ON_TIME","LATE"],"rows":[
               {"label":"710000000","cells":["x","<5"],"total":"x"},
               {"label":"750000000","cells":["118","7"],"total":"125"}],
              "columnTotals":["x","x"],"total":"131"}]}""";

    @Inject
    PublicContractStatisticsService statistics;

    @Inject
    PublicRateLimiter limiter;

    @Inject
    ContractRegistryConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "getPublicContractStatistics", summary = "Public contract statistics with small-cell suppression", description = """
            Public (no token). The contracts registered in a year, as of the end of the last full month (the year's
            last day once it is over; nothing counted while the year has no full month behind it), with what the
            registry had recorded of them by then, in four linked tables (replacement by a citizen x status, status
            x region, region x late registration, late registration x amendment: each table's columns are the next
            one's rows, so they share totals). Status is ACTIVE, TERMINATED (by the employer) or ENDED_WITH_PERMIT;
            amendment NOT_AMENDED, AMENDED_ON_TIME or AMENDED_LATE (at least one late). Any figure under 5, zero
            included, is "<5"; figures that would let a "<5" be worked out, across the four tables and their totals
            at once, are "x"; ".." everywhere when no pattern protects every small figure (withheld). The same
            figures as the ministry's GET /api/v1/contracts/statistics, aggregated. Method and definitions:
            docs/statistics.md. Cached: Cache-Control max-age and a strong ETag (If-None-Match answers 304). Rate
            limited per client address: over the limit, 429 with Retry-After.""")
    @APIResponse(responseCode = "200", description = "The tables", headers = {
            @Header(name = "ETag", description = "Hash of the document"),
            @Header(name = "Cache-Control", description = "public, max-age in seconds")}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicContractStatistics.class), examples = @ExampleObject(name = "tables", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "No year, or a year out of range: the violations name it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no year", value = """
            {"type":"https://registry.migration.gov.kz/problems/validation","title":"Invalid request","status":400,
             "detail":"year: must not be null","violations":[{"field":"year","message":"must not be null"}]}""")))
    @APIResponse(responseCode = "429", description = "Too many requests from this client address; Retry-After says when to try again", headers = @Header(name = "Retry-After", description = "Seconds until the next request is accepted", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limited", value = """
            {"type":"https://registry.migration.gov.kz/problems/too-many-requests","title":"Too many requests",
             "status":429,"detail":"At most 30 requests per minute on public endpoints","retryAfterSeconds":42}""")))
    public Response statistics(
            @Parameter(required = true, description = "The year of registration", example = "2026") @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "An ETag of this document read before: 304 without a body while it is unchanged") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpServerRequest http) {
        limiter.acquire(http);
        return statistics.publicStatistics(year).json(ifNoneMatch, config.publicStatistics().maxAge());
    }
}
