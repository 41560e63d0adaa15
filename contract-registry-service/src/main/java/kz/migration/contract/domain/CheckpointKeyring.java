package kz.migration.contract.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import kz.migration.common.rules.Rule;
import kz.migration.tlog.Checkpoint;
import kz.migration.tlog.NoteSignature;
import kz.migration.tlog.NoteSigner;
import kz.migration.tlog.SignedNote;
import kz.migration.tlog.VerifierKey;

/**
 * The keys that sign the registry's checkpoints. Every active key signs every checkpoint, so that during a rotation
 * a client that pins either the old or the new key verifies it; each key is named after the log (its origin), as
 * c2sp.org/tlog-checkpoint asks, and a key is due for rotation a fixed period after its first signature.
 */
@Rule("contract.registry.checkpoint-keys")
public final class CheckpointKeyring {

    private final String origin;
    private final List<NoteSigner> signers;

    private CheckpointKeyring(String origin, List<NoteSigner> signers) {
        this.origin = origin;
        this.signers = List.copyOf(signers);
    }

    /**
     * The keyring of the log {@code origin} from secret key strings ({@code PRIVATE+KEY+<name>+<key ID>+<key>}).
     * Refuses no key, an unreadable key, a key named otherwise than the log, and the same key twice; the messages
     * never repeat a secret.
     */
    public static CheckpointKeyring of(String origin, List<String> secretKeys) {
        Objects.requireNonNull(origin, "origin");
        if (secretKeys.isEmpty()) {
            throw new IllegalArgumentException("no checkpoint signing key");
        }
        List<NoteSigner> signers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < secretKeys.size(); i++) {
            NoteSigner signer;
            try {
                signer = NoteSigner.fromSecretKey(secretKeys.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "checkpoint signing key " + (i + 1) + " is not an Ed25519 note key: " + e.getMessage());
            }
            if (!signer.name().equals(origin)) {
                throw new IllegalArgumentException("checkpoint signing key " + signer.verifierKey().keyIdHex()
                        + " is named " + signer.name() + ", not after the log " + origin);
            }
            if (!seen.add(signer.verifierKey().encoded())) {
                throw new IllegalArgumentException(
                        "checkpoint signing key " + signer.verifierKey().keyIdHex() + " is given twice");
            }
            signers.add(signer);
        }
        return new CheckpointKeyring(origin, signers);
    }

    public String origin() {
        return origin;
    }

    /** The verifier keys of the active signing keys, in the order they sign. */
    public List<VerifierKey> verifierKeys() {
        return signers.stream().map(NoteSigner::verifierKey).toList();
    }

    /** The checkpoint as a note signed by every active key. */
    public String sign(Checkpoint checkpoint) {
        if (!checkpoint.origin().equals(origin)) {
            throw new IllegalArgumentException("a checkpoint of " + checkpoint.origin() + ", not of " + origin);
        }
        String text = checkpoint.text();
        List<NoteSignature> signatures = signers.stream().map(signer -> signer.signature(text)).toList();
        return new SignedNote(text, signatures).format();
    }

    /** When a key that first signed at {@code firstSigned} is to be rotated, {@code period} later. */
    public static Instant rotateBy(Instant firstSigned, Duration period) {
        return firstSigned.plus(period);
    }
}
