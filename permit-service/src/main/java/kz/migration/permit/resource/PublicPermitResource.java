package kz.migration.permit.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

import kz.migration.common.problem.Problem;
import kz.migration.common.web.PublicRateLimiter;
import kz.migration.permit.api.CertificateKeySet;
import kz.migration.permit.api.CertificateRequest;
import kz.migration.permit.api.PublicPermitStatus;
import kz.migration.permit.service.PermitCertificateService;
import kz.migration.permit.service.PermitLifecycleService;

@Path("/api/v1/public/permits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public verification", description = "Anyone holding a permit may prove it is valid, online by its status or offline by its signed certificate")
public class PublicPermitResource {

    @Inject
    PermitLifecycleService service;

    @Inject
    PublicRateLimiter limiter;

    @Inject
    PermitCertificateService certificates;

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

    @POST
    @Path("/certificate")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PermitCertificates.PDF)
    @Operation(operationId = "getPermitCertificateAsHolder", summary = "A permit's signed certificate (PDF), for its holder", description = "No token: the worker, or the police checking the worker, give the permit number (WP- or LI-) "
            + "and the holder's passport number in the body, so the passport number stays out of URLs and logs. A wrong "
            + "number and a wrong passport get the same 404; a permit no longer in force is 409 permit-not-in-force. "
            + "Rate-limited per client address like the other public lookups. "
            + PermitCertificates.WHAT_IT_IS)
    @APIResponse(responseCode = "200", description = "The certificate", content = @Content(mediaType = PermitCertificates.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "certificate", value = PermitCertificates.PDF_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such permit for this passport", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "permit-not-in-force: the permit is REVOKED, EXPIRED or TERMINATED", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Rate limit per client address; Retry-After says when", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "certificate-key-expired: the signing key's period of use has ended; certificates resume once it is rotated", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response certificate(@NotNull @Valid CertificateRequest request, @Context HttpServerRequest http) {
        limiter.acquire(http);
        return PermitCertificates.pdf(certificates.forHolder(request.permitNumber(), request.passportNumber()));
    }

    @GET
    @Path("/keys")
    @PermitAll
    @Operation(operationId = "getPermitCertificateKeys", summary = "The keys that verify certificates (JWKS)", description = "No token. A JWK set of Ed25519 keys (kty OKP, crv Ed25519, RFC 8037), each named by its "
            + "thumbprint (RFC 7638) as a certificate's JWS names it in kid: the key that signs now first, then a key "
            + "announced for the next rotation and the previous keys while certificates they signed are within their "
            + "validity. A verifier needs nothing else to check a certificate offline; fetch the set again when a "
            + "certificate names a kid it does not hold.")
    @APIResponse(responseCode = "200", description = "The key set", content = @Content(schema = @Schema(implementation = CertificateKeySet.class)))
    public CertificateKeySet keys() {
        return certificates.publishedKeys();
    }
}
