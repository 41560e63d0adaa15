package kz.migration.permit.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

import kz.migration.common.problem.Problem;
import kz.migration.common.web.PublicRateLimiter;
import kz.migration.permit.api.PublicPermitStatus;
import kz.migration.permit.service.PermitLifecycleService;

@Path("/api/v1/public/permits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public verification", description = "Anyone holding a permit may prove it is valid")
public class PublicPermitResource {

    @Inject
    PermitLifecycleService service;

    @Inject
    PublicRateLimiter limiter;

    @GET
    @Path("/{number}/status")
    @PermitAll
    @Operation(operationId = "verifyPermit", summary = "Verify a permit", description = "No token. Answers status, category, validity and region only, and only when the "
            + "document number is the worker's passport; a wrong number and a wrong document get the same 404.")
    @APIResponse(responseCode = "200", description = "The permit's status", content = @Content(schema = @Schema(implementation = PublicPermitStatus.class), examples = @ExampleObject(name = "valid", value = """
            {"status":"ISSUED","category":"CATEGORY_3","validFrom":"2026-12-24","validTo":"2027-12-23",
             "region":"750000000"}""")))
    @APIResponse(responseCode = "429", description = "Rate limit per client address; Retry-After says when", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such permit for this document", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PublicPermitStatus status(@PathParam("number") @Size(max = 16) String number,
            @QueryParam("document") @NotBlank @Size(max = 20) String document, @Context HttpServerRequest http) {
        limiter.acquire(http);
        return service.publicStatus(number, document);
    }
}
