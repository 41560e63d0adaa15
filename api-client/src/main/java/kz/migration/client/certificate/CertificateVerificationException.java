package kz.migration.client.certificate;

/** A certificate, or a key set, that does not verify; {@link #reason()} says what failed. */
public final class CertificateVerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What failed. */
    public enum Reason {
        /** Not a compact JWS: three base64url parts, a JSON header. */
        MALFORMED,
        /** Not {@code alg} EdDSA, or a header parameter this verifier must understand but does not ({@code crit}). */
        UNSUPPORTED_ALGORITHM,
        /** Not a permit certificate: its {@code typ} is another. */
        WRONG_TYPE,
        /** Signed by a key the key set does not hold. */
        UNKNOWN_KEY,
        /** The signature does not verify: the certificate was changed, or signed by another key. */
        BAD_SIGNATURE,
        /** The signature verifies but the payload is not a certificate's. */
        MALFORMED_PAYLOAD,
        /** The key set is not a JWK set. */
        MALFORMED_KEYS
    }

    private final Reason reason;

    public CertificateVerificationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CertificateVerificationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
