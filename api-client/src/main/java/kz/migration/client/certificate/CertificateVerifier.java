package kz.migration.client.certificate;

import static kz.migration.client.certificate.CertificateVerificationException.Reason.BAD_SIGNATURE;
import static kz.migration.client.certificate.CertificateVerificationException.Reason.MALFORMED;
import static kz.migration.client.certificate.CertificateVerificationException.Reason.MALFORMED_KEYS;
import static kz.migration.client.certificate.CertificateVerificationException.Reason.MALFORMED_PAYLOAD;
import static kz.migration.client.certificate.CertificateVerificationException.Reason.UNKNOWN_KEY;
import static kz.migration.client.certificate.CertificateVerificationException.Reason.UNSUPPORTED_ALGORITHM;
import static kz.migration.client.certificate.CertificateVerificationException.Reason.WRONG_TYPE;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import kz.migration.tlog.Ed25519;

/**
 * Checks a permit certificate offline, with the JDK alone: the compact JWS its QR code holds (RFC 7515), signed
 * with EdDSA over Ed25519 (RFC 8037), against the registry's published keys
 * ({@code GET /api/v1/public/permits/keys}, a JWK set). Nothing here calls the registry or trusts the certificate:
 * the key comes from the key set by the certificate's {@code kid}, never from the certificate itself.
 *
 * <pre>{@code
 * CertificateVerifier verifier = CertificateVerifier.fromJwks(keySetJson);   // fetched once, kept
 * VerifiedCertificate certificate = verifier.verify(qrCodeText);
 * // certificate.holder() against the passport shown; certificate.statusPath() for revocation, online
 * }</pre>
 *
 * A certificate whose {@code kid} the key set lacks fails with {@code UNKNOWN_KEY}: fetch the key set again, since a
 * rotation may have added a key.
 */
public final class CertificateVerifier {

    /** The JWS {@code typ} of a permit certificate. */
    public static final String TYPE = "permit-certificate+jwt";

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");
    private static final int ED25519_SIGNATURE_SIZE = 64;
    private static final Set<String> KINDS = Set.of("EMPLOYER", "LABOUR_IMMIGRANT");

    private final Map<String, PublicKey> keys;

    private CertificateVerifier(Map<String, PublicKey> keys) {
        this.keys = Collections.unmodifiableMap(keys);
    }

    /**
     * A verifier trusting the Ed25519 keys of a JWK set (RFC 7517 §5) by their {@code kid}. Keys of other types, or
     * without a {@code kid}, are skipped, as RFC 7517 asks of keys a reader does not understand; a key marked for
     * another algorithm or use than verifying EdDSA signatures is skipped too.
     */
    public static CertificateVerifier fromJwks(String jwks) throws CertificateVerificationException {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        try {
            Object set = Json.object(jwks).get("keys");
            if (!(set instanceof List<?> list)) {
                throw new CertificateVerificationException(MALFORMED_KEYS, "a JWK set has a \"keys\" array");
            }
            for (Object entry : list) {
                if (!(entry instanceof Map<?, ?> jwk) || !"OKP".equals(jwk.get("kty"))
                        || !"Ed25519".equals(jwk.get("crv")) || !(jwk.get("kid") instanceof String kid)
                        || !(jwk.get("x") instanceof String x) || jwk.containsKey("alg") && !"EdDSA".equals(jwk.get("alg"))
                        || jwk.containsKey("use") && !"sig".equals(jwk.get("use"))) {
                    continue;
                }
                if (keys.put(kid, ed25519(decode(x, "the key " + kid))) != null) {
                    throw new CertificateVerificationException(MALFORMED_KEYS, "the key set names " + kid + " twice");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CertificateVerificationException(MALFORMED_KEYS, "not a JWK set of Ed25519 keys: "
                    + e.getMessage(), e);
        }
        return new CertificateVerifier(keys);
    }

    /** The ids of the keys trusted. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** Checks the certificate's signature with the published key it names, then reads what it states. */
    public VerifiedCertificate verify(String compact) throws CertificateVerificationException {
        String[] parts = compact == null ? new String[0] : compact.split("\\.", -1);
        if (parts.length != 3) {
            throw new CertificateVerificationException(MALFORMED, "a compact JWS has three parts separated by dots");
        }
        Map<String, Object> header = json(part(parts[0], "the header"), MALFORMED, "the header");
        if (!"EdDSA".equals(header.get("alg"))) {
            throw new CertificateVerificationException(UNSUPPORTED_ALGORITHM, "alg is " + header.get("alg")
                    + ", not EdDSA");
        }
        if (header.containsKey("crit")) {
            throw new CertificateVerificationException(UNSUPPORTED_ALGORITHM, "crit names extensions this verifier "
                    + "does not understand: " + header.get("crit"));
        }
        if (!(header.get("typ") instanceof String type) || !TYPE.equalsIgnoreCase(type)) {
            throw new CertificateVerificationException(WRONG_TYPE, "typ is " + header.get("typ") + ", not " + TYPE);
        }
        if (!(header.get("kid") instanceof String kid)) {
            throw new CertificateVerificationException(UNKNOWN_KEY, "the certificate names no key (kid)");
        }
        PublicKey key = keys.get(kid);
        if (key == null) {
            throw new CertificateVerificationException(UNKNOWN_KEY, "the key set holds no key " + kid
                    + "; fetch it again");
        }
        byte[] signature = part(parts[2], "the signature");
        if (!ed25519Verifies(key, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), signature)) {
            throw new CertificateVerificationException(BAD_SIGNATURE, "the signature of key " + kid
                    + " does not verify: the certificate was changed or signed by another key");
        }
        return certificate(kid, json(part(parts[1], "the payload"), MALFORMED_PAYLOAD, "the payload"));
    }

    /** Whether {@code signature} is the Ed25519 signature of {@code message} by {@code key} (RFC 8032). */
    static boolean ed25519Verifies(PublicKey key, byte[] message, byte[] signature) {
        return signature.length == ED25519_SIGNATURE_SIZE && Ed25519.verify(key, message, signature);
    }

    /** The public key of a raw 32-byte Ed25519 key ({@code x} of a JWK). */
    static PublicKey ed25519(byte[] raw) {
        return Ed25519.publicKey(raw);
    }

    private static VerifiedCertificate certificate(String kid, Map<String, Object> claims)
            throws CertificateVerificationException {
        try {
            String kind = text(claims, "kind");
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("kind " + kind + " is neither EMPLOYER nor LABOUR_IMMIGRANT");
            }
            Object bin = claims.get("employerBin");
            if (!claims.containsKey("employerBin") || bin != null && !(bin instanceof String)
                    || "EMPLOYER".equals(kind) == (bin == null)) {
                throw new IllegalArgumentException("employerBin names the employer of an employer's permit, and is null "
                        + "for a labour immigrant's");
            }
            LocalDate validFrom = LocalDate.parse(text(claims, "validFrom"));
            LocalDate validTo = LocalDate.parse(text(claims, "validTo"));
            if (validTo.isBefore(validFrom)) {
                throw new IllegalArgumentException("validTo is before validFrom");
            }
            if (!(claims.get("iat") instanceof BigDecimal iat)) {
                throw new IllegalArgumentException("iat is not a number");
            }
            return new VerifiedCertificate(kid, text(claims, "permitNumber"), kind, text(claims, "category"),
                    text(claims, "holder"), text(claims, "citizenship"), (String) bin, text(claims, "region"),
                    text(claims, "occupation"), validFrom, validTo, Instant.ofEpochSecond(iat.longValueExact()));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            throw new CertificateVerificationException(MALFORMED_PAYLOAD, "not a permit certificate's payload: "
                    + e.getMessage(), e);
        }
    }

    private static String text(Map<String, Object> claims, String name) {
        if (!(claims.get(name) instanceof String value) || value.isEmpty()) {
            throw new IllegalArgumentException(name + " is missing or not a string");
        }
        return value;
    }

    private static Map<String, Object> json(byte[] utf8, CertificateVerificationException.Reason reason, String what)
            throws CertificateVerificationException {
        try {
            return Json.object(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8)).toString());
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new CertificateVerificationException(reason, what + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static byte[] part(String part, String what) throws CertificateVerificationException {
        try {
            return decode(part, what);
        } catch (IllegalArgumentException e) {
            throw new CertificateVerificationException(MALFORMED, e.getMessage(), e);
        }
    }

    /**
     * Base64url without padding, as JWS and JWK write it (RFC 7515 §2), in its one canonical spelling: text with
     * padding, other characters or stray bits is refused.
     */
    private static byte[] decode(String text, String what) {
        if (!BASE64URL.matcher(text).matches() || text.length() % 4 == 1) {
            throw new IllegalArgumentException(what + " is not base64url without padding");
        }
        byte[] bytes = Base64.getUrlDecoder().decode(text);
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException(what + " is not canonical base64url");
        }
        return bytes;
    }
}
