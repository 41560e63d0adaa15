package kz.migration.contract.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

import kz.migration.common.problem.Problem;
import kz.migration.common.web.PublicRateLimiter;
import kz.migration.contract.api.RegistryConsistencyProof;
import kz.migration.contract.api.RegistryInclusionProof;
import kz.migration.contract.api.RegistryKeys;
import kz.migration.contract.service.RegistryProofService;

/**
 * The registry log for anyone (no token): the signed checkpoint, the keys that verify it, and the proofs that an
 * entry is in the log and that the log only grew. Everything here can be checked offline with the published key
 * (api-client's RegistryProofs, docs/registry-proofs.md); nothing here carries personal data.
 */
@Path("/api/v1/public/registry")
@Tag(name = "Public registry proofs", description = "Signed checkpoints of the registry log and proofs that anyone can verify offline (RFC 9162, C2SP checkpoints)")
public class PublicRegistryResource {

    /** The checkpoint note's media type: text, UTF-8 (its signature lines start with an em dash). */
    static final String NOTE = "text/plain; charset=utf-8";

    private static final String CHECKPOINT_EXAMPLE = """
            registry.example/contracts
            6
            DICIXzk3Y9eVSnEonRqNIAn0+mXYegXhfDrtGYHD9p8=
            time 1796548110

            — registry.example/contracts j6854AkD9gE9OI76kTrnsmrCn8SS/DOoUYuS3XZwYvZninpYlYSAE6qsEFikj+dO7T2LeYJQq56n0uOyiukBuvRK6Q8=
            """;
    private static final String LIMITED = "Too many requests from this client address; Retry-After says when to try again";
    private static final String LIMITED_EXAMPLE = """
            {"type":"https://registry.migration.gov.kz/problems/too-many-requests","title":"Too many requests",
             "status":429,"detail":"At most 30 requests per minute on public endpoints","retryAfterSeconds":42}""";
    /** Proofs for given sizes never change: any cache may keep them. */
    private static final CacheControl IMMUTABLE = CacheControl.valueOf("public, max-age=31536000, immutable");

    @Inject
    RegistryProofService proofs;

    @Inject
    PublicRateLimiter limiter;

    @GET
    @Path("/checkpoint")
    @Produces(NOTE)
    @PermitAll
    @Operation(operationId = "registryCheckpoint", summary = "The latest signed checkpoint", description = """
            Public (no token). The registry log's latest checkpoint: a c2sp.org/tlog-checkpoint (origin, tree size,
            root hash in base64, `time <unix seconds>`) in a c2sp.org/signed-note, signed with Ed25519 by every
            active key (GET /api/v1/public/registry/keys). The registry signs one after each batch of entries it
            chains, at most once a second, and publishes each as RegistryCheckpointPublished. Verify it with the
            key you pinned (api-client: RegistryProofs.verifyCheckpoint), keep it, and ask for inclusion proofs at
            its tree size. Rate limited per client address like the public lookups: over the limit, 429 with
            Retry-After.""")
    @APIResponse(responseCode = "200", description = "The checkpoint note, exactly as signed", content = @Content(mediaType = NOTE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "checkpoint", value = CHECKPOINT_EXAMPLE)))
    @APIResponse(responseCode = "429", description = LIMITED, headers = @Header(name = "Retry-After", description = "Seconds until the next request is accepted", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limited", value = LIMITED_EXAMPLE)))
    @APIResponse(responseCode = "503", description = "No checkpoint signed yet: the registry signs the first within a second of starting", headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response checkpoint(@Context HttpServerRequest http) {
        limiter.acquire(http);
        return Response.ok(proofs.checkpoint(), NOTE).cacheControl(CacheControl.valueOf("no-cache")).build();
    }

    @GET
    @Path("/keys")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "registryKeys", summary = "The keys that verify the checkpoints", description = """
            Public (no token). The log's origin and its checkpoint keys as c2sp.org/signed-note verifier keys:
            ACTIVE keys sign every new checkpoint (two during a rotation), RETIRED keys signed earlier ones and stay
            listed with the last tree size they signed, so that old checkpoints keep verifying. Pin the key once
            from a source you trust (this endpoint over a verified connection, the registry's published
            documentation); a key that appears here later is trusted only once you pin it. Rate limited per client
            address: over the limit, 429 with Retry-After.""")
    @APIResponse(responseCode = "200", description = "Origin and keys", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistryKeys.class), examples = @ExampleObject(name = "one active key", value = """
            {"origin":"registry.example/contracts","keys":[{"verifierKey":"registry.example/contracts+8faf39e0+AZhOSwxryRDALwOFHw9c3tpX9194tzN5Cdj/InMie2CS",
              "keyName":"registry.example/contracts","keyId":"8faf39e0","status":"ACTIVE","firstTreeSize":3,
              "firstSignedAt":"2026-12-06T09:03:30Z","lastTreeSize":6,"lastSignedAt":"2026-12-06T09:08:30Z",
              "rotateBy":"2027-12-06T09:03:30Z"}]}""")))
    @APIResponse(responseCode = "429", description = LIMITED, headers = @Header(name = "Retry-After", description = "Seconds until the next request is accepted", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limited", value = LIMITED_EXAMPLE)))
    public Response keys(@Context HttpServerRequest http) {
        limiter.acquire(http);
        return Response.ok(proofs.keys()).cacheControl(CacheControl.valueOf("max-age=300")).build();
    }

    @GET
    @Path("/entries/{sequence}/inclusion")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "registryInclusionProof", summary = "Proof that an entry is in the log", description = """
            Public (no token). The audit path of entry `sequence` (leaf index sequence - 1) in the tree of
            `treeSize` entries, RFC 9162 §2.1.3: hashed up with the entry's leaf, it gives the root that the
            checkpoint of that size signs. Take treeSize from a checkpoint you verified; the worker's lookup
            (POST /api/v1/public/contracts/lookup) gives each of their entries' leaf preimage and salt. Refused: an
            entry not in the tree yet (404 registry-entry-not-in-tree: it is chained moments after the change), a
            tree size beyond the log (422 registry-tree-size-beyond-log) or below the sequence (400). At most
            2 log2(n) stored nodes are read. Rate limited per client address: over the limit, 429 with
            Retry-After.""")
    @APIResponse(responseCode = "200", description = "The audit path; the same for the same sequence and tree size, for good", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistryInclusionProof.class), examples = @ExampleObject(name = "entry 3 in a tree of 6", value = """
            {"sequence":3,"leafIndex":2,"treeSize":6,"auditPath":["vem9BoQ7NDGDV97/t0e4m5D28B9ESc2tNmjtEN6SqIc=",
             "dchv9JWrPHYFdbTyxg63SR/3xEWJiw+UwXFAjMsZJM4=","pGdHoc4DvFRrbpD25FfIs4TR2w5eYZkt+cH0R44TsHo="]}""")))
    @APIResponse(responseCode = "400", description = "Invalid sequence or tree size: the violations name each", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The entry is not in the registry's tree (yet)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not in the tree", value = """
            {"type":"https://registry.migration.gov.kz/problems/registry-entry-not-in-tree",
             "title":"The registry entry is not in the registry's tree (yet)","status":404,
             "detail":"Entry 1043 is not in the registry's tree, which holds 1042 entries; a change is chained and added to the tree moments after it is registered",
             "logSize":1042}""")))
    @APIResponse(responseCode = "422", description = "The tree size is beyond the log", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "beyond the log", value = """
            {"type":"https://registry.migration.gov.kz/problems/registry-tree-size-beyond-log",
             "title":"The registry's tree is not that large","status":422,
             "detail":"treeSize 5000 is beyond the registry's tree, which holds 1042 entries","logSize":1042}""")))
    @APIResponse(responseCode = "429", description = LIMITED, headers = @Header(name = "Retry-After", description = "Seconds until the next request is accepted", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limited", value = LIMITED_EXAMPLE)))
    public Response inclusion(@PathParam("sequence") @Min(1) long sequence,
            @Parameter(required = true, description = "Size of the tree to prove against: a checkpoint's tree size") @QueryParam("treeSize") @NotNull @Min(1) Long treeSize,
            @Context HttpServerRequest http) {
        limiter.acquire(http);
        return Response.ok(proofs.inclusion(sequence, treeSize)).cacheControl(IMMUTABLE).build();
    }

    @GET
    @Path("/consistency")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "registryConsistencyProof", summary = "Proof that the log only grew", description = """
            Public (no token). The consistency proof between the trees of `from` and `to` entries, RFC 9162
            §2.1.4: with the roots of two checkpoints you hold, it shows that the later log is the earlier one with
            entries appended, nothing changed or removed. Refused: from > to (400), a size beyond the log (422
            registry-tree-size-beyond-log). At most 2 log2(n) stored nodes are read. Rate limited per client
            address: over the limit, 429 with Retry-After.""")
    @APIResponse(responseCode = "200", description = "The proof; the same for the same sizes, for good", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistryConsistencyProof.class), examples = @ExampleObject(name = "from 3 to 6", value = """
            {"from":3,"to":6,"proof":["QEwJRdmI1h59zrEtuVg5GC8h7HDzQ5srZuHnkuVG8HM=","vem9BoQ7NDGDV97/t0e4m5D28B9ESc2tNmjtEN6SqIc=",
             "dchv9JWrPHYFdbTyxg63SR/3xEWJiw+UwXFAjMsZJM4=","pGdHoc4DvFRrbpD25FfIs4TR2w5eYZkt+cH0R44TsHo="]}""")))
    @APIResponse(responseCode = "400", description = "Invalid sizes (from > to, below 1): the violations name each", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "from after to", value = """
            {"type":"https://registry.migration.gov.kz/problems/validation","title":"Invalid request","status":400,
             "detail":"from must not exceed to (3): a log only grows",
             "violations":[{"field":"from","message":"must not exceed to (3): a log only grows"}]}""")))
    @APIResponse(responseCode = "422", description = "A size beyond the log", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = LIMITED, headers = @Header(name = "Retry-After", description = "Seconds until the next request is accepted", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limited", value = LIMITED_EXAMPLE)))
    public Response consistency(
            @Parameter(required = true, description = "The earlier tree size (an older checkpoint's)") @QueryParam("from") @NotNull @Min(1) Long from,
            @Parameter(required = true, description = "The later tree size (a newer checkpoint's)") @QueryParam("to") @NotNull @Min(1) Long to,
            @Context HttpServerRequest http) {
        limiter.acquire(http);
        return Response.ok(proofs.consistency(from, to)).cacheControl(IMMUTABLE).build();
    }
}
