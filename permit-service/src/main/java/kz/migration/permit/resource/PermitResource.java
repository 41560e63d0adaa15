package kz.migration.permit.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.Problem;
import kz.migration.common.security.Roles;
import kz.migration.permit.api.PermitApplicationView;
import kz.migration.permit.api.RenewalView;
import kz.migration.permit.api.RevocationRequest;
import kz.migration.permit.api.TerminationRequest;
import kz.migration.permit.service.PermitCertificateService;
import kz.migration.permit.service.PermitLifecycleService;
import kz.migration.permit.service.PermitRenewalService;

@Path("/api/v1/permits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permits", description = "Issued employer permits: reading, renewal, revocation, termination")
public class PermitResource {

    @Inject
    PermitLifecycleService service;

    @Inject
    PermitRenewalService renewals;

    @Inject
    PermitCertificateService certificates;

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getPermit", summary = "A permit by number", description = "Roles employer (own), officer (own region), ministry, auditor; others' permits are 404.")
    @APIResponse(responseCode = "200", description = "The permit")
    public PermitApplicationView get(@PathParam("number") String number) {
        return service.get(number);
    }

    @GET
    @Path("/{number}/certificate")
    @Produces(PermitCertificates.PDF)
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "getPermitCertificate", summary = "The permit's signed certificate (PDF)", description = "Role employer, own permit in force (ISSUED): another employer's permit, and a labour immigrant's "
            + "(it names no employer), are 404 as a missing one; a permit no longer in force is 409 "
            + "permit-not-in-force. "
            + PermitCertificates.WHAT_IT_IS)
    @APIResponse(responseCode = "200", description = "The certificate", content = @Content(mediaType = PermitCertificates.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "certificate", value = PermitCertificates.PDF_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "permit-not-in-force: the permit is REVOKED, EXPIRED or TERMINATED, or not yet issued", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "certificate-key-expired: the signing key's period of use has ended; certificates resume once it is rotated", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response certificate(@PathParam("number") String number) {
        return PermitCertificates.pdf(certificates.forEmployer(number));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{number}/revocation")
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "revokePermit", summary = "Revoke a permit", description = "Role officer of the permit's region, on an ISSUED permit. A revocation for a violation "
            + "(FORGED_DOCUMENTS, FOREIGN_WORKER_WITHOUT_PERMIT, WORK_NOT_MATCHING_PERMIT) bans the employer "
            + "from new permits for 12 months (configurable; bannedUntil is the last banned day); any other "
            + "ground (LABOUR_LAW_VIOLATION, WORKER_NOT_EMPLOYED, EMPLOYER_LIQUIDATED) bans nobody and "
            + "bannedUntil stays empty. Emits PermitRevoked.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = PermitApplicationView.class), examples = {
            @ExampleObject(name = "revoked for a violation", value = """
                    {"status":"REVOKED","revocationGround":"FORGED_DOCUMENTS","bannedUntil":"2027-11-22"}"""),
            @ExampleObject(name = "revoked, no ban", value = """
                    {"status":"REVOKED","revocationGround":"EMPLOYER_LIQUIDATED"}""")}))
    @APIResponse(responseCode = "409", description = "Not ISSUED", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PermitApplicationView revoke(@PathParam("number") String number,
            @NotNull @Valid RevocationRequest request) {
        return service.revoke(number, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{number}/termination")
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER})
    @Operation(operationId = "terminatePermitOnReturn", summary = "Report the worker's voluntary return", description = "Roles employer (own permit) and officer (own region): ends an ISSUED permit early and "
            + "emits PermitTerminated. A terminated contract (contract.ContractTerminated) does the same. While a "
            + "labour inspector's termination hold covers the permit (a wages or withheld-passport case about the "
            + "employer is open), the employer's report is 409 termination-hold-in-force and changes nothing; the "
            + "region's officer may still end the permit.")
    @APIResponse(responseCode = "200", description = "Terminated")
    @APIResponse(responseCode = "409", description = "Not ISSUED, or held by a labour inspection (termination-hold-in-force)", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "held", value = """
            {"type":"https://registry.migration.gov.kz/problems/termination-hold-in-force","status":409,
             "title":"A labour inspection holds the termination of this worker's permit",
             "detail":"A labour inspection holds the termination of this worker's permit at the employer's request until the inspector lifts the hold"}""")))
    public PermitApplicationView terminate(@PathParam("number") String number,
            @NotNull @Valid TerminationRequest request) {
        return service.terminateOnReturn(number, request);
    }

    @POST
    @Path("/{number}/renewals")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "applyForRenewal", summary = "Apply to renew a permit", description = "Role employer, own permit. Only from 60 to 30 days before the last day of validity "
            + "(422 renewal-outside-window with windowOpens/windowCloses), only as often as the category "
            + "allows (422 renewal-not-allowed), not while banned. The officer decides within 3 working days.")
    @APIResponse(responseCode = "201", description = "Renewal registered", content = @Content(schema = @Schema(implementation = RenewalView.class), examples = @ExampleObject(name = "renewal", value = """
            {"id":"3f2a...","permitNumber":"WP-2026-000042","status":"SUBMITTED",
             "decisionDeadline":"2027-10-28","newValidFrom":"2027-12-24","newValidTo":"2028-12-22"}""")))
    @APIResponse(responseCode = "422", description = "Outside the window or not renewable", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "window", value = """
            {"type":"https://registry.migration.gov.kz/problems/renewal-outside-window","status":422,
             "title":"Renewal may be applied for only inside the renewal window",
             "windowOpens":"2027-10-24","windowCloses":"2027-11-23"}""")))
    public Response apply(@PathParam("number") String number,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        IdempotencyKeys.Outcome<RenewalView> outcome = renewals.apply(number, idempotencyKey);
        return Response.status(outcome.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(outcome.result()).build();
    }

}
