package kz.migration.tlog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The right border of a tree of {@code size} leaves: the roots of the complete subtrees that [0, size) splits into,
 * one per set bit of the size, largest (leftmost) first. At most 63 hashes, and enough to append a leaf and to
 * compute the root, which makes it the state of an append: O(log n) to load, O(1) amortised per leaf.
 * <p>
 * Streaming every leaf hash of the log through a fresh range recomputes its root in constant memory, which is how a
 * whole log is verified.
 */
public final class CompactRange {

    private long size;
    private final ArrayList<Hash> hashes;

    private CompactRange(long size, List<Hash> hashes) {
        this.size = size;
        this.hashes = new ArrayList<>(hashes);
    }

    public static CompactRange empty() {
        return new CompactRange(0, List.of());
    }

    /** The range of a tree of {@code size} leaves from the hashes of {@link #nodes(long)}, in that order. */
    public static CompactRange of(long size, List<Hash> hashes) {
        if (hashes.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException(
                    "a tree of " + size + " leaves has " + Long.bitCount(size) + " border nodes, not " + hashes.size());
        }
        return new CompactRange(size, hashes);
    }

    /** The complete subtrees that [0, size) splits into, largest first: what {@link #of} needs. */
    public static List<NodeId> nodes(long size) {
        return decompose(0, size);
    }

    /**
     * The complete subtrees that cover [start, end) exactly, left to right. For the ranges the RFC 9162 recursion
     * visits (start a multiple of a power of two not smaller than the range) they are the binary digits of the
     * range's length, largest first, and MTH of the range is their right fold.
     */
    static List<NodeId> decompose(long start, long end) {
        List<NodeId> nodes = new ArrayList<>();
        while (start < end) {
            int level = start == 0 ? 62 : Long.numberOfTrailingZeros(start);
            while ((1L << level) > end - start) {
                level--;
            }
            nodes.add(new NodeId(level, start >> level));
            start += 1L << level;
        }
        return nodes;
    }

    /** MTH over consecutive complete subtrees, largest first: the fold from the right. */
    static Hash foldRight(List<Hash> hashes) {
        if (hashes.isEmpty()) {
            return MerkleHashing.emptyRoot();
        }
        Hash hash = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            hash = MerkleHashing.nodeHash(hashes.get(i), hash);
        }
        return hash;
    }

    /**
     * Appends a leaf; {@code completed} receives every subtree it completes: the leaf itself, then one parent per
     * trailing one bit of the old size.
     */
    public void append(Hash leafHash, Consumer<Node> completed) {
        long index = size;
        int level = 0;
        Hash hash = leafHash;
        completed.accept(new Node(level, index, hash));
        while ((index & 1) == 1) {
            hash = MerkleHashing.nodeHash(hashes.remove(hashes.size() - 1), hash);
            index >>= 1;
            level++;
            completed.accept(new Node(level, index, hash));
        }
        hashes.add(hash);
        size++;
    }

    public void append(Hash leafHash) {
        append(leafHash, node -> {
        });
    }

    public long size() {
        return size;
    }

    /** MTH(D[size]). */
    public Hash root() {
        return foldRight(hashes);
    }

    public TreeHead head() {
        return new TreeHead(size, root());
    }
}
