package kz.migration.tlog;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A SHA-256 value of the log: a leaf hash, a node hash or a tree root. Immutable; two are equal when their 32 bytes
 * are. Base64 is the standard alphabet with padding (RFC 4648 §4), as in checkpoints and proofs.
 */
public final class Hash {

    public static final int SIZE = 32;

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Hash of(byte[] bytes) {
        if (bytes == null || bytes.length != SIZE) {
            throw new IllegalArgumentException(
                    "a hash has " + SIZE + " bytes, not " + (bytes == null ? "none" : bytes.length));
        }
        return new Hash(bytes.clone());
    }

    /** Refuses anything but the canonical padded base64 of 32 bytes, so that one hash has one spelling. */
    public static Hash fromBase64(String base64) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64: " + base64, e);
        }
        Hash hash = of(decoded);
        if (!hash.base64().equals(base64)) {
            throw new IllegalArgumentException("not canonical padded base64: " + base64);
        }
        return hash;
    }

    public static Hash fromHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes without a copy, for hashing inside this package. */
    byte[] unsafeBytes() {
        return bytes;
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash hash && Arrays.equals(bytes, hash.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
