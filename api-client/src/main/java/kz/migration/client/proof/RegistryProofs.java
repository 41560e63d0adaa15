package kz.migration.client.proof;

import static kz.migration.tlog.VerificationException.Reason.MALFORMED_PROOF;
import static kz.migration.tlog.VerificationException.Reason.WRONG_ORIGIN;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import kz.migration.tlog.Checkpoint;
import kz.migration.tlog.ConsistencyProof;
import kz.migration.tlog.Hash;
import kz.migration.tlog.InclusionProof;
import kz.migration.tlog.MerkleHashing;
import kz.migration.tlog.RegistryLeaf;
import kz.migration.tlog.SignedNote;
import kz.migration.tlog.VerificationException;
import kz.migration.tlog.VerifierKey;

/**
 * Checks the contract registry's log offline, with the JDK alone: nothing here calls the registry or trusts it. The
 * inputs are what the public endpoints return (a checkpoint note, base64 proof hashes, an entry's preimage and salt)
 * and the registry's published verifier key(s), which the integrator obtains and pins once, out of band.
 *
 * <pre>{@code
 * RegistryProofs proofs = new RegistryProofs(origin, List.of(verifierKey));
 * VerifiedCheckpoint head = proofs.verifyCheckpoint(checkpointNote);
 * RegistryLeaf entry = RegistryProofs.registryLeaf(sequence, recordedAt, contractId, action, salt, canonicalState);
 * proofs.verifyEntry(entry, RegistryProofs.inclusionProof(leafIndex, treeSize, auditPath), head);
 * proofs.verifyConsistency(olderHead, head, RegistryProofs.consistencyProof(olderHead.size(), head.size(), path));
 * }</pre>
 *
 * Every check throws {@link VerificationException}, whose {@code reason()} says what failed.
 */
public final class RegistryProofs {

    /** The registry's leaf encoding, format 1 (documented on {@link RegistryLeaf} and in docs/registry-proofs.md). */
    public static final LeafEncoding<RegistryLeaf> REGISTRY_LEAF = RegistryLeaf::encode;

    private final String origin;
    private final List<VerifierKey> trustedKeys;

    /**
     * A verifier of the log named {@code origin} (the first line of its checkpoints), trusting the given verifier
     * keys ({@code <name>+<key ID>+<key>}). Give both keys during a key rotation; give the old key to check old
     * checkpoints.
     */
    public RegistryProofs(String origin, Collection<String> verifierKeys) {
        this.origin = Objects.requireNonNull(origin, "origin");
        if (verifierKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one verifier key is needed");
        }
        this.trustedKeys = verifierKeys.stream().map(VerifierKey::parse).toList();
    }

    public String origin() {
        return origin;
    }

    public List<VerifierKey> trustedKeys() {
        return trustedKeys;
    }

    /**
     * Checks a checkpoint note (the text of {@code GET /api/v1/public/registry/checkpoint}): signed by a trusted key,
     * every trusted signature valid, of this log. Signatures by other keys (a future key, a witness) are ignored.
     */
    public VerifiedCheckpoint verifyCheckpoint(String note) throws VerificationException {
        SignedNote.VerifiedNote verified = SignedNote.open(note, trustedKeys);
        Checkpoint checkpoint = Checkpoint.parse(verified.text());
        if (!checkpoint.origin().equals(origin)) {
            throw new VerificationException(WRONG_ORIGIN,
                    "a checkpoint of '" + checkpoint.origin() + "', not of '" + origin + "'");
        }
        return new VerifiedCheckpoint(checkpoint, note, verified.verifiedBy());
    }

    /** Checks that the leaf with hash {@code leafHash} is in the tree of {@code checkpoint}. */
    public void verifyInclusion(Hash leafHash, InclusionProof proof, VerifiedCheckpoint checkpoint)
            throws VerificationException {
        if (proof.treeSize() != checkpoint.size()) {
            throw new VerificationException(MALFORMED_PROOF, "a proof for a tree of " + proof.treeSize()
                    + " entries, against a checkpoint of " + checkpoint.size());
        }
        proof.verify(leafHash, checkpoint.rootHash());
    }

    /** Checks that the leaf {@code leaf} (its bytes, before hashing) is in the tree of {@code checkpoint}. */
    public void verifyInclusion(byte[] leaf, InclusionProof proof, VerifiedCheckpoint checkpoint)
            throws VerificationException {
        verifyInclusion(MerkleHashing.leafHash(leaf), proof, checkpoint);
    }

    /** Checks an entry given by its public preimage, encoded by {@code encoding}. */
    public <P> void verifyInclusion(P preimage, LeafEncoding<P> encoding, InclusionProof proof,
            VerifiedCheckpoint checkpoint) throws VerificationException {
        verifyInclusion(encoding.encode(preimage), proof, checkpoint);
    }

    /**
     * Checks a registry entry: the proof is for its position (leaf index = sequence - 1) and leads from its leaf to
     * the checkpoint's root.
     */
    public void verifyEntry(RegistryLeaf entry, InclusionProof proof, VerifiedCheckpoint checkpoint)
            throws VerificationException {
        if (proof.leafIndex() != entry.leafIndex()) {
            throw new VerificationException(MALFORMED_PROOF, "a proof for leaf " + proof.leafIndex()
                    + ", but entry " + entry.sequence() + " is leaf " + entry.leafIndex());
        }
        verifyInclusion(entry, REGISTRY_LEAF, proof, checkpoint);
    }

    /** Checks that the log of {@code newer} is the log of {@code older} with entries appended, and nothing else. */
    public void verifyConsistency(VerifiedCheckpoint older, VerifiedCheckpoint newer, ConsistencyProof proof)
            throws VerificationException {
        if (proof.size1() != older.size() || proof.size2() != newer.size()) {
            throw new VerificationException(MALFORMED_PROOF, "a proof from " + proof.size1() + " to "
                    + proof.size2() + " entries, for checkpoints of " + older.size() + " and " + newer.size());
        }
        proof.verify(older.rootHash(), newer.rootHash());
    }

    /**
     * Recomputes a registry entry's leaf from what the worker's contract lookup returns: the entry's public fields,
     * the contract's salt and its canonical state.
     */
    public static RegistryLeaf registryLeaf(long sequence, Instant recordedAt, UUID contractId, String action,
            byte[] salt, String canonicalState) {
        return new RegistryLeaf(sequence, recordedAt, contractId, action,
                RegistryLeaf.saltedStateHash(salt, RegistryLeaf.stateHash(canonicalState)));
    }

    /** An inclusion proof as the public endpoint returns it (hashes in base64). */
    public static InclusionProof inclusionProof(long leafIndex, long treeSize, List<String> base64AuditPath) {
        return new InclusionProof(leafIndex, treeSize, base64AuditPath.stream().map(Hash::fromBase64).toList());
    }

    /** A consistency proof as the public endpoint returns it (hashes in base64). */
    public static ConsistencyProof consistencyProof(long from, long to, List<String> base64Path) {
        return new ConsistencyProof(from, to, base64Path.stream().map(Hash::fromBase64).toList());
    }
}
