package kz.migration.tlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.migration.tlog.VerificationException.Reason;

class MerkleLogTest {

    private static final int SIZES = 300;

    private static List<Hash> leaves;
    private static Rfc9162Reference reference;
    private static CountingNodeStore store;
    private static MerkleLog log;

    @BeforeAll
    static void appendThreeHundredLeavesInBatchesOfOneToSeven() {
        leaves = IntStream.range(0, SIZES).mapToObj(i -> MerkleHashing.leafHash(leaf(i))).toList();
        reference = new Rfc9162Reference(leaves);
        store = new CountingNodeStore();
        log = new MerkleLog(store);
        long size = 0;
        int batch = 1;
        while (size < SIZES) {
            int end = (int) Math.min(SIZES, size + batch);
            TreeHead head = log.append(size, leaves.subList((int) size, end));
            assertEquals(end, head.size());
            assertEquals(reference.mth(0, end), head.root(), "root after appending to " + end);
            size = end;
            batch = batch % 7 + 1;
        }
    }

    @Test
    void rootOfEveryEarlierSizeEqualsRecomputationFromTheLeaves() {
        for (int n = 0; n <= SIZES; n++) {
            assertEquals(reference.mth(0, n), log.root(n), "root of " + n);
        }
        assertEquals(MerkleHashing.emptyRoot(), log.root(0));
    }

    @Test
    void rootAfterThousandsOfRandomBatchesEqualsRecomputationFromTheLeaves() {
        Random random = new Random(21);
        MerkleLog fresh = new MerkleLog(new InMemoryNodeStore());
        CompactRange streamed = CompactRange.empty();
        List<Hash> all = new ArrayList<>();
        long size = 0;
        for (int batch = 0; batch < 1_000; batch++) {
            List<Hash> added = new ArrayList<>();
            for (int i = random.nextInt(9); i > 0; i--) {
                byte[] leaf = new byte[1 + random.nextInt(40)];
                random.nextBytes(leaf);
                added.add(MerkleHashing.leafHash(leaf));
            }
            all.addAll(added);
            added.forEach(streamed::append);
            TreeHead head = fresh.append(size, added);
            size = head.size();
            assertEquals(streamed.root(), head.root(), "after batch " + batch);
        }
        assertEquals(all.size(), size);
        assertEquals(Rfc9162Reference.mth(all), fresh.root(size));
        assertEquals(MerkleHashing.rootOf(all), fresh.root(size));
    }

    @Test
    void inclusionProofsVerifyForEveryTreeSizeFromOneTo300AndEveryLeaf() throws VerificationException {
        for (int n = 1; n <= SIZES; n++) {
            Hash root = reference.mth(0, n);
            for (int m = 0; m < n; m++) {
                InclusionProof proof = log.inclusionProof(m, n);
                assertEquals(reference.path(m, n), proof.auditPath(), m + " in " + n);
                proof.verify(leaves.get(m), root);
                int other = (m + 1) % n;
                if (other != m) {
                    VerificationException wrongLeaf = assertThrows(VerificationException.class,
                            () -> proof.verify(leaves.get(other), root));
                    assertEquals(Reason.ROOT_MISMATCH, wrongLeaf.reason());
                }
            }
        }
    }

    @Test
    void consistencyProofsVerifyForEveryPairOfTreeSizesUpTo300() throws VerificationException {
        for (int n = 1; n <= SIZES; n++) {
            Hash root2 = reference.mth(0, n);
            for (int m = 1; m <= n; m++) {
                Hash root1 = reference.mth(0, m);
                ConsistencyProof proof = log.consistencyProof(m, n);
                assertEquals(m == n ? List.of() : reference.proof(m, n), proof.path(),
                        m + " to " + n);
                proof.verify(root1, root2);
                if (m < n) {
                    assertThrows(VerificationException.class, () -> proof.verify(root2, root2));
                }
            }
        }
    }

    @Test
    void appendingReadsAndWritesLogarithmicallyManyNodes() {
        CountingNodeStore counted = new CountingNodeStore();
        MerkleLog growing = new MerkleLog(counted);
        long maxReads = 0;
        long maxWrites = 0;
        long totalWrites = 0;
        int appends = 1 << 14;
        for (long size = 0; size < appends; size++) {
            counted.resetCounts();
            growing.append(size, List.of(MerkleHashing.leafHash(leaf((int) size))));
            int log2 = 63 - Long.numberOfLeadingZeros(Math.max(1, size));
            // The compact range of the old size: one node per set bit, at most log2(n) + 1.
            assertEquals(Long.bitCount(size), counted.reads, "reads appending to " + size);
            assertTrue(counted.reads <= log2 + 1);
            // The leaf and one parent per trailing one bit of the old size.
            assertEquals(1 + Long.numberOfTrailingZeros(~size), counted.writes, "writes appending to " + size);
            assertTrue(counted.writes <= log2 + 2);
            assertEquals(1, counted.readCalls, "one store call per append");
            maxReads = Math.max(maxReads, counted.reads);
            maxWrites = Math.max(maxWrites, counted.writes);
            totalWrites += counted.writes;
        }
        assertEquals(14, maxReads);
        assertEquals(15, maxWrites);
        // Every complete subtree is written once: 2n - 1 nodes for n = 2^14 leaves, 2 per leaf on average.
        assertEquals(2L * appends - 1, totalWrites);
    }

    @Test
    void aBatchReadsTheCompactRangeOnceAndWritesEachNewNodeOnce() {
        CountingNodeStore counted = new CountingNodeStore();
        MerkleLog batched = new MerkleLog(counted);
        batched.append(0, leaves.subList(0, 77));
        counted.resetCounts();
        batched.append(77, leaves.subList(77, 277));
        assertEquals(Long.bitCount(77), counted.reads);
        assertEquals(1, counted.readCalls);
        // Complete subtrees of 277 leaves minus those of 77.
        assertEquals(completeSubtrees(277) - completeSubtrees(77), counted.writes);
    }

    @Test
    void rootsAndProofsReadLogarithmicallyManyNodesInOneCall() {
        for (long n = 1; n <= SIZES; n++) {
            int ceilLog2 = 64 - Long.numberOfLeadingZeros(n - 1);
            store.resetCounts();
            log.root(n);
            assertEquals(Long.bitCount(n), store.reads);
            for (long m = 0; m < n; m++) {
                store.resetCounts();
                log.inclusionProof(m, n);
                assertTrue(store.reads <= 2L * ceilLog2, "inclusion " + m + " in " + n + " read " + store.reads);
                assertTrue(store.readCalls <= 1);
            }
            for (long m = 1; m < n; m++) {
                store.resetCounts();
                log.consistencyProof(m, n);
                assertTrue(store.reads <= 2L * ceilLog2, "consistency " + m + " to " + n + " read " + store.reads);
                assertEquals(1, store.readCalls);
            }
        }
    }

    @Test
    void aRewrittenLeafMakesTheConsistencyProofFromAnEarlierCheckpointFail() throws VerificationException {
        Hash checkpoint60 = log.root(60);
        List<Hash> rewritten = new ArrayList<>(leaves.subList(0, 100));
        rewritten.set(17, MerkleHashing.leafHash("a changed contract".getBytes(StandardCharsets.UTF_8)));
        MerkleLog forged = new MerkleLog(new InMemoryNodeStore());
        forged.append(0, rewritten);

        ConsistencyProof proof = forged.consistencyProof(60, 100);
        VerificationException refused = assertThrows(VerificationException.class,
                () -> proof.verify(checkpoint60, forged.root(100)));
        assertEquals(Reason.ROOT_MISMATCH, refused.reason());
        // The honest log proves the same step.
        log.consistencyProof(60, 100).verify(checkpoint60, log.root(100));
    }

    @Test
    void anAlteredStoredNodeMakesTheConsistencyProofFromAnEarlierCheckpointFail() {
        CountingNodeStore tampered = new CountingNodeStore();
        MerkleLog altered = new MerkleLog(tampered);
        altered.append(0, leaves.subList(0, 100));
        Hash checkpoint60 = altered.root(60);
        // [0, 60) is the subtrees [0, 32), [32, 48), [48, 56), [56, 60): alter each in turn.
        for (NodeId node : CompactRange.nodes(60)) {
            CountingNodeStore copy = new CountingNodeStore();
            MerkleLog copied = new MerkleLog(copy);
            copied.append(0, leaves.subList(0, 100));
            copy.tamper(node, MerkleHashing.leafHash(new byte[]{1, 2, 3}));
            ConsistencyProof proof = copied.consistencyProof(60, 100);
            assertThrows(VerificationException.class, () -> proof.verify(checkpoint60, copied.root(100)),
                    "altered " + node);
        }
    }

    @Test
    void anAlteredLeafUnderAStoredParentFailsItsInclusionProofAndTheStreamedRecomputation()
            throws VerificationException {
        CountingNodeStore tampered = new CountingNodeStore();
        MerkleLog altered = new MerkleLog(tampered);
        altered.append(0, leaves.subList(0, 100));
        Hash checkpoint100 = altered.root(100);
        Hash forgedLeaf = MerkleHashing.leafHash("a changed contract".getBytes(StandardCharsets.UTF_8));
        tampered.tamper(new NodeId(0, 17), forgedLeaf);

        // The tree head is made of stored parents, so the leaf's change does not show there...
        assertEquals(checkpoint100, altered.root(100));
        // ...but the altered entry has no inclusion proof against the checkpoint,
        InclusionProof proof = altered.inclusionProof(17, 100);
        assertThrows(VerificationException.class, () -> proof.verify(forgedLeaf, checkpoint100));
        proof.verify(leaves.get(17), checkpoint100);
        // and recomputing the tree from the stored leaves, as a full verification does, gives another root.
        CompactRange recomputed = CompactRange.empty();
        for (long i = 0; i < 100; i++) {
            recomputed.append(altered.leafHash(i));
        }
        assertNotEquals(checkpoint100, recomputed.root());
    }

    @Test
    void refusesWhatIsNotInTheTreeAndAnAppendThatWouldRewriteIt() {
        assertThrows(IllegalArgumentException.class, () -> log.inclusionProof(5, 5));
        assertThrows(IllegalArgumentException.class, () -> log.inclusionProof(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> log.consistencyProof(0, 5));
        assertThrows(IllegalArgumentException.class, () -> log.consistencyProof(6, 5));
        assertThrows(NodeStore.MissingNodeException.class, () -> log.root(SIZES + 1));
        assertThrows(NodeStore.MissingNodeException.class, () -> log.inclusionProof(0, SIZES + 1));
        MerkleLog rewriting = new MerkleLog(new InMemoryNodeStore());
        rewriting.append(0, leaves.subList(0, 10));
        assertThrows(IllegalStateException.class, () -> rewriting.append(4, leaves.subList(5, 6)));
    }

    private static long completeSubtrees(long size) {
        long count = 0;
        for (int level = 0; level < 63; level++) {
            count += size >> level;
        }
        return count;
    }

    static byte[] leaf(int i) {
        return ("entry " + i).getBytes(StandardCharsets.UTF_8);
    }
}
