package kz.migration.tlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An append-only RFC 9162 Merkle tree over a {@link NodeStore}. The log keeps no state of its own: the caller (the
 * single writer) knows the current size and passes it, so the tree size and the nodes are committed together.
 * <p>
 * Costs, in nodes read and written (each method makes one {@link NodeStore#read} call):
 * <ul>
 * <li>{@link #append}: reads the compact range of the old size, at most log2(n) + 1 nodes, once per batch; writes
 * each leaf and each subtree it completes, 2 per leaf on average and at most log2(n) + 1 for one leaf;</li>
 * <li>{@link #root}: at most log2(n) + 1 reads, for any earlier size;</li>
 * <li>{@link #inclusionProof} and {@link #consistencyProof}: at most 2 log2(n) + 2 reads.</li>
 * </ul>
 */
public final class MerkleLog {

    private final NodeStore store;

    public MerkleLog(NodeStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Appends leaves, given by their leaf hashes, after the first {@code treeSize} leaves; returns the new head.
     * Writes the new nodes in one {@link NodeStore#write} call.
     */
    public TreeHead append(long treeSize, List<Hash> leafHashes) {
        requireSize(treeSize);
        CompactRange range = CompactRange.of(treeSize, store.read(CompactRange.nodes(treeSize)));
        List<Node> completed = new ArrayList<>(2 * leafHashes.size() + 64);
        for (Hash leafHash : leafHashes) {
            range.append(leafHash, completed::add);
        }
        if (!completed.isEmpty()) {
            store.write(completed);
        }
        return range.head();
    }

    /** {@link #append} for leaves given by their bytes: each is hashed as {@code SHA-256(0x00 || leaf)}. */
    public TreeHead appendLeaves(long treeSize, List<byte[]> leaves) {
        return append(treeSize, leaves.stream().map(MerkleHashing::leafHash).toList());
    }

    /** MTH(D[treeSize]), for the current size or any earlier one. */
    public Hash root(long treeSize) {
        requireSize(treeSize);
        return CompactRange.foldRight(store.read(CompactRange.nodes(treeSize)));
    }

    /** The stored hash of leaf {@code leafIndex}. */
    public Hash leafHash(long leafIndex) {
        return store.read(List.of(new NodeId(0, leafIndex))).get(0);
    }

    /**
     * The audit path of leaf {@code leafIndex} in the tree of {@code treeSize} leaves, PATH(m, D[n]) of RFC 9162
     * §2.1.3.1. The caller checks that {@code treeSize} is not larger than the log.
     */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException(
                    "leaf " + leafIndex + " is not in a tree of " + treeSize + " leaves");
        }
        Plan plan = new Plan();
        path(leafIndex, 0, treeSize, plan);
        return new InclusionProof(leafIndex, treeSize, plan.hashes(store));
    }

    /**
     * The proof that the tree of {@code size2} leaves extends the one of {@code size1}, PROOF(m, D[n]) of RFC 9162
     * §2.1.4.1. Empty when the sizes are equal; from an empty tree there is nothing to prove, and it is refused.
     */
    public ConsistencyProof consistencyProof(long size1, long size2) {
        if (size1 < 1 || size1 > size2) {
            throw new IllegalArgumentException(
                    "no consistency proof from " + size1 + " to " + size2 + " leaves: needs 0 < from <= to");
        }
        Plan plan = new Plan();
        if (size1 < size2) {
            subproof(size1, 0, size2, true, plan);
        }
        return new ConsistencyProof(size1, size2, plan.hashes(store));
    }

    /** PATH(m, D[start:end]); {@code m} is absolute. The deepest sibling comes first, as the RFC orders it. */
    private static void path(long m, long start, long end, Plan plan) {
        if (end - start == 1) {
            return;
        }
        long k = MerkleHashing.largestPowerOfTwoBelow(end - start);
        if (m < start + k) {
            path(m, start, start + k, plan);
            plan.add(start + k, end);
        } else {
            path(m, start + k, end, plan);
            plan.add(start, start + k);
        }
    }

    /** SUBPROOF(m, D[start:end], b); {@code m} counts the leaves of the old tree within [start, end). */
    private static void subproof(long m, long start, long end, boolean whole, Plan plan) {
        if (m == end - start) {
            if (!whole) {
                plan.add(start, end);
            }
            return;
        }
        long k = MerkleHashing.largestPowerOfTwoBelow(end - start);
        if (m <= k) {
            subproof(m, start, start + k, whole, plan);
            plan.add(start + k, end);
        } else {
            subproof(m - k, start + k, end, false, plan);
            plan.add(start, start + k);
        }
    }

    private static void requireSize(long treeSize) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("a tree size is not negative: " + treeSize);
        }
    }

    /**
     * The proof's elements as MTH of leaf ranges, each the right fold of the complete subtrees that cover it: all of
     * them read in one batch. At most one range of a proof is not itself a complete subtree.
     */
    private static final class Plan {

        private final List<List<NodeId>> ranges = new ArrayList<>();

        void add(long start, long end) {
            ranges.add(CompactRange.decompose(start, end));
        }

        List<Hash> hashes(NodeStore store) {
            List<NodeId> all = new ArrayList<>();
            ranges.forEach(all::addAll);
            List<Hash> read = all.isEmpty() ? List.of() : store.read(all);
            List<Hash> proof = new ArrayList<>(ranges.size());
            int next = 0;
            for (List<NodeId> range : ranges) {
                proof.add(CompactRange.foldRight(read.subList(next, next + range.size())));
                next += range.size();
            }
            return List.copyOf(proof);
        }
    }
}
