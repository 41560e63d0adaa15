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

/** The public (no token) part of the registry: a worker checks that their contract is on record, and can prove it. */
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
            (sent in the body, not the URL, so they stay out of access logs) and sees the status and key terms, and
            what proves them: the contract's salt (`stateSalt`) and, for each of its entries in the registry log,
            the canonical state it recorded (the worker's own contract data), its state hash, salted state hash and
            leaf. With them the worker recomputes each leaf and checks it against a signed checkpoint with
            GET /api/v1/public/registry/entries/{sequence}/inclusion, offline (docs/registry-proofs.md). The public
            log itself carries only the salted hashes. Any mismatch answers the same 404 as an unknown number. Rate
            limited per client address (`registry.public-rate-limit.requests-per-minute`, default 30): over it, 429
            with Retry-After.""")
    @APIResponse(responseCode = "200", description = "Status and key terms", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicContractView.class), examples = @ExampleObject(name = "found", value = """
            {"contractNumber":"LC-2026-000042","status":"ACTIVE","employerBin":"123456789012",
             "position":"Software developer","startDate":"2026-12-01","endDate":"2027-11-30","salary":"650000.00",
             "currency":"KZT","weeklyHours":40,"stateSalt":"f02/HRdaepvnVU5ZWFbex4V3/r+b8yp7+pe/DOP1kgU=",
             "registryEntries":[{"sequence":517,"leafIndex":516,"recordedAt":"2026-11-23T05:12:00.123456Z",
               "contractId":"0f8e7c4e-3b7a-4d55-9d3e-1f2a3b4c5d6e","action":"REGISTERED",
               "canonicalState":"{\\"amendmentCount\\":0,\\"contractNumber\\":\\"LC-2026-000042\\",\\"currency\\":\\"KZT\\",\\"employerBin\\":\\"123456789012\\",\\"employerIin\\":null,\\"endDate\\":\\"2027-11-30\\",\\"id\\":\\"0f8e7c4e-3b7a-4d55-9d3e-1f2a3b4c5d6e\\",\\"late\\":false,\\"lateAmendments\\":0,\\"occupationCode\\":\\"2512\\",\\"permitKind\\":\\"EMPLOYER\\",\\"permitNumber\\":\\"WP-2026-000123\\",\\"position\\":\\"Software developer\\",\\"region\\":\\"750000000\\",\\"registeredAt\\":\\"2026-11-23T05:12:00Z\\",\\"replacedByCitizenOn\\":null,\\"salary\\":\\"650000.00\\",\\"signedOn\\":\\"2026-11-20\\",\\"startDate\\":\\"2026-12-01\\",\\"status\\":\\"ACTIVE\\",\\"terminatedOn\\":null,\\"terminationNote\\":null,\\"terminationReason\\":null,\\"vacancyId\\":null,\\"weeklyHours\\":40,\\"workerCitizenship\\":\\"UZ\\",\\"workerFullName\\":\\"Alisher Karimov\\",\\"workerIin\\":null,\\"workerPassport\\":\\"FA1234567\\"}",
               "stateHash":"bce5c126ca69b0de60895b87b7fa0245d262a35e98c295ac44c614f52dfa02f3",
               "saltedStateHash":"vApoCuV+vltW65S6fg6wszIBUkAe6qqn1Mvwaj6Z5fI=",
               "leaf":"AQAAAAAAAAIFAAZg6qIy6kAPjnxOO3pNVZ0+Hyo7TF1uClJFR0lTVEVSRUS8CmgK5X6+W1brlLp+DrCzMgFSQB7qqqfUy/BqPpnl8g==",
               "leafHash":"qEmpFma18i9dgq7hRptxaeDNHU0zuKLSsF5Mlj00OjY="}]}""")))
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
