package kz.migration.tlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Recomputes the worked example of docs/registry-proofs.md and checks that the document quotes these values. */
class WorkedExampleTest {

    private static final String ORIGIN = "registry.example/contracts";
    private static final String[] ACTIONS = {"REGISTERED", "REGISTERED", "AMENDED", "REGISTERED", "TERMINATED",
            "AMENDED"};
    private static final int[] CONTRACT_OF = {0, 1, 0, 2, 1, 2};
    private static final UUID[] CONTRACTS = {UUID.fromString("3f1c2b9a-6d4e-4f21-9a7b-0c5e8d2f1a34"),
            UUID.fromString("8a2d4c6e-1b3f-4a5c-8e7d-9f0a1b2c3d4e"),
            UUID.fromString("c4e5f6a7-b8c9-4d0e-a1f2-a3b4c5d6e7f8")};

    @Test
    void theDocumentQuotesTheValuesThisModuleComputes() throws Exception {
        String doc = Files.readString(Path.of("../docs/registry-proofs.md"), StandardCharsets.UTF_8);
        List<RegistryLeaf> entries = new ArrayList<>();
        Instant start = Instant.parse("2026-12-06T09:00:00Z");
        for (int i = 0; i < 6; i++) {
            byte[] salt = sha256("example salt of contract " + CONTRACT_OF[i]);
            Hash state = RegistryLeaf.stateHash("{\"entry\":" + (i + 1) + "}");
            entries.add(new RegistryLeaf(i + 1, start.plusSeconds(97L * i).plusNanos(123_000L * i),
                    CONTRACTS[CONTRACT_OF[i]], ACTIONS[i], RegistryLeaf.saltedStateHash(salt, state)));
            if (i == 2) {
                quoted(doc, HexFormat.of().formatHex(salt));
                quoted(doc, state.hex());
                quoted(doc, entries.get(i).saltedStateHash().hex());
                String leaf = HexFormat.of().formatHex(entries.get(i).encode());
                quoted(doc, leaf.substring(2, 18) + " " + leaf.substring(18, 34) + " " + leaf.substring(34, 66));
            }
            quoted(doc, "| " + (i + 1) + " | l" + i + " | " + entries.get(i).recordedAt() + " | "
                    + CONTRACTS[CONTRACT_OF[i]] + " | " + ACTIONS[i] + " | `" + entries.get(i).leafHash().hex()
                    + "` |");
        }
        InMemoryNodeStore store = new InMemoryNodeStore();
        MerkleLog log = new MerkleLog(store);
        TreeHead size3 = log.append(0, entries.subList(0, 3).stream().map(RegistryLeaf::leafHash).toList());
        TreeHead size6 = log.append(3, entries.subList(3, 6).stream().map(RegistryLeaf::leafHash).toList());
        for (NodeId node : List.of(new NodeId(1, 0), new NodeId(1, 1), new NodeId(1, 2), new NodeId(2, 0))) {
            quoted(doc, "`" + store.read(List.of(node)).get(0).hex() + "`");
        }
        quoted(doc, size3.root().hex());
        quoted(doc, size6.root().hex());

        InclusionProof inclusion = log.inclusionProof(2, 6);
        for (Hash hash : inclusion.auditPath()) {
            quoted(doc, hash.base64());
        }
        inclusion.verify(entries.get(2).leafHash(), size6.root());
        ConsistencyProof consistency = log.consistencyProof(3, 6);
        assertEquals(4, consistency.path().size());
        for (Hash hash : consistency.path()) {
            quoted(doc, hash.base64());
        }
        consistency.verify(size3.root(), size6.root());

        NoteSigner key = NoteSigner.fromSeed(ORIGIN, sha256("docs/registry-proofs.md example key: never use it"));
        quoted(doc, key.verifierKey().encoded());
        quoted(doc, HexFormat.of().formatHex(key.verifierKey().publicKey()).substring(0, 8));
        quoted(doc, key.signCheckpoint(Checkpoint.timestamped(ORIGIN, size3, Instant.parse("2026-12-06T09:03:30Z"))));
        quoted(doc, key.signCheckpoint(Checkpoint.timestamped(ORIGIN, size6, Instant.parse("2026-12-06T09:08:30Z"))));
    }

    private static void quoted(String doc, String value) {
        assertTrue(doc.contains(value), "docs/registry-proofs.md does not quote " + value);
    }

    private static byte[] sha256(String text) {
        return MerkleHashing.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
