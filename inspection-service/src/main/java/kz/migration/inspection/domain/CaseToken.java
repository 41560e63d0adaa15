package kz.migration.inspection.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import kz.migration.common.rules.Rule;

/**
 * The secret that, with the case number, lets a worker follow a case without an account. The registry keeps only its
 * SHA-256 hash, so its database alone never yields a token. The token is an HMAC of the case id under the service's
 * secret, so a retried filing (same Idempotency-Key) can answer the same token again without it being stored.
 */
@Rule("inspection.grievance.case-token")
public final class CaseToken {

    private static final int MINIMUM_SECRET_BYTES = 32;

    private CaseToken() {
    }

    /** The token of case {@code caseId}: 43 characters of base64url (256 bits). */
    public static String issue(byte[] secret, UUID caseId) {
        if (secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("the case-token secret must be at least 32 bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] token = mac.doFinal(("inspection-case-token:" + caseId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is stored: the hex SHA-256 of the token. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code token} is the one whose hash is stored, compared in constant time. */
    public static boolean matches(String token, String storedHash) {
        if (token == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
