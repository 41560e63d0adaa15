package kz.migration.tlog;

import static kz.migration.tlog.VerificationException.Reason.MALFORMED_PROOF;
import static kz.migration.tlog.VerificationException.Reason.ROOT_MISMATCH;

import java.util.List;

/**
 * The verification algorithms of RFC 9162, §2.1.3.2 (inclusion) and §2.1.4.2 (consistency), step by step. They need
 * only the proof and the root hashes, which is what lets anyone check the log offline.
 */
public final class ProofVerifier {

    private ProofVerifier() {
    }

    /**
     * Checks that {@code leafHash} is leaf {@code leafIndex} of the tree of {@code treeSize} leaves whose root is
     * {@code root}.
     */
    public static void verifyInclusion(long leafIndex, long treeSize, Hash leafHash, List<Hash> auditPath, Hash root)
            throws VerificationException {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new VerificationException(MALFORMED_PROOF,
                    "leaf index " + leafIndex + " is not in a tree of " + treeSize + " leaves");
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        Hash r = leafHash;
        for (Hash p : auditPath) {
            if (sn == 0) {
                throw new VerificationException(MALFORMED_PROOF, "the audit path is longer than the tree is high");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashing.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHashing.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new VerificationException(MALFORMED_PROOF, "the audit path is shorter than the tree is high");
        }
        if (!r.equals(root)) {
            throw new VerificationException(ROOT_MISMATCH,
                    "the audit path leads to " + r.base64() + ", not to the root " + root.base64());
        }
    }

    /**
     * Checks that the tree of {@code size2} leaves with {@code root2} extends the one of {@code size1} with
     * {@code root1}. Equal sizes need an empty proof and equal roots; a proof from an empty tree proves nothing and
     * is refused.
     */
    public static void verifyConsistency(long size1, long size2, Hash root1, Hash root2, List<Hash> proof)
            throws VerificationException {
        if (size1 < 1) {
            throw new VerificationException(MALFORMED_PROOF, "a consistency proof from an empty tree proves nothing");
        }
        if (size2 < size1) {
            throw new VerificationException(MALFORMED_PROOF,
                    "the second tree (" + size2 + " leaves) is smaller than the first (" + size1 + ")");
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw new VerificationException(MALFORMED_PROOF, "equal tree sizes need an empty proof");
            }
            if (!root1.equals(root2)) {
                throw new VerificationException(ROOT_MISMATCH,
                        "two trees of " + size1 + " leaves with different roots");
            }
            return;
        }
        if (proof.isEmpty()) {
            throw new VerificationException(MALFORMED_PROOF, "the consistency proof is empty");
        }
        // Step 2: when the first tree is complete, its root is the proof's first value and is not sent.
        boolean prepend = Long.bitCount(size1) == 1;
        Hash first = prepend ? root1 : proof.get(0);
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        Hash fr = first;
        Hash sr = first;
        for (Hash c : prepend ? proof : proof.subList(1, proof.size())) {
            if (sn == 0) {
                throw new VerificationException(MALFORMED_PROOF, "the consistency proof is too long");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashing.nodeHash(c, fr);
                sr = MerkleHashing.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashing.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new VerificationException(MALFORMED_PROOF, "the consistency proof is too short");
        }
        if (!fr.equals(root1)) {
            throw new VerificationException(ROOT_MISMATCH,
                    "the proof does not lead to the first root " + root1.base64() + ": the first tree was rewritten");
        }
        if (!sr.equals(root2)) {
            throw new VerificationException(ROOT_MISMATCH,
                    "the proof does not lead to the second root " + root2.base64());
        }
    }
}
