package kz.migration.tlog;

import java.util.List;

/** RFC 9162 §2.1.4: the tree of {@code size2} leaves is an extension of the one of {@code size1}. */
public record ConsistencyProof(long size1, long size2, List<Hash> path) {

    public ConsistencyProof {
        path = List.copyOf(path);
    }

    /** Checks the proof between the trees with roots {@code root1} and {@code root2}. */
    public void verify(Hash root1, Hash root2) throws VerificationException {
        ProofVerifier.verifyConsistency(size1, size2, root1, root2, path);
    }
}
