package kz.migration.contract.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

import kz.migration.common.problem.Problem;
import kz.migration.common.web.PublicRateLimiter;
import kz.migration.contract.api.ContractLookupRequest;
import kz.migration.contract.api.PublicContractView;
import kz.migration.contract.service.ContractQueryService;

/** The public (no token) part of the registry: a worker checks that their contract is on record. */
@Path("/api/v1/public/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public contract check", description = "For workers: is my contract registered, and on which terms?")
public class PublicContractResource {

    @Inject
    ContractQueryService contracts;

    @Inject
    PublicRateLimiter limiter;

    @POST
    @Path("/lookup")
    @PermitAll
    @Operation(operationId = "lookupContract", summary = "Worker's public check of a contract", description = """
            Public (no token). The worker proves knowledge of the contract number and their passport number
            (sent in the body, not the URL, so they stay out of access logs) and sees the status and key terms,
            without personal data. Any mismatch answers the same 404 as an unknown number. Rate limited per client
            address (`registry.public-rate-limit.requests-per-minute`, default 30): over it, 429 with Retry-After.""")
    @APIResponse(responseCode = "200", description = "Status and key terms", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicContractView.class), examples = @ExampleObject(name = "found", value = """
            {"contractNumber":"LC-2026-000042","status":"ACTIVE","employerBin":"123456789012",
             "position":"Software developer","startDate":"2026-12-01","endDate":"2027-11-30","salary":"650000.00",
             "currency":"KZT","weeklyHours":40}""")))
    @APIResponse(responseCode = "404", description = "No contract with this number and passport", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many lookups from this client address; Retry-After says when to try again", headers = @Header(name = "Retry-After", description = "Seconds until the next request is accepted", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limited", value = """
            {"type":"https://registry.migration.gov.kz/problems/too-many-requests","title":"Too many requests",
             "status":429,"detail":"At most 30 requests per minute on public endpoints","retryAfterSeconds":42}""")))
    public PublicContractView lookup(@NotNull @Valid ContractLookupRequest request,
            @Context HttpServerRequest http) {
        limiter.acquire(http);
        return contracts.lookup(request);
    }
}
