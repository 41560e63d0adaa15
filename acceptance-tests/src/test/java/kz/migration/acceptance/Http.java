package kz.migration.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plain HTTP with JSON bodies and a token per call. Only the service facades ({@link Vacancies}, {@link Permits},
 * {@link Quotas}, {@link Contracts}) and the dev clock use it: the scenarios never build a URL themselves.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final boolean keysFromContent;

    /** A fresh Idempotency-Key on every creating POST. */
    Http() {
        this(false);
    }

    /**
     * {@code keysFromContent}: the Idempotency-Key is a hash of URL, token and body, so a client that retries the
     * same request after a lost response (a service killed mid-request) sends the same key, as a real client must.
     */
    Http(boolean keysFromContent) {
        this.keysFromContent = keysFromContent;
    }

    Reply get(String url, String token) {
        return send(request(url, token).GET());
    }

    Reply post(String url, String token, String json) {
        return post(url, token, json, null);
    }

    /** A creating POST: a fresh Idempotency-Key each call; {@code ifMatch} for updates guarded by a version. */
    Reply post(String url, String token, String json, String ifMatch) {
        HttpRequest.Builder builder = request(url, token).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey(url, token, json))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    /** A POST without a body, for commands named by their path alone (e.g. start a review). */
    Reply post(String url, String token) {
        return send(request(url, token).header("Idempotency-Key", idempotencyKey(url, token, ""))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String idempotencyKey(String url, String token, String body) {
        if (!keysFromContent) {
            return UUID.randomUUID().toString();
        }
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update((url + "\n" + token + "\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("X-Client-Id", "acceptance-tests");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = null;
            if (body != null && !body.isBlank()) {
                try {
                    json = JSON.readTree(body);
                } catch (IOException notJson) {
                    json = null;
                }
            }
            return new Reply(response.statusCode(), json, body,
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
