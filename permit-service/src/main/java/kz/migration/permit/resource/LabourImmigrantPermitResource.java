package kz.migration.permit.resource;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.Problem;
import kz.migration.common.security.Roles;
import kz.migration.common.web.PublicRateLimiter;
import kz.migration.permit.service.LabourImmigrantPermitService;
import kz.migration.permit.service.LabourImmigrantRequests;

@Path("/api/v1/labour-immigrant-permits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Labour-immigrant permits", description = "Permits issued to visa-free workers for household work")
public class LabourImmigrantPermitResource {

    static final String REQUESTS = "/api/v1/labour-immigrant-permits/requests";

    static final String EXAMPLE = """
            {"id":"c1d2...","permitNumber":"LI-2026-000007","status":"ISSUED","fullName":"Aziz Karimov",
             "citizenship":"UZ","passportNumber":"FA1234567","region":"750000000","occupationCode":"9111",
             "months":3,"validFrom":"2026-11-23","validTo":"2027-02-22"}""";

    @Inject
    LabourImmigrantPermitService service;

    @Inject
    PublicRateLimiter limiter;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MIGRATION_POLICE)
    @Operation(operationId = "requestLabourImmigrantPermit", summary = "Issue a permit to a labour immigrant", description = "Role migration-police. Citizens of the configured visa-free countries, 1 to 12 months, "
            + "after prepaying 4 MCI of income tax per month (configurable). Reserves a LABOUR_IMMIGRANT "
            + "quota unit (PermitApproved, purpose LABOUR_IMMIGRANT); QuotaReserved issues LI-<year>-<6 "
            + "digits> and emits PermitIssued (kind LABOUR_IMMIGRANT). Idempotency-Key honoured.")
    @APIResponse(responseCode = "201", description = "Waiting for the quota unit", content = @Content(schema = @Schema(implementation = LabourImmigrantRequests.View.class), examples = @ExampleObject(name = "pending", value = """
            {"status":"PENDING_QUOTA","months":3,"citizenship":"UZ"}""")))
    @APIResponse(responseCode = "422", description = "not-visa-free, tax-not-prepaid, passport-expires-during-term, worker-holds-labour-immigrant-permit (a pending or issued one: extend it)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response request(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid LabourImmigrantRequests.IssueRequest request) {
        IdempotencyKeys.Outcome<LabourImmigrantRequests.View> outcome = service.request(request, idempotencyKey);
        return Response.status(outcome.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create(REQUESTS + "/" + outcome.result().id())).entity(outcome.result()).build();
    }

    @GET
    @Path("/requests/{id}")
    @RolesAllowed({Roles.MIGRATION_POLICE, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getLabourImmigrantPermitRequest", summary = "Follow a permit request", description = "The request made with POST, by the id it answered (also its Location): "
            + "PENDING_QUOTA until quota-service answers, then ISSUED with the permit number and validity, or "
            + "REFUSED with the reason. Poll it, or follow permit.events (PermitIssued and PermitRefused carry "
            + "this id as applicationId).")
    @APIResponse(responseCode = "200", description = "The request and, once issued, the permit", content = @Content(schema = @Schema(implementation = LabourImmigrantRequests.View.class), examples = @ExampleObject(name = "issued", value = EXAMPLE)))
    public LabourImmigrantRequests.View getRequest(@PathParam("id") UUID id) {
        return service.getRequest(id);
    }

    @POST
    @Path("/{number}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MIGRATION_POLICE)
    @Operation(operationId = "extendLabourImmigrantPermit", summary = "Extend by prepaid months", description = "Role migration-police. Adds months to an issued permit up to 12 in total "
            + "(422 labour-immigrant-term-exceeded beyond); emits PermitRenewed.")
    @APIResponse(responseCode = "200", description = "Extended", content = @Content(schema = @Schema(implementation = LabourImmigrantRequests.View.class), examples = @ExampleObject(name = "extended", value = EXAMPLE)))
    @APIResponse(responseCode = "422", description = "labour-immigrant-term-exceeded or tax-not-prepaid", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public LabourImmigrantRequests.View extend(@PathParam("number") String number,
            @NotNull @Valid LabourImmigrantRequests.ExtensionRequest request) {
        return service.extend(number, request);
    }

    @GET
    @Path("/{number}")
    @PermitAll
    @Operation(operationId = "getLabourImmigrantPermit", summary = "The worker reads their permit", description = "No token: the worker proves it is theirs with the passport number in `document`. A "
            + "wrong number and a wrong document get the same 404.")
    @APIResponse(responseCode = "200", description = "The permit", content = @Content(schema = @Schema(implementation = LabourImmigrantRequests.View.class), examples = @ExampleObject(name = "permit", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such permit for this document", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Rate limit per client address; Retry-After says when", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public LabourImmigrantRequests.View get(@PathParam("number") @Size(max = 16) String number,
            @QueryParam("document") @NotBlank @Size(max = 20) String document, @Context HttpServerRequest http) {
        limiter.acquire(http);
        return service.get(number, document);
    }
}
