package kz.migration.permit.certificate;

import java.util.Arrays;

import kz.migration.tlog.Ed25519;

/** The public half of an Ed25519 key as a verifier gets it: its raw value ({@code x}) and its key id. */
public record VerificationKey(String keyId, byte[] publicKey) {

    /** The key of a raw public key, named by its JWK thumbprint (RFC 7638). */
    public static VerificationKey of(byte[] publicKey) {
        Ed25519.publicKey(publicKey);
        return new VerificationKey(Ed25519Keys.thumbprint(publicKey), publicKey.clone());
    }

    /** {@code x} of the JWK: the raw key, base64url without padding (RFC 8037 §2). */
    public String x() {
        return Ed25519Keys.base64Url(publicKey);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerificationKey key && keyId.equals(key.keyId)
                && Arrays.equals(publicKey, key.publicKey);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    @Override
    public String toString() {
        return "VerificationKey[" + keyId + "]";
    }
}
