package kz.migration.inspection.resource;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.identifier.Bin;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.inspection.api.EmployerReportRequest;
import kz.migration.inspection.api.EmployerReportView;
import kz.migration.inspection.api.OverdueReport;
import kz.migration.inspection.domain.ReportPeriod;
import kz.migration.inspection.service.EmployerReportService;

/** The employer's quarterly report on attracted foreign labour and its replacement by citizens (seed 004). */
@Path("/api/v1/employer-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Employer reports", description = "Quarterly reports drafted by the registry, confirmed or corrected by the employer")
public class EmployerReportResource {

    static final String QUARTER_MESSAGE = "must be a quarter such as 2026-Q3";

    @Inject
    EmployerReportService reports;

    @GET
    @Path("/draft")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "getEmployerReportDraft", summary = "The calling employer's report of a quarter", description = """
            Role: employer (a company: the token's BIN). The registry's draft of the quarter from its records:
            foreign workers (active contracts) on the first and last day, employer permits issued and ended, contracts
            registered and terminated, and foreign workers replaced by citizens; or the report as submitted. Employers
            that held an employer permit in a quarter report it within 10 days after it ends (seed 004: employers
            "enter information on the replacement of foreign workers for Kazakh citizens and attracted foreign
            labor"). The period defaults to the last ended quarter.""")
    @APIResponse(responseCode = "200", description = "The draft or the submitted report", content = @Content(schema = @Schema(implementation = EmployerReportView.class)))
    public EmployerReportView draft(
            @Parameter(example = "2026-Q3") @QueryParam("period") @Pattern(regexp = ReportPeriod.PATTERN, message = QUARTER_MESSAGE) String period) {
        return reports.draft(period);
    }

    @POST
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "submitEmployerReport", summary = "Confirm or correct the report of a quarter", description = """
            Role: employer (a company: the token's BIN). Without figures the registry's draft is submitted as it is
            (CONFIRMED); with figures that differ from the draft the report is CORRECTED and the note must say why.
            Only an ended quarter, and only by an employer that held an employer permit in it. Submitted once per
            quarter: the same submission again answers the report (200), another is 409. Late when after the due
            day.""")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = EmployerReportView.class)))
    @APIResponse(responseCode = "200", description = "Already submitted the same", content = @Content(schema = @Schema(implementation = EmployerReportView.class)))
    @APIResponse(responseCode = "409", description = "Already submitted with other figures", content = @Content(examples = @ExampleObject(name = "alreadySubmitted", value = ApiExamples.ALREADY_SUBMITTED)))
    @APIResponse(responseCode = "422", description = "The quarter has not ended, nothing to report, or a correction without a note", content = @Content(examples = {
            @ExampleObject(name = "periodNotEnded", value = ApiExamples.PERIOD_NOT_ENDED),
            @ExampleObject(name = "notExpected", value = ApiExamples.NOT_EXPECTED),
            @ExampleObject(name = "correctionNeedsNote", value = ApiExamples.NEEDS_NOTE)}))
    public Response submit(@NotNull @Valid EmployerReportRequest request) {
        EmployerReportService.Submitted submitted = reports.submit(request);
        return Response.status(submitted.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(submitted.report()).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "listEmployerReports", summary = "Submitted reports", description = """
            Roles: employer (always only its own), ministry, auditor. Submitted reports by employer BIN and quarter,
            with the registry's draft beside the figures the employer stands by.""")
    @APIResponse(responseCode = "200", description = "One page of reports")
    public Page<EmployerReportView> list(
            @Parameter(example = "2026-Q3") @QueryParam("period") @Pattern(regexp = ReportPeriod.PATTERN, message = QUARTER_MESSAGE) String period,
            @Parameter(example = "120640004563") @QueryParam("employerBin") @Bin String employerBin,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return reports.list(period, employerBin, cursor, limit);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "listOverdueEmployerReports", summary = "Employers that have not reported", description = """
            Roles: ministry, auditor. The employers that held an employer permit in force on some day of the quarter
            and had not submitted its report by the due day (10 days after the quarter); empty before the due
            day.""")
    @APIResponse(responseCode = "200", description = "One page of employers")
    public Page<OverdueReport> overdue(
            @Parameter(example = "2026-Q3", required = true) @QueryParam("period") @NotNull @Pattern(regexp = ReportPeriod.PATTERN, message = QUARTER_MESSAGE) String period,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return reports.overdue(period, cursor, limit);
    }
}
