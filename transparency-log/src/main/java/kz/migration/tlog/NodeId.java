package kz.migration.tlog;

/**
 * A complete (perfect) subtree of the log: the one of height {@code level} over the leaves {@code [index * 2^level,
 * (index + 1) * 2^level)}. Level 0 holds the leaf hashes. Once its last leaf is appended its hash never changes,
 * which is what makes it storable.
 */
public record NodeId(int level, long index) {

    public NodeId {
        if (level < 0 || level > 62) {
            throw new IllegalArgumentException("level out of range: " + level);
        }
        if (index < 0 || index > (Long.MAX_VALUE >> level)) {
            throw new IllegalArgumentException("index out of range: " + index + " at level " + level);
        }
    }

    /** The index of its first leaf. */
    public long firstLeaf() {
        return index << level;
    }

    /** The size of the smallest tree that contains it complete. */
    public long completeAtSize() {
        return (index + 1) << level;
    }
}
