package kz.migration.inspection.resource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.identifier.Bin;
import kz.migration.common.identifier.Iin;
import kz.migration.common.identifier.Kato;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.inspection.api.Patterns;
import kz.migration.inspection.api.ViolationStatistics;
import kz.migration.inspection.api.ViolationView;
import kz.migration.inspection.domain.GrievanceKind;
import kz.migration.inspection.service.ComplianceRegister;

/** The compliance register of confirmed violations, and its statistics. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance register", description = "Employers' and recruiting agencies' confirmed violations")
public class ViolationResource {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String DATE_MESSAGE = "must be an ISO date such as 2026-03-01";

    @Inject
    ComplianceRegister register;

    @GET
    @Path("/employer-violations")
    @RolesAllowed({Roles.EMPLOYER, Roles.INSPECTOR, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "listEmployerViolations", summary = "The compliance register", description = """
            Roles: employer (always only its own record), inspector (violations in the token's region), ministry,
            auditor. Confirmed violations, newest first, by employer BIN or IIN, recruiting agency BIN (a recruitment
            fee charged to the worker counts against the agency as well as the employer), region, kind and the day
            confirmed. Serious violations (a withheld passport, forced labour, wages unpaid for 2 months or more) bar
            the employer's next permit applications for a period; permit-service weighs them from
            EmployerViolationRecorded. Never names a worker.""")
    @APIResponse(responseCode = "200", description = "One page of violations")
    public Page<ViolationView> list(
            @Parameter(example = "120640004563") @QueryParam("employerBin") @Bin String employerBin,
            @Parameter(description = "A private individual employer's IIN") @QueryParam("employerIin") @Iin String employerIin,
            @Parameter(description = "A recruiting agency's BIN") @QueryParam("agencyBin") @Bin String agencyBin,
            @Parameter(example = "750000000") @QueryParam("region") @Kato String region,
            @Parameter(example = "PASSPORT_WITHHELD") @QueryParam("kind") @Pattern(regexp = CaseResource.KINDS, message = "must be a grievance kind such as PASSPORT_WITHHELD") String kind,
            @Parameter(description = "Confirmed on or after (ISO date)", example = "2026-01-01") @QueryParam("confirmedFrom") @Pattern(regexp = DATE, message = DATE_MESSAGE) String confirmedFrom,
            @Parameter(description = "Confirmed on or before (ISO date)", example = "2026-12-31") @QueryParam("confirmedTo") @Pattern(regexp = DATE, message = DATE_MESSAGE) String confirmedTo,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return register.list(employerBin, employerIin, agencyBin, region,
                kind == null ? null : GrievanceKind.valueOf(kind), date("confirmedFrom", confirmedFrom),
                date("confirmedTo", confirmedTo), cursor, limit);
    }

    @GET
    @Path("/violation-statistics")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getViolationStatistics", summary = "Violations by kind, region and month", description = """
            Roles: ministry, auditor. The typology of violations (seed 001: "the typology of violations of the
            rights"): confirmed violations counted by month confirmed, region and kind, over the months from and to
            (at most 10 years), in full: only combinations with violations are listed. Not suppressed: for the
            ministry and auditors, who may read every violation in the register anyway (smallCellThreshold, display
            and suppressed are kept for compatibility and deprecated). The public variant, with small-cell
            suppression, is GET /api/v1/public/violation-statistics.""")
    @APIResponse(responseCode = "200", description = "The cells", content = @Content(schema = @Schema(implementation = ViolationStatistics.class)))
    public ViolationStatistics statistics(
            @Parameter(description = "First month (YYYY-MM)", example = "2026-01", required = true) @QueryParam("from") @NotNull @Pattern(regexp = Patterns.MONTH, message = "must be a month such as 2026-01") String from,
            @Parameter(description = "Last month (YYYY-MM)", example = "2026-12", required = true) @QueryParam("to") @NotNull @Pattern(regexp = Patterns.MONTH, message = "must be a month such as 2026-12") String to,
            @Parameter(example = "750000000") @QueryParam("region") @Kato String region) {
        return register.statistics(YearMonth.parse(from), YearMonth.parse(to), region);
    }

    private static LocalDate date(String field, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, DATE_MESSAGE);
        }
    }
}
