package kz.migration.acceptance;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.migration.client.contract.api.PublicRegistryProofsApi;
import kz.migration.client.proof.RegistryProofs;
import kz.migration.client.proof.VerifiedCheckpoint;
import kz.migration.tlog.ConsistencyProof;
import kz.migration.tlog.InclusionProof;
import kz.migration.tlog.MerkleHashing;
import kz.migration.tlog.RegistryLeaf;
import kz.migration.tlog.VerificationException;

/**
 * Issue 21: the registry log proved offline through {@code api-client} alone. A worker, starting from the public
 * endpoints and their contract number and passport, recomputes their entry's leaf from the lookup's preimage and
 * salt and checks it against a checkpoint signed by the registry's key; an auditor holding two checkpoints proves
 * that the log only grew between them. Nothing here trusts the registry's own answers beyond the key pinned at the
 * start: every check is {@link RegistryProofs}'s.
 */
@Order(10)
class RegistryLogProvedOfflineTest extends Scenario {

    /** Public endpoints share a per-address budget (30 a minute by default): checkpoints are polled slowly. */
    private static final Duration PUBLIC_POLL = Duration.ofSeconds(2);

    private final PublicRegistryProofsApi proofsApi = RegistryClients
            .contract(stack.baseUrl("contract-registry-service"), PublicRegistryProofsApi::new).withoutToken();

    @Test
    void aWorkerProvesTheirContractIsInTheLogAndAnAuditorProvesTheLogOnlyGrew() throws Exception {
        // The key is pinned once, before anything is proved; later answers are checked against it, not trusted.
        JsonNode keys = publicJson(() -> ClientReplies.call(() -> proofsApi.registryKeysWithHttpInfo()));
        String origin = keys.get("origin").asText();
        List<String> activeKeys = activeKeys(keys);
        assertEquals(1, activeKeys.size(), keys::toString);
        RegistryProofs proofs = new RegistryProofs(origin, activeKeys);
        step("verifier key pinned: " + activeKeys.get(0));

        // An employer registers a citizen of Kyrgyzstan (EAEU: no permit needed), the worker's own contract.
        String employer = employer(Identifiers.bin());
        String passport = Identifiers.passport();
        LocalDate today = today();
        JsonNode contract = expect(201, contracts.register(employer, new Contracts.Draft("Aibek Toktogulov",
                passport, "KG", null, "Software developer", OCCUPATION, ALMATY, today, today.plusYears(1).minusDays(1),
                "480000.00", 40, today)));
        String contractNumber = contract.get("contractNumber").asText();
        chainedRegistry();
        VerifiedCheckpoint older = checkpointCovering(proofs, sequencesOf(employer, contract).get(0));
        step("contract " + contractNumber + " registered; checkpoint of " + older.size() + " entries held");

        // The log grows: another employer's contract is registered and terminated.
        String other = employer(Identifiers.bin());
        Reply second = expect201(contracts.register(other, new Contracts.Draft("Nurlan Asanov",
                Identifiers.passport(), "KG", null, "Welder", "7212", ASTANA, today, today.plusYears(1).minusDays(1),
                "450000.00", 40, today)));
        expect(200, contracts.terminate(other, second.json().get("id").asText(), second.etag(), today,
                "WORKER_INITIATIVE"));
        chainedRegistry();
        long lastSequence = sequencesOf(other, expect(200, contracts.get(other, second.json().get("id").asText())))
                .get(1);
        VerifiedCheckpoint newer = checkpointCovering(proofs, lastSequence);
        assertTrue(newer.size() >= older.size() + 2, older + " then " + newer);
        step("log grown to a checkpoint of " + newer.size() + " entries");

        // The worker: contract number and passport give the entry's preimage and the salt; the leaf is recomputed
        // from them, and its inclusion proof at the newer checkpoint's size leads to the signed root.
        JsonNode lookup = publicJson(() -> contracts.publicLookup(contractNumber, passport));
        byte[] salt = Base64.getDecoder().decode(lookup.get("stateSalt").asText());
        JsonNode entry = lookup.get("registryEntries").get(0);
        assertEquals(1, lookup.get("registryEntries").size(), lookup::toString);
        assertEquals("REGISTERED", entry.get("action").asText());
        String state = entry.get("canonicalState").asText();
        assertTrue(state.contains("\"salary\":\"480000.00\"") && state.contains("\"" + passport + "\""), state);
        RegistryLeaf leaf = RegistryProofs.registryLeaf(entry.get("sequence").asLong(),
                OffsetDateTime.parse(entry.get("recordedAt").asText()).toInstant(),
                UUID.fromString(entry.get("contractId").asText()), entry.get("action").asText(), salt,
                state);
        assertEquals(entry.get("leaf").asText(), Base64.getEncoder().encodeToString(leaf.encode()),
                "the leaf recomputed offline is the one the registry serves");
        for (VerifiedCheckpoint checkpoint : List.of(older, newer)) {
            proofs.verifyEntry(leaf, inclusion(leaf.sequence(), checkpoint.size()), checkpoint);
        }
        // Terms other than those registered do not verify: a lowered salary changes the leaf.
        RegistryLeaf altered = RegistryProofs.registryLeaf(leaf.sequence(), leaf.recordedAt(), leaf.contractId(),
                leaf.action(), salt, state.replace("\"480000.00\"", "\"180000.00\""));
        assertThrows(VerificationException.class,
                () -> proofs.verifyEntry(altered, inclusion(leaf.sequence(), newer.size()), newer));
        step("worker proved entry " + leaf.sequence() + " in both checkpoints; altered terms refused");

        // The auditor: the consistency proof between the two checkpoints' sizes links their signed roots.
        JsonNode consistency = publicJson(() -> ClientReplies
                .call(() -> proofsApi.registryConsistencyProofWithHttpInfo(older.size(), newer.size())));
        List<String> path = strings(consistency.get("proof"));
        proofs.verifyConsistency(older, newer, RegistryProofs.consistencyProof(older.size(), newer.size(), path));
        // The same proof links no other older root to the newer one: a log rewritten below the older checkpoint
        // has another root there, and no proof could link it.
        ConsistencyProof proof = RegistryProofs.consistencyProof(older.size(), newer.size(), path);
        assertThrows(VerificationException.class,
                () -> proof.verify(MerkleHashing.leafHash(leaf.encode()), newer.rootHash()));
        step("auditor proved the log only grew from " + older.size() + " to " + newer.size() + " entries");
    }

    /** The contract's registry sequences from its view (listed once the sequencer has chained its changes). */
    private List<Long> sequencesOf(String employer, JsonNode created) {
        String id = created.get("id").asText();
        JsonNode view = eventuallyJson("registry sequences of " + id, () -> contracts.get(employer, id),
                v -> v.path("registrySequences").size() >= ("TERMINATED".equals(created.path("status").asText())
                        ? 2
                        : 1));
        List<Long> sequences = new ArrayList<>();
        view.get("registrySequences").forEach(s -> sequences.add(s.asLong()));
        return sequences;
    }

    /** The latest checkpoint once it covers {@code sequence}, verified against the pinned key. */
    private VerifiedCheckpoint checkpointCovering(RegistryProofs proofs, long sequence) {
        return await("checkpoint covering entry " + sequence).atMost(EVENTUAL).pollInterval(PUBLIC_POLL)
                .until(() -> {
                    Reply reply = ClientReplies.call(() -> proofsApi.registryCheckpointWithHttpInfo());
                    return reply.status() == 200 ? proofs.verifyCheckpoint(checkpointNote(reply)) : null;
                }, checkpoint -> checkpoint != null && checkpoint.size() >= sequence);
    }

    private InclusionProof inclusion(long sequence, long treeSize) {
        JsonNode proof = publicJson(() -> ClientReplies
                .call(() -> proofsApi.registryInclusionProofWithHttpInfo(sequence, treeSize)));
        return RegistryProofs.inclusionProof(proof.get("leafIndex").asLong(), proof.get("treeSize").asLong(),
                strings(proof.get("auditPath")));
    }

    /** A public GET's JSON, waiting out the per-address rate limit if an earlier scenario used it up. */
    private static JsonNode publicJson(Callable<Reply> call) {
        return await("public registry answer").atMost(EVENTUAL).pollInterval(PUBLIC_POLL).until(call, reply -> {
            assertTrue(reply.status() == 200 || reply.status() == 429, reply::toString);
            return reply.status() == 200;
        }).json();
    }

    /** The checkpoint note: the generated client returns the text/plain body as a string. */
    private static String checkpointNote(Reply reply) {
        return reply.json() == null ? reply.body() : reply.json().asText();
    }

    private static Reply expect201(Reply reply) {
        expect(201, reply);
        return reply;
    }

    private static List<String> activeKeys(JsonNode keys) {
        List<String> active = new ArrayList<>();
        keys.get("keys").forEach(key -> {
            if ("ACTIVE".equals(key.get("status").asText())) {
                active.add(key.get("verifierKey").asText());
            }
        });
        return active;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
