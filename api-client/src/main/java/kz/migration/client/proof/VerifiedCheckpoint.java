package kz.migration.client.proof;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kz.migration.tlog.Checkpoint;
import kz.migration.tlog.Hash;
import kz.migration.tlog.VerifierKey;

/**
 * A checkpoint whose signature {@link RegistryProofs#verifyCheckpoint} checked: only such a checkpoint is accepted
 * as the other side of a proof, so an unsigned tree head cannot slip in.
 */
public final class VerifiedCheckpoint {

    private final Checkpoint checkpoint;
    private final String note;
    private final List<VerifierKey> signedBy;

    VerifiedCheckpoint(Checkpoint checkpoint, String note, List<VerifierKey> signedBy) {
        this.checkpoint = checkpoint;
        this.note = note;
        this.signedBy = List.copyOf(signedBy);
    }

    public Checkpoint checkpoint() {
        return checkpoint;
    }

    /** The signed note as published, to keep as evidence. */
    public String note() {
        return note;
    }

    /** The trusted keys whose signatures verified. */
    public List<VerifierKey> signedBy() {
        return signedBy;
    }

    public long size() {
        return checkpoint.size();
    }

    public Hash rootHash() {
        return checkpoint.rootHash();
    }

    /** When the registry signed it, if it says so. */
    public Optional<Instant> time() {
        return checkpoint.time();
    }

    @Override
    public String toString() {
        return checkpoint.origin() + " @ " + checkpoint.size() + " " + checkpoint.rootHash().base64();
    }
}
