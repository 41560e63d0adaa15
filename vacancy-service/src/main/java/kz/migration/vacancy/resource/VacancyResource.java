package kz.migration.vacancy.resource;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.identifier.Bin;
import kz.migration.common.identifier.Kato;
import kz.migration.common.identifier.OccupationCode;
import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Roles;
import kz.migration.common.web.EntityVersions;
import kz.migration.common.web.Page;
import kz.migration.vacancy.api.VacancyChangeResponse;
import kz.migration.vacancy.api.VacancyPatch;
import kz.migration.vacancy.api.VacancyRequest;
import kz.migration.vacancy.api.VacancyResponse;
import kz.migration.vacancy.domain.VacancyStatus;
import kz.migration.vacancy.repository.VacancyFilter;
import kz.migration.vacancy.service.VacancyQueries;
import kz.migration.vacancy.service.VacancyService;

/** Vacancies on the labour exchange and their 15-day domestic labour-market test. */
@Path("/api/v1/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies", description = "Posting vacancies and the domestic labour-market test")
public class VacancyResource {

    @Inject
    VacancyService vacancies;

    @Inject
    VacancyQueries queries;

    @POST
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "postVacancy", summary = "Post a vacancy on the labour exchange", description = """
            Role: employer (the vacancy belongs to the BIN of the token). Starts the domestic search of 15 full
            calendar days: posted on day D, the vacancy is on the exchange for D+1..D+15 and foreignLabourAllowedFrom
            is D+16, the earliest day the labour-market test can pass. A referred citizen whose outcome is not
            recorded holds the test until it is, or until the referral's outcomeDueOn is over. The salary must be at
            least the year's minimum monthly wage, or the region's configured minimum where higher; a year the
            reference data does not cover is 503. Send an Idempotency-Key: a retry with the same key and body
            returns the first vacancy, the same key with another body is 409. Emits VacancyPosted.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = VacancyRequest.class), examples = @ExampleObject(name = "developer", value = VacancyRequest.EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Posted", content = @Content(schema = @Schema(implementation = VacancyResponse.class), examples = @ExampleObject(name = "posted", value = VacancyResponse.EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Salary below the minimum", content = @Content(examples = @ExampleObject(name = "salaryBelowMinimum", value = ApiExamples.SALARY_BELOW_MINIMUM)))
    @APIResponse(responseCode = "503", description = REFERENCE_DATA_MISSING, content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "referenceDataMissing", value = ApiExamples.REFERENCE_DATA_MISSING)))
    public Response post(@NotNull @Valid VacancyRequest request,
            @Parameter(description = "Makes retries safe", example = "post-2026-03-02-1") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        IdempotencyKeys.Outcome<VacancyResponse> outcome = vacancies.post(request, idempotencyKey);
        VacancyResponse vacancy = outcome.result();
        return Response.created(URI.create("/api/v1/vacancies/" + vacancy.id()))
                .tag(EntityVersions.etag(vacancy.version()))
                .header("Idempotency-Replayed", outcome.replayed()).entity(vacancy).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.LABOUR_EXCHANGE, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getVacancy", summary = "Read a vacancy", description = """
            Roles: employer (own vacancies only; any other is 404), officer (vacancies of the token's region),
            labour-exchange, ministry, auditor. The ETag is the version to send as If-Match when updating.""")
    @APIResponse(responseCode = "200", description = "The vacancy", content = @Content(schema = @Schema(implementation = VacancyResponse.class), examples = @ExampleObject(name = "vacancy", value = VacancyResponse.EXAMPLE)))
    public Response get(@PathParam("id") UUID id) {
        VacancyResponse vacancy = queries.get(id);
        return Response.ok(vacancy).tag(EntityVersions.etag(vacancy.version())).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.LABOUR_EXCHANGE, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "listVacancies", summary = "List vacancies", description = """
            Roles: employer (always only its own, whatever employerBin says), officer (always only the token's
            region), labour-exchange, ministry, auditor. Newest first; pass nextCursor as cursor for the next page.""")
    @APIResponse(responseCode = "200", description = "One page of vacancies")
    public Page<VacancyResponse> list(
            @Parameter(example = "180240012345") @QueryParam("employerBin") @Bin String employerBin,
            @Parameter(example = "750000000") @QueryParam("region") @Kato String region,
            @Parameter(example = "2512") @QueryParam("occupationCode") @OccupationCode String occupationCode,
            @Parameter(example = "OPEN") @QueryParam("status") @Pattern(regexp = "OPEN|CLOSED", message = "must be OPEN or CLOSED") String status,
            @Parameter(description = "Posted on or after (ISO date)", example = "2026-03-01") @QueryParam("postedFrom") @Pattern(regexp = DATE, message = DATE_MESSAGE) String postedFrom,
            @Parameter(description = "Posted on or before (ISO date)", example = "2026-03-31") @QueryParam("postedTo") @Pattern(regexp = DATE, message = DATE_MESSAGE) String postedTo,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        VacancyFilter filter = new VacancyFilter(employerBin, region, occupationCode,
                status == null ? null : VacancyStatus.valueOf(status), date("postedFrom", postedFrom),
                date("postedTo", postedTo));
        return queries.list(filter, cursor, limit);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "replaceVacancy", summary = "Replace a vacancy's terms", description = """
            Role: employer (own vacancies only). Requires If-Match with the ETag read. A material change (occupation,
            region, salary lowered, education, experience or languages raised, more positions) restarts the 15-day
            search (foreignLabourAllowedFrom becomes the day after 15 full calendar days from today) and is recorded
            with its reasons; an immaterial one does not. A new salary or region must reach the minimum salary. After
            the test has passed only immaterial changes are accepted. Emits VacancyChanged.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = VacancyRequest.class), examples = @ExampleObject(name = "lowerSalary", value = VacancyRequest.EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = VacancyResponse.class), examples = @ExampleObject(name = "changed", value = VacancyResponse.EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The vacancy is closed", content = @Content(examples = @ExampleObject(name = "closed", value = ApiExamples.STATE_CONFLICT)))
    @APIResponse(responseCode = "422", description = "Salary below minimum, material change after the test passed, or fewer positions than taken", content = @Content(examples = {
            @ExampleObject(name = "testPassed", value = ApiExamples.TEST_ALREADY_PASSED),
            @ExampleObject(name = "salaryBelowMinimum", value = ApiExamples.SALARY_BELOW_MINIMUM),
            @ExampleObject(name = "positionsBelowTaken", value = ApiExamples.POSITIONS_BELOW_TAKEN)}))
    @APIResponse(responseCode = "503", description = REFERENCE_DATA_MISSING, content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "referenceDataMissing", value = ApiExamples.REFERENCE_DATA_MISSING)))
    public Response replace(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, example = "\"0\"") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @NotNull @Valid VacancyRequest request) {
        VacancyResponse vacancy = vacancies.replace(id, EntityVersions.required(ifMatch), request);
        return Response.ok(vacancy).tag(EntityVersions.etag(vacancy.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "patchVacancy", summary = "Change some of a vacancy's terms", description = """
            Role: employer (own vacancies only). Like PUT, but only the fields present change. Requires If-Match.
            Raising the salary or changing the title or schedule is immaterial; lowering the salary restarts the
            15-day search. Emits VacancyChanged.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = VacancyPatch.class), examples = @ExampleObject(name = "raiseSalary", value = """
            {"salary": {"amount": "480000.00", "currency": "KZT"}}""")))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = VacancyResponse.class), examples = @ExampleObject(name = "changed", value = VacancyResponse.EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The vacancy is closed", content = @Content(examples = @ExampleObject(name = "closed", value = ApiExamples.STATE_CONFLICT)))
    @APIResponse(responseCode = "422", description = "Salary below minimum, material change after the test passed, or fewer positions than taken", content = @Content(examples = {
            @ExampleObject(name = "testPassed", value = ApiExamples.TEST_ALREADY_PASSED),
            @ExampleObject(name = "salaryBelowMinimum", value = ApiExamples.SALARY_BELOW_MINIMUM),
            @ExampleObject(name = "positionsBelowTaken", value = ApiExamples.POSITIONS_BELOW_TAKEN)}))
    @APIResponse(responseCode = "503", description = REFERENCE_DATA_MISSING, content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "referenceDataMissing", value = ApiExamples.REFERENCE_DATA_MISSING)))
    public Response patch(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, example = "\"0\"") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @NotNull @Valid VacancyPatch patch) {
        VacancyResponse vacancy = vacancies.patch(id, EntityVersions.required(ifMatch), patch);
        return Response.ok(vacancy).tag(EntityVersions.etag(vacancy.version())).build();
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.EMPLOYER, Roles.LABOUR_EXCHANGE})
    @Operation(operationId = "closeVacancy", summary = "Close a vacancy", description = """
            Roles: employer (own vacancies; reason WITHDRAWN_BY_EMPLOYER), labour-exchange (reason
            CLOSED_BY_EXCHANGE). A closed vacancy never passes the labour-market test. Emits VacancyClosed.""")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = VacancyResponse.class), examples = @ExampleObject(name = "closed", value = VacancyResponse.EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Already closed", content = @Content(examples = @ExampleObject(name = "closed", value = ApiExamples.STATE_CONFLICT)))
    public Response close(@PathParam("id") UUID id) {
        VacancyResponse vacancy = vacancies.close(id);
        return Response.ok(vacancy).tag(EntityVersions.etag(vacancy.version())).build();
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "reopenVacancy", summary = "Reopen a closed vacancy", description = """
            Role: employer (own vacancies only). Citizens did not see the vacancy while it was closed, so the 15-day
            search starts again (recorded as REOPENED). Refused once the test has passed or when no position is
            open. Emits VacancyChanged.""")
    @APIResponse(responseCode = "200", description = "Reopened", content = @Content(schema = @Schema(implementation = VacancyResponse.class), examples = @ExampleObject(name = "reopened", value = VacancyResponse.EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not closed", content = @Content(examples = @ExampleObject(name = "open", value = ApiExamples.STATE_CONFLICT)))
    @APIResponse(responseCode = "422", description = "Test already passed or no open position", content = @Content(examples = {
            @ExampleObject(name = "testPassed", value = ApiExamples.TEST_ALREADY_PASSED),
            @ExampleObject(name = "noOpenPositions", value = ApiExamples.NO_OPEN_POSITIONS)}))
    public Response reopen(@PathParam("id") UUID id) {
        VacancyResponse vacancy = vacancies.reopen(id);
        return Response.ok(vacancy).tag(EntityVersions.etag(vacancy.version())).build();
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.LABOUR_EXCHANGE, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "listVacancyChanges", summary = "List a vacancy's recorded changes", description = """
            Roles: employer (own), officer (own region), labour-exchange, ministry, auditor. Each change says whether
            it restarted the 15-day search and why. Oldest first.""")
    @APIResponse(responseCode = "200", description = "One page of changes")
    public Page<VacancyChangeResponse> changes(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return queries.changes(id, cursor, limit);
    }

    static final String REFERENCE_DATA_MISSING = "The reference data has no minimum monthly wage for this year; the registry refuses rather than guesses";
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String DATE_MESSAGE = "must be an ISO date such as 2026-03-01";

    private static LocalDate date(String field, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, DATE_MESSAGE);
        }
    }
}
