package kz.migration.tlog;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A public key that verifies signed notes, in the verifier key format of c2sp.org/signed-note (and Go's
 * golang.org/x/mod/sumdb/note): {@code <name>+<hex key ID>+<base64(0x01 || 32-byte Ed25519 public key)>}. The key ID
 * is the first 4 bytes of {@code SHA-256(name || 0x0A || 0x01 || public key)}; the name and the ID together say which
 * key made a signature.
 */
public final class VerifierKey {

    /** The signature type byte of Ed25519 in signed notes. */
    static final byte ED25519 = 0x01;

    private final String name;
    private final int keyId;
    private final byte[] publicKey;
    private final PublicKey jdkKey;

    private VerifierKey(String name, byte[] publicKey) {
        if (!NoteText.isValidKeyName(name)) {
            throw new IllegalArgumentException("not a key name (empty, or with a space or a plus): '" + name + "'");
        }
        this.name = name;
        this.publicKey = publicKey.clone();
        this.jdkKey = Ed25519.publicKey(this.publicKey);
        this.keyId = keyId(name, this.publicKey);
    }

    /** The verifier key of an Ed25519 public key (32 bytes, RFC 8032 encoding) under {@code name}. */
    public static VerifierKey of(String name, byte[] ed25519PublicKey) {
        return new VerifierKey(name, ed25519PublicKey);
    }

    /** Parses a verifier key string; refuses a wrong key ID, another algorithm and any other deviation. */
    public static VerifierKey parse(String vkey) {
        Objects.requireNonNull(vkey, "vkey");
        int first = vkey.indexOf('+');
        int second = first < 0 ? -1 : vkey.indexOf('+', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("a verifier key is <name>+<key ID>+<key>: " + vkey);
        }
        String name = vkey.substring(0, first);
        String id = vkey.substring(first + 1, second);
        byte[] key = canonicalBase64(vkey.substring(second + 1));
        if (!id.matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("a key ID is 8 lower-case hex digits: " + vkey);
        }
        if (key == null || key.length != 1 + Ed25519.KEY_SIZE || key[0] != ED25519) {
            throw new IllegalArgumentException("not an Ed25519 verifier key (0x01 and 32 bytes): " + vkey);
        }
        VerifierKey parsed = new VerifierKey(name, Arrays.copyOfRange(key, 1, key.length));
        if (parsed.keyId != Integer.parseUnsignedInt(id, 16)) {
            throw new IllegalArgumentException("the key ID does not match the name and key: " + vkey);
        }
        return parsed;
    }

    /** {@code SHA-256(name || 0x0A || 0x01 || public key)[:4]}, big-endian. */
    public static int keyId(String name, byte[] ed25519PublicKey) {
        byte[] digest = MerkleHashing.sha256(name.getBytes(StandardCharsets.UTF_8), new byte[]{'\n', ED25519},
                ed25519PublicKey);
        return (digest[0] & 0xff) << 24 | (digest[1] & 0xff) << 16 | (digest[2] & 0xff) << 8 | digest[3] & 0xff;
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    public String keyIdHex() {
        return HexFormat.of().toHexDigits(keyId);
    }

    /** The raw 32-byte Ed25519 public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** True when this key made {@code signature} over {@code text} (the note text, final newline included). */
    public boolean verifies(String text, byte[] signature) {
        return Ed25519.verify(jdkKey, text.getBytes(StandardCharsets.UTF_8), signature);
    }

    /** Whether a signature line names this key. */
    public boolean matches(NoteSignature signature) {
        return name.equals(signature.keyName()) && keyId == signature.keyId();
    }

    /** The verifier key string. */
    public String encoded() {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = ED25519;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(typed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierKey key && name.equals(key.name) && Arrays.equals(publicKey, key.publicKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return encoded();
    }

    /** Standard padded base64 only, as Go's decoder reads it; null otherwise. */
    static byte[] canonicalBase64(String text) {
        try {
            byte[] decoded = Base64.getDecoder().decode(text);
            return Base64.getEncoder().encodeToString(decoded).equals(text) ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
