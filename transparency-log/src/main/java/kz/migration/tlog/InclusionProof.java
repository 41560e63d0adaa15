package kz.migration.tlog;

import java.util.List;

/** RFC 9162 §2.1.3: leaf {@code leafIndex} is in the tree of {@code treeSize} leaves, by its audit path. */
public record InclusionProof(long leafIndex, long treeSize, List<Hash> auditPath) {

    public InclusionProof {
        auditPath = List.copyOf(auditPath);
    }

    /** Checks the proof for the leaf with hash {@code leafHash} against the tree's {@code root}. */
    public void verify(Hash leafHash, Hash root) throws VerificationException {
        ProofVerifier.verifyInclusion(leafIndex, treeSize, leafHash, auditPath, root);
    }
}
