package kz.migration.tlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The hashing of RFC 9162 §2.1 with SHA-256. A leaf is hashed as {@code SHA-256(0x00 || leaf)} and an interior node
 * as {@code SHA-256(0x01 || left || right)}: the prefixes keep a leaf from passing for a node (second preimages).
 * The tree head of n leaves, MTH(D[n]), splits at k, the largest power of two smaller than n.
 */
public final class MerkleHashing {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(MerkleHashing::newSha256);

    private static final Hash EMPTY_ROOT = Hash.of(newSha256().digest());

    private MerkleHashing() {
    }

    /** MTH({}) = SHA-256 of the empty string: the root of a log without entries. */
    public static Hash emptyRoot() {
        return EMPTY_ROOT;
    }

    public static Hash leafHash(byte[] leaf) {
        MessageDigest sha256 = SHA256.get();
        sha256.update(LEAF_PREFIX);
        return Hash.of(sha256.digest(leaf));
    }

    public static Hash nodeHash(Hash left, Hash right) {
        MessageDigest sha256 = SHA256.get();
        sha256.update(NODE_PREFIX);
        sha256.update(left.unsafeBytes());
        return Hash.of(sha256.digest(right.unsafeBytes()));
    }

    /**
     * MTH(D[n]) straight from the definition, over all leaf hashes: O(n) time and memory. The log itself never
     * needs this ({@link MerkleLog} works from stored subtrees); it is here for checks and small examples.
     */
    public static Hash rootOf(List<Hash> leafHashes) {
        if (leafHashes.isEmpty()) {
            return EMPTY_ROOT;
        }
        if (leafHashes.size() == 1) {
            return leafHashes.get(0);
        }
        int k = (int) largestPowerOfTwoBelow(leafHashes.size());
        return nodeHash(rootOf(leafHashes.subList(0, k)), rootOf(leafHashes.subList(k, leafHashes.size())));
    }

    /** k of RFC 9162: the largest power of two smaller than {@code n}, for n &gt; 1. */
    public static long largestPowerOfTwoBelow(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("a split needs at least 2 leaves, not " + n);
        }
        return Long.highestOneBit(n - 1);
    }

    /** SHA-256 of {@code input}, for the parts of the formats that are not tree nodes (key IDs, state hashes). */
    static byte[] sha256(byte[]... input) {
        MessageDigest sha256 = SHA256.get();
        for (byte[] part : input) {
            sha256.update(part);
        }
        return sha256.digest();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
