package kz.migration.inspection.resource;

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
import kz.migration.inspection.api.PublicViolationStatistics;
import kz.migration.inspection.config.InspectionConfig;
import kz.migration.inspection.service.PublicViolationStatisticsService;

/** The violation statistics for everyone: aggregated, as of a month's end, with small-cell suppression. */
@Path("/api/v1/public/violation-statistics")
@Tag(name = "Compliance register", description = "Employers' and recruiting agencies' confirmed violations")
public class PublicViolationStatisticsResource {

    private static final String EXAMPLE = """
            {"year":2026,"asOf":"2026-11-30","threshold":5,"withheld":false,"tables":[
             {"name":"violationsByMonthAndKind","rowDimension":"month","columnDimension":"kind",
              "columns":["PASSPORT_WITHHELD","WAGES_UNPAID_OR_LATE"],"rows":[
               {"label":"2026-10","cells":["<5","x"],"total":"x"},
               {"label":"2026-11","cells":["<5","31"],"total":"33"}],
              "columnTotals":["<5","x"],"total":"52"}]}""";

    @Inject
    PublicViolationStatisticsService statistics;

    @Inject
    PublicRateLimiter limiter;

    @Inject
    InspectionConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "getPublicViolationStatistics", summary = "Public violation statistics with small-cell suppression", description = """
            Public (no token). The typology of violations (seed 001): the violations confirmed in a year, as of the
            end of the last full month (the year's last day once it is over; no tables while the year has no full
            month behind it), in two linked tables: month x kind and kind x region (the first table's columns are the
            second one's rows, so they share totals). Every month of the year up to the last one counted, every kind
            and every region is listed. Any figure under 5, zero included, is "<5"; figures that would let a "<5" be
            worked out, across both tables and their totals at once, are "x"; ".." everywhere when no pattern
            protects every small figure (withheld). The ministry's GET /api/v1/violation-statistics has the same
            counts in full. Method and definitions: docs/statistics.md. Cached: Cache-Control max-age and a strong
            ETag (If-None-Match answers 304). Rate limited per client address
            (`registry.public-rate-limit.requests-per-minute`, default 30): over it, 429 with Retry-After.""")
    @APIResponse(responseCode = "200", description = "The tables", headers = {
            @Header(name = "ETag", description = "Hash of the document"),
            @Header(name = "Cache-Control", description = "public, max-age in seconds")}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicViolationStatistics.class), examples = @ExampleObject(name = "tables", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "No year, or a year out of range: the violations name it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client address; Retry-After says when to try again", headers = @Header(name = "Retry-After", description = "Seconds until the next request is accepted", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limited", value = ApiExamples.TOO_MANY)))
    public Response statistics(
            @Parameter(required = true, description = "The year the violations were confirmed", example = "2026") @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "An ETag of this document read before: 304 without a body while it is unchanged") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpServerRequest http) {
        limiter.acquire(http);
        return statistics.publicStatistics(year).json(ifNoneMatch, config.statistics().publicMaxAge());
    }
}
