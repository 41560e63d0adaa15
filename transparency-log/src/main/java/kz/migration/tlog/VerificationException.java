package kz.migration.tlog;

import java.util.Objects;

/** A proof, note or checkpoint that does not verify, with the reason why. */
public final class VerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a verification failed. */
    public enum Reason {
        /** The proof's sizes or length do not fit the tree sizes it claims. */
        MALFORMED_PROOF,
        /** The proof does not lead to the expected root hash. */
        ROOT_MISMATCH,
        /** The text is not a signed note, or not a checkpoint. */
        MALFORMED_NOTE,
        /** No signature of the note is by a trusted key. */
        NO_TRUSTED_SIGNATURE,
        /** A signature by a trusted key does not verify: the note was altered or forged. */
        BAD_SIGNATURE,
        /** The checkpoint is of another log (origin line) than the one expected. */
        WRONG_ORIGIN
    }

    private final Reason reason;

    public VerificationException(Reason reason, String detail) {
        super(detail);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
