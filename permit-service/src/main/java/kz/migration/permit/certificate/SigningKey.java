package kz.migration.permit.certificate;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Optional;

import kz.migration.tlog.Ed25519;

/**
 * The Ed25519 key that signs certificates, with the period it may sign for. It signs compact JWS (RFC 7515 §7.1)
 * with {@code alg} EdDSA (RFC 8037), its key id as {@code kid}, and an explicit {@code typ} (RFC 8725 §3.11) so its
 * signature is never taken for another kind of token. Ed25519 is deterministic: the same payload, the same JWS.
 */
public final class SigningKey {

    /** The JWS {@code typ} of a permit certificate. */
    public static final String TYPE = "permit-certificate+jwt";

    private final PrivateKey privateKey;
    private final VerificationKey verificationKey;
    private final Optional<Instant> expires;

    private SigningKey(byte[] seed, Optional<Instant> expires) {
        this.privateKey = Ed25519.privateKey(seed);
        this.verificationKey = VerificationKey.of(Ed25519.publicKeyOf(seed));
        this.expires = expires;
    }

    /** The key of a 32-byte Ed25519 seed. */
    public static SigningKey of(byte[] seed, Optional<Instant> expires) {
        return new SigningKey(seed, expires);
    }

    public String keyId() {
        return verificationKey.keyId();
    }

    public VerificationKey verificationKey() {
        return verificationKey;
    }

    public Optional<Instant> expires() {
        return expires;
    }

    /** The compact JWS of {@code payload} (UTF-8 JSON): header, payload and signature, base64url, dot-separated. */
    public String sign(String payload) {
        String header = "{\"alg\":\"EdDSA\",\"kid\":\"" + keyId() + "\",\"typ\":\"" + TYPE + "\"}";
        String signingInput = encode(header) + "." + encode(payload);
        return signingInput + "."
                + Ed25519Keys.base64Url(Ed25519.sign(privateKey, signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String encode(String json) {
        return Ed25519Keys.base64Url(json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId() + "]";
    }
}
