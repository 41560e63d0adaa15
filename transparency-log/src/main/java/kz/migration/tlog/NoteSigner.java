package kz.migration.tlog;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Signs notes and checkpoints with an Ed25519 key under a key name. Its secret key string is the one of Go's
 * sumdb/note, {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 || 32-byte seed)>}, so keys can be made and
 * checked with either tool. The secret never appears in {@link #toString()}.
 */
public final class NoteSigner {

    private static final String SECRET_PREFIX = "PRIVATE+KEY+";

    private final byte[] seed;
    private final PrivateKey privateKey;
    private final VerifierKey verifierKey;

    private NoteSigner(String name, byte[] seed) {
        this.seed = seed.clone();
        this.privateKey = Ed25519.privateKey(this.seed);
        this.verifierKey = VerifierKey.of(name, Ed25519.publicKeyOf(this.seed));
    }

    /** A new key, from the JDK's strong random source. */
    public static NoteSigner generate(String name) {
        return new NoteSigner(name, Ed25519.newSeed());
    }

    /** The key of a 32-byte Ed25519 seed (the private key of RFC 8032). */
    public static NoteSigner fromSeed(String name, byte[] seed) {
        return new NoteSigner(name, seed);
    }

    /** Reads a secret key string; refuses it when its key ID is not the one of its name and public key. */
    public static NoteSigner fromSecretKey(String secretKey) {
        Objects.requireNonNull(secretKey, "secretKey");
        if (!secretKey.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a secret key starts with " + SECRET_PREFIX);
        }
        String rest = secretKey.substring(SECRET_PREFIX.length());
        int first = rest.indexOf('+');
        int second = first < 0 ? -1 : rest.indexOf('+', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("a secret key is PRIVATE+KEY+<name>+<key ID>+<key>");
        }
        String id = rest.substring(first + 1, second);
        byte[] key = VerifierKey.canonicalBase64(rest.substring(second + 1));
        if (!id.matches("[0-9a-f]{8}") || key == null || key.length != 1 + Ed25519.KEY_SIZE
                || key[0] != VerifierKey.ED25519) {
            throw new IllegalArgumentException("not an Ed25519 secret key (8 hex digits, 0x01 and a 32-byte seed)");
        }
        NoteSigner signer = new NoteSigner(rest.substring(0, first), Arrays.copyOfRange(key, 1, key.length));
        if (signer.verifierKey.keyId() != Integer.parseUnsignedInt(id, 16)) {
            throw new IllegalArgumentException("the key ID does not match the name and key");
        }
        return signer;
    }

    public String name() {
        return verifierKey.name();
    }

    /** What verifiers are given: publish it, keep the secret key. */
    public VerifierKey verifierKey() {
        return verifierKey;
    }

    /** The secret key string, to store in a secret; never log it. */
    public String secretKey() {
        byte[] typed = new byte[1 + seed.length];
        typed[0] = VerifierKey.ED25519;
        System.arraycopy(seed, 0, typed, 1, seed.length);
        return SECRET_PREFIX + name() + "+" + verifierKey.keyIdHex() + "+"
                + Base64.getEncoder().encodeToString(typed);
    }

    /** This key's signature of a note text (Ed25519 is deterministic: the same text, the same signature). */
    public NoteSignature signature(String text) {
        SignedNote.requireValidText(text);
        return new NoteSignature(name(), verifierKey.keyId(),
                Ed25519.sign(privateKey, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The note of {@code text} signed by this key alone. */
    public String sign(String text) {
        return new SignedNote(text, List.of(signature(text))).format();
    }

    /** Adds (or renews) this key's signature on a note that others signed, e.g. during a key rotation. */
    public SignedNote cosign(SignedNote note) {
        return note.withSignature(signature(note.text()));
    }

    /** The checkpoint as a note signed by this key. */
    public String signCheckpoint(Checkpoint checkpoint) {
        return sign(checkpoint.text());
    }

    @Override
    public String toString() {
        return "NoteSigner[" + verifierKey.encoded() + "]";
    }
}
