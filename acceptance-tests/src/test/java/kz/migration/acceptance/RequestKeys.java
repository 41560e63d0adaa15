package kz.migration.acceptance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Idempotency-Keys of creating POSTs: fresh for every call, or derived from the request's content, so a client that
 * retries the same request after a lost response (a service killed mid-request) sends the same key, as a real client
 * must (the fault-injection run).
 */
final class RequestKeys {

    private final boolean fromContent;

    private RequestKeys(boolean fromContent) {
        this.fromContent = fromContent;
    }

    static RequestKeys fresh() {
        return new RequestKeys(false);
    }

    static RequestKeys fromContent() {
        return new RequestKeys(true);
    }

    String key(String operation, String token, Object request) {
        if (!fromContent) {
            return UUID.randomUUID().toString();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((operation + "\n" + token + "\n" + ClientReplies.JSON.writeValueAsString(request))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
