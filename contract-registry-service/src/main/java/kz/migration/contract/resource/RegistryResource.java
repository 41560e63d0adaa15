package kz.migration.contract.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.security.Roles;
import kz.migration.contract.api.RegistryProof;
import kz.migration.contract.api.RegistryVerification;
import kz.migration.contract.service.RegistryService;
import kz.migration.contract.service.RegistryVerifier;

@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry log", description = "The append-only log of every contract registration, amendment and termination: a hash chain and a Merkle tree with signed checkpoints")
public class RegistryResource {

    @Inject
    RegistryService registry;

    @Inject
    RegistryVerifier verifier;

    @GET
    @Path("/verify")
    @RolesAllowed({Roles.AUDITOR, Roles.MINISTRY})
    @Operation(operationId = "verifyRegistry", summary = "Verify the whole log", description = """
            Roles auditor, ministry. Recomputes, from what is stored, in one snapshot and streaming in constant
            memory: every entry's state hash and entry hash and every link of the hash chain up to the head; every
            leaf of the Merkle tree from its entry and its contract's salt, and every stored tree node from those
            leaves; the latest checkpoint's signature, and its root against the recomputed tree. A row altered
            directly in the database fails one of these. Reports the first entry that does not verify
            (firstBrokenSequence) and why; a failure also counts in registry_verification_failures_total. The same
            verification runs every hour in the background (contract.registry.verify-interval).""")
    @APIResponse(responseCode = "200", description = "Verification result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistryVerification.class), examples = {
            @ExampleObject(name = "intact", value = """
                    {"intact":true,"entriesChecked":1042,"headSequence":1042,"headHash":"9f2c…","pendingEntries":0,
                     "verifiedAt":"2026-11-23T06:00:00Z","treeSize":1042,"rootHash":"DICIXzk3Y9eVSnEonRqNIAn0+mXYegXhfDrtGYHD9p8=",
                     "nodesChecked":2080,"checkpointTreeSize":1042}"""),
            @ExampleObject(name = "broken", value = """
                    {"intact":false,"entriesChecked":1042,"headSequence":1042,"headHash":"9f2c…","firstBrokenSequence":517,
                     "problem":"the recorded contract state does not match its state hash","pendingEntries":0,
                     "verifiedAt":"2026-11-23T06:00:00Z","treeSize":1042,"rootHash":"DICIXzk3Y9eVSnEonRqNIAn0+mXYegXhfDrtGYHD9p8=",
                     "nodesChecked":2080,"checkpointTreeSize":1042}"""),
            @ExampleObject(name = "tree node altered", value = """
                    {"intact":false,"entriesChecked":1042,"headSequence":1042,"headHash":"9f2c…","firstBrokenSequence":520,
                     "problem":"the tree node at level 3, index 64 (entries 513 to 520) differs from the one recomputed from the entries",
                     "pendingEntries":0,"verifiedAt":"2026-11-23T06:00:00Z","treeSize":1042,
                     "rootHash":"DICIXzk3Y9eVSnEonRqNIAn0+mXYegXhfDrtGYHD9p8=","nodesChecked":1030,"checkpointTreeSize":1042}""")}))
    public RegistryVerification verify() {
        return verifier.verify();
    }

    @GET
    @Path("/entries/{sequence}/proof")
    @RolesAllowed({Roles.AUDITOR, Roles.MINISTRY})
    @Operation(operationId = "registryEntryProof", summary = "Proof of one entry", description = """
            Roles auditor, ministry. The entry with its hashes, the previous entry's hash (which this entry must
            point to), the next entry's back-link (which must be this entry's hash) and the current head, so the
            entry can be checked against an anchored head (RegistryHeadAnchored). For a proof anyone can check
            offline against a signed checkpoint, see GET /api/v1/public/registry/entries/{sequence}/inclusion.""")
    @APIResponse(responseCode = "200", description = "The entry and its links", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistryProof.class), examples = @ExampleObject(name = "proof", value = """
            {"entry":{"sequence":517,"recordedAt":"2026-11-23T05:12:00.123456Z","contractId":"0f8e7c4e-3b7a-4d55-9d3e-1f2a3b4c5d6e",
              "action":"REGISTERED","stateHash":"5d1e…","previousHash":"77ab…","entryHash":"c3f0…"},
             "previous":{"sequence":516,"entryHash":"77ab…","previousHash":"12cd…"},
             "next":{"sequence":518,"entryHash":"e9a1…","previousHash":"c3f0…"},
             "head":{"sequence":1042,"entryHash":"9f2c…"}}""")))
    public RegistryProof proof(@PathParam("sequence") @Min(1) long sequence) {
        return registry.proof(sequence);
    }
}
