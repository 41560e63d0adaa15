package kz.migration.vacancy.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.vacancy.api.EmployerFlag;
import kz.migration.vacancy.service.EmployerFlagService;

/** Employers that reject referred citizens without a justified reason too often, or leave outcomes overdue. */
@Path("/api/v1/employer-flags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class EmployerFlagResource {

    @Inject
    EmployerFlagService flags;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "listEmployerFlags", summary = "List employers flagged for unjustified rejections or overdue outcomes", description = """
            Roles: officer (employers of the token's region), ministry, auditor. An employer is flagged in a region,
            with every reason that applies: UNJUSTIFIED_REJECTIONS when, among at least
            vacancy.referrals.minimum-decided-referrals decided referrals, the share rejected without a justified
            reason exceeds vacancy.referrals.unjustified-rejection-share; OVERDUE_OUTCOMES when it left a referred
            citizen's outcome unrecorded past its outcomeDueOn (vacancy.referrals.outcome-days after the referral),
            which also emits ReferralOutcomeOverdue. Ordered by BIN and region.""")
    @APIResponse(responseCode = "200", description = "One page of flagged employers")
    public Page<EmployerFlag> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return flags.flags(cursor, limit);
    }
}
