package kz.migration.permit.resource;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.problem.Problem;
import kz.migration.common.security.Roles;
import kz.migration.permit.api.DecisionRequest;
import kz.migration.permit.api.RenewalView;
import kz.migration.permit.service.PermitRenewalService;

@Path("/api/v1/permit-renewals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permit renewals", description = "Renewal of issued permits inside the 60..30-day window")
public class PermitRenewalResource {

    @Inject
    PermitRenewalService service;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getRenewal", summary = "A renewal request", description = "Roles employer (own), officer (region), ministry, auditor.")
    @APIResponse(responseCode = "200", description = "The renewal")
    public RenewalView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "decideRenewal", summary = "Approve or refuse a renewal", description = "Role officer of the permit's region. Approval reserves a quota unit of the renewal year "
            + "(PermitApproved, purpose RENEWAL); QuotaReserved extends the permit and emits PermitRenewed. "
            + "Intra-corporate transfer is renewed at once.")
    @APIResponse(responseCode = "200", description = "APPROVED, RENEWED or REFUSED")
    @APIResponse(responseCode = "409", description = "Already decided", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RenewalView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return service.decide(id, request);
    }
}
