package kz.migration.tlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our hashing, trees and proofs against the published data of independent RFC 6962/9162 implementations:
 * transparency-dev/merkle (the library under Trillian, Tessera and Go's checksum database tooling) and the
 * accumulated vectors of draft-ietf-plants-merkle-tree-certs. Sources and commits: {@code vectors/README.md}.
 */
class PublishedMerkleVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Properties REFERENCE = TestVectors
            .properties("transparency-dev-merkle/reference-tree.properties");

    @Test
    void hashesLeavesAndNodesAsTheRfc6962HasherVectorsSay() {
        assertEquals(hex("hasher.empty"), MerkleHashing.emptyRoot());
        assertEquals(hex("hasher.leaf.empty"), MerkleHashing.leafHash(new byte[0]));
        assertEquals(hex("hasher.leaf.L123456"), MerkleHashing.leafHash(ascii("L123456")));
        // The vector hashes two 4-byte strings as children, which our Hash type (32 bytes) cannot hold: the same
        // digest computed by hand from the node rule, 0x01 || left || right.
        assertEquals(hex("hasher.node.N123.N456"), sha256((byte) 0x01, ascii("N123N456")));
        Properties go = TestVectors.properties("golang-mod/sumdb-note.properties");
        assertEquals(Hash.fromBase64(go.getProperty("tlog.leaf.hello-world")),
                MerkleHashing.leafHash(ascii("hello world")));
    }

    @Test
    void buildsTheReferenceTreeNodeForNodeAndRootForRoot() {
        List<byte[]> leaves = IntStream.range(0, 8)
                .mapToObj(i -> HexFormat.of().parseHex(REFERENCE.getProperty("leaf." + i))).toList();
        InMemoryNodeStore store = new InMemoryNodeStore();
        MerkleLog log = new MerkleLog(store);
        assertEquals(hex("root.0"), log.root(0));
        for (int size = 0; size < 8; size++) {
            TreeHead head = log.appendLeaves(size, leaves.subList(size, size + 1));
            assertEquals(hex("root." + (size + 1)), head.root(), "root of " + (size + 1));
        }
        for (int size = 0; size <= 8; size++) {
            assertEquals(hex("root." + size), log.root(size));
        }
        int nodes = 0;
        for (String key : REFERENCE.stringPropertyNames()) {
            if (key.startsWith("node.")) {
                String[] at = key.split("\\.");
                NodeId id = new NodeId(Integer.parseInt(at[1]), Long.parseLong(at[2]));
                assertEquals(hex(key), store.read(List.of(id)).get(0), key);
                nodes++;
            }
        }
        assertEquals(15, nodes);
        assertEquals(nodes, store.size());
    }

    @Test
    void inclusionProbesVerifyOrFailAsTheirAuthorsSay() throws Exception {
        MerkleLog reference = referenceLog();
        int checked = 0;
        int generated = 0;
        for (String line : TestVectors.lines("transparency-dev-merkle/inclusion.jsonl")) {
            JsonNode probe = JSON.readTree(line);
            String source = probe.get("source").asText();
            boolean wantError = probe.get("wantErr").asBoolean();
            JsonNode index = probe.has("leafIdx") ? probe.get("leafIdx") : probe.get("leafIndex");
            List<String> hashes = new ArrayList<>(strings(probe.get("proof")));
            hashes.add(probe.get("leafHash").asText());
            hashes.add(probe.get("root").asText());
            if (!fitsOurTypes(hashes, index, probe.get("treeSize"))) {
                // Hashes of another length than 32 bytes, or a uint64 index beyond a Java long: refused before any
                // verification. Every such probe expects an error.
                assertTrue(wantError, source);
                checked++;
                continue;
            }
            long leafIndex = index.asLong();
            long treeSize = probe.get("treeSize").asLong();
            Hash leafHash = Hash.fromBase64(probe.get("leafHash").asText());
            Hash root = Hash.fromBase64(probe.get("root").asText());
            List<Hash> path = hashes(probe.get("proof"));
            boolean failed = false;
            try {
                ProofVerifier.verifyInclusion(leafIndex, treeSize, leafHash, path, root);
            } catch (VerificationException e) {
                failed = true;
            }
            assertEquals(wantError, failed, source);
            checked++;
            if (!wantError && treeSize <= 8 && root.equals(reference.root(treeSize))) {
                // Their proof is the one our log generates.
                assertEquals(path, reference.inclusionProof(leafIndex, treeSize).auditPath(), source);
                generated++;
            }
        }
        assertEquals(30, checked);
        assertEquals(5, generated);
    }

    @Test
    void consistencyProbesVerifyOrFailAsTheirAuthorsSay() throws Exception {
        MerkleLog reference = referenceLog();
        int checked = 0;
        int generated = 0;
        for (String line : TestVectors.lines("transparency-dev-merkle/consistency.jsonl")) {
            JsonNode probe = JSON.readTree(line);
            String source = probe.get("source").asText();
            boolean wantError = probe.get("wantErr").asBoolean();
            List<String> hashes = new ArrayList<>(strings(probe.get("proof")));
            hashes.add(probe.get("root1").asText());
            hashes.add(probe.get("root2").asText());
            if (!fitsOurTypes(hashes, probe.get("size1"), probe.get("size2"))) {
                // Roots that are not 32-byte hashes: our typed API refuses them before any verification. One probe
                // ("sizes are equal (one) and proof is empty") accepts two equal 12-byte roots; we refuse it.
                checked++;
                continue;
            }
            long size1 = probe.get("size1").asLong();
            long size2 = probe.get("size2").asLong();
            Hash root1 = Hash.fromBase64(probe.get("root1").asText());
            Hash root2 = Hash.fromBase64(probe.get("root2").asText());
            List<Hash> proof = hashes(probe.get("proof"));
            boolean failed = false;
            try {
                ProofVerifier.verifyConsistency(size1, size2, root1, root2, proof);
            } catch (VerificationException e) {
                failed = true;
            }
            assertEquals(wantError, failed, source);
            checked++;
            if (!wantError && size2 <= 8 && root2.equals(reference.root(size2))) {
                assertEquals(proof, reference.consistencyProof(size1, size2).path(), source);
                generated++;
            }
        }
        assertEquals(32, checked);
        assertEquals(5, generated);
    }

    @Test
    void subtreeHashesAndInclusionProofsMatchTheAccumulatedDraftVectors() throws Exception {
        Properties vectors = TestVectors.properties("transparency-dev-merkle/subtree-vectors.properties");
        int size = Integer.parseInt(vectors.getProperty("leaves"));
        List<byte[]> d = IntStream.range(0, size).mapToObj(i -> new byte[]{(byte) i}).toList();
        MessageDigest hashes = MessageDigest.getInstance("SHA-256");
        MessageDigest proofs = MessageDigest.getInstance("SHA-256");
        for (int end = 1; end <= size; end++) {
            for (int start = 0; start < end; start++) {
                if (!isValidSubtree(start, end)) {
                    continue;
                }
                // A subtree [start, end) is the tree of the leaves D[start:end]: built as a log of its own.
                MerkleLog subtree = new MerkleLog(new InMemoryNodeStore());
                TreeHead head = subtree.appendLeaves(0, d.subList(start, end));
                hashes.update(ascii("[" + start + ", " + end + ") " + head.root().hex() + "\n"));
                for (int index = start; index < end; index++) {
                    StringBuilder line = new StringBuilder(index + " [" + start + ", " + end + ")");
                    for (Hash hash : subtree.inclusionProof(index - start, end - start).auditPath()) {
                        line.append(' ').append(hash.hex());
                    }
                    proofs.update(ascii(line.append('\n').toString()));
                }
            }
        }
        assertEquals(vectors.getProperty("hash"), HexFormat.of().formatHex(hashes.digest()));
        assertEquals(vectors.getProperty("inclusion"), HexFormat.of().formatHex(proofs.digest()));
    }

    @Test
    void refusesHashesThatAreNotThirtyTwoBytesOfCanonicalBase64() {
        assertThrows(IllegalArgumentException.class, () -> Hash.fromBase64("V3JvbmdSb290"));
        assertThrows(IllegalArgumentException.class, () -> Hash.fromBase64(""));
        assertThrows(IllegalArgumentException.class,
                () -> Hash.fromBase64("XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg"));
        assertThrows(IllegalArgumentException.class, () -> Hash.of(new byte[31]));
    }

    private static boolean isValidSubtree(long start, long end) {
        if (start == 0) {
            return true;
        }
        long bitCeil = Long.highestOneBit(end - start);
        if (bitCeil < end - start) {
            bitCeil <<= 1;
        }
        return start % bitCeil == 0;
    }

    private static MerkleLog referenceLog() {
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());
        log.appendLeaves(0, IntStream.range(0, 8)
                .mapToObj(i -> HexFormat.of().parseHex(REFERENCE.getProperty("leaf." + i))).toList());
        return log;
    }

    private static boolean fitsOurTypes(List<String> base64Hashes, JsonNode... sizes) {
        for (JsonNode size : sizes) {
            if (size.bigIntegerValue().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
                return false;
            }
        }
        try {
            base64Hashes.forEach(Hash::fromBase64);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private static List<Hash> hashes(JsonNode array) {
        return strings(array).stream().map(Hash::fromBase64).toList();
    }

    private static Hash hex(String key) {
        return Hash.fromHex(REFERENCE.getProperty(key));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static Hash sha256(byte prefix, byte[] rest) {
        byte[] input = new byte[1 + rest.length];
        input[0] = prefix;
        System.arraycopy(rest, 0, input, 1, rest.length);
        return Hash.of(MerkleHashing.sha256(input));
    }
}
