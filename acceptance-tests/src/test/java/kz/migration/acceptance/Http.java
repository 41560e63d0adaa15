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

    Reply get(String url, String token) {
        return send(request(url, token).GET());
    }

    Reply post(String url, String token, String json) {
        return post(url, token, json, null);
    }

    /** A creating POST: a fresh Idempotency-Key each call; {@code ifMatch} for updates guarded by a version. */
    Reply post(String url, String token, String json, String ifMatch) {
        HttpRequest.Builder builder = request(url, token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    /** A POST without a body, for commands named by their path alone (e.g. start a review). */
    Reply post(String url, String token) {
        return send(request(url, token).header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.noBody()));
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
