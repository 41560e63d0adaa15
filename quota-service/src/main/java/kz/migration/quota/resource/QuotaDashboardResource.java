package kz.migration.quota.resource;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.security.Roles;
import kz.migration.common.web.CachedDocument;
import kz.migration.quota.api.QuotaDashboardView;
import kz.migration.quota.config.QuotaConfig;
import kz.migration.quota.web.DashboardCache;
import kz.migration.quota.web.DashboardLabels;

/**
 * The quota dashboard: a page anyone can open (Kazakh, Russian, English; server-drawn SVG, no script), its data as
 * JSON, both cached with an ETag, and the ministry's variant with the full projection.
 */
@Path("/api/v1")
@Tag(name = "Quota dashboard", description = "The public quota dashboard page and its data, and the ministry's variant")
public class QuotaDashboardResource {

    static final String HTML_EXAMPLE = """
            <!DOCTYPE html><html lang="en"><head><title>Foreign labour quota 2026</title>...</head>
            <body>...<table id="table-categories"><caption>Quota units of 2026 by permit category ...</caption>...</body></html>""";

    static final String YEAR = "The quota year; this year when left out";
    static final String LANG = "kk, ru or en; when left out (or another), the first of them in Accept-Language, else kk";
    static final String ETAG_MATCH = "An ETag of this representation read before: 304 without a body while it is unchanged";

    @Inject
    DashboardCache cache;

    @Inject
    QuotaConfig config;

    @Inject
    Clock clock;

    @GET
    @Path("/public/quota-dashboard")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getQuotaDashboardPage", summary = "The public quota dashboard page", description = """
            A page for people, not programs: this year's quota by category and region (allocated, reserved,
            issued, remaining), units used month by month against previous years, the quota of previous years from
            the reference data, the forecast exhaustion date per region and category, and the top citizenships and
            occupation groups of the permit statistics with small-cell suppression. Charts are SVG drawn on the
            server, each with a title, a description and a table of the same figures; no script, nothing fetched
            from elsewhere. Cached: the figures are at most a few seconds old, browsers may keep the page for
            Cache-Control's max-age, and If-None-Match with its ETag answers 304 while it is unchanged. Its numbers
            are those of GET /api/v1/public/quota-dashboard/data. No token needed.""")
    @APIResponse(responseCode = "200", description = "The page", headers = {
            @Header(name = "ETag", description = "Hash of the page"),
            @Header(name = "Cache-Control", description = "public, max-age in seconds")}, content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING), examples = @ExampleObject(name = "page", value = HTML_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "The year has no quota plan")
    public Response page(@Parameter(description = YEAR) @QueryParam("year") @Min(2000) @Max(2999) Integer year,
            @Parameter(description = LANG) @QueryParam("lang") @Size(max = 2000) String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = ETAG_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CachedDocument page = cache.page(yearOr(year),
                DashboardLabels.negotiate(lang, acceptLanguage));
        return cached(page, ifNoneMatch, MediaType.TEXT_HTML + ";charset=UTF-8")
                .header("Vary", HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    @GET
    @Path("/public/quota-dashboard/data")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getQuotaDashboardData", summary = "The dashboard's figures", description = """
            Every figure the public dashboard shows, as it shows it (the page is drawn from this document): the
            quota figures, units used by month this year and in previous years, previous years' national quota
            (reference/quota-history.csv), the forecast per region and category, and the top citizenships and
            occupation groups (public permit statistics, as of the end of the last full month, "<5" and "x" as
            there). Cached like the page, with its own ETag. No token needed.""")
    @APIResponse(responseCode = "200", description = "The figures", headers = @Header(name = "ETag", description = "Hash of the document"), content = @Content(schema = @Schema(implementation = QuotaDashboardView.class), examples = @ExampleObject(name = "dashboard", value = """
            {"year":2026,"figuresAt":"2026-12-06T10:15:00Z","statisticsAsOf":"2026-11-30",
             "national":{"allocated":18146,"reserved":120,"used":9043,"free":8983},
             "byCategory":[{"category":"CATEGORY_3","totals":{"allocated":5893,"reserved":41,"used":3120,"free":2732}}],
             "byRegion":[{"region":"750000000","regionName":"Almaty","totals":{"allocated":4100,"reserved":30,"used":2210,"free":1860}}],
             "balances":[{"region":"750000000","regionName":"Almaty","category":"CATEGORY_3","allocated":1400,"reserved":12,"used":801,"free":587}],
             "monthlyUse":[{"year":2026,"months":[310,402,515,640,702,730,810,845,790,860,930,null],"total":7534}],
             "quotaHistory":[{"year":2025,"nationalQuota":14800,"used":12911},{"year":2026,"nationalQuota":18146,"used":9043}],
             "forecastAsOf":"2026-12-06",
             "forecast":[{"region":"750000000","regionName":"Almaty","category":"CATEGORY_3","outcome":"LASTS"}],
             "topCitizenships":[{"label":"CHN","permits":"2140"},{"label":"OTHER","permits":"x"}],
             "occupationGroups":[{"label":"2","permits":"3110"},{"label":"6","permits":"<5"}]}""")))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "The year has no quota plan")
    public Response data(@Parameter(description = YEAR) @QueryParam("year") @Min(2000) @Max(2999) Integer year,
            @Parameter(description = ETAG_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return cached(cache.data(yearOr(year)), ifNoneMatch, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/quota-dashboard")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR})
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getMinistryQuotaDashboardPage", summary = "The ministry's quota dashboard page", description = """
            The public page with the ministry's projection on top: for every region and category the pace of issue,
            the projected demand at 31 December, the surplus or shortfall and the exhaustion date, by the same
            method and code as POST /api/v1/quota-simulations (stated on the page). Read afresh, never cached.
            Roles: ministry, auditor.""")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING), examples = @ExampleObject(name = "page", value = HTML_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "The year has no quota plan")
    public Response ministryPage(@Parameter(description = YEAR) @QueryParam("year") @Min(2000) @Max(2999) Integer year,
            @Parameter(description = LANG) @QueryParam("lang") @Size(max = 2000) String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String page = cache.ministryPage(yearOr(year), DashboardLabels.negotiate(lang, acceptLanguage));
        return Response.ok(page, MediaType.TEXT_HTML + ";charset=UTF-8")
                .header("Content-Security-Policy", DashboardCache.CONTENT_SECURITY_POLICY).build();
    }

    private Response.ResponseBuilder cached(CachedDocument representation, String ifNoneMatch,
            String type) {
        return representation.response(ifNoneMatch, type, config.dashboard().maxAge())
                .header("Content-Security-Policy", DashboardCache.CONTENT_SECURITY_POLICY);
    }

    private int yearOr(Integer year) {
        return year != null ? year : LocalDate.now(clock).getYear();
    }
}
