package kz.migration.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The load driver's HTTP client: one keep-alive connection pool per driver thread, every call timed into the
 * endpoint's histogram under a stable name (the operation, not the URL).
 */
final class RegistryApi {

    /** A response: status and parsed body (null when empty or not JSON), plus the ETag. */
    record Answer(int status, JsonNode json, String etag) {
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final EndpointStats stats;

    RegistryApi(EndpointStats stats) {
        this.stats = stats;
    }

    Answer get(String endpoint, String url, String token) {
        return send(endpoint, builder(url, token).GET());
    }

    Answer post(String endpoint, String url, String token, String body) {
        HttpRequest.Builder request = builder(url, token).header("Idempotency-Key", UUID.randomUUID().toString());
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return send(endpoint, request);
    }

    Answer put(String endpoint, String url, String token, String ifMatch, String body) {
        return send(endpoint, builder(url, token).header("Content-Type", "application/json")
                .header("If-Match", ifMatch).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A PATCH names the version read ({@code If-Match}) and, as every ministry decision, its Idempotency-Key. */
    Answer patch(String endpoint, String url, String token, String ifMatch, String body) {
        return send(endpoint, builder(url, token).header("Content-Type", "application/json")
                .header("If-Match", ifMatch).header("Idempotency-Key", UUID.randomUUID().toString())
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpRequest.Builder builder(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("X-Client-Id", "load-driver");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Answer send(String endpoint, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            stats.record(endpoint, System.nanoTime() - start, response.statusCode());
            JsonNode json = null;
            if (response.body() != null && !response.body().isBlank()) {
                try {
                    json = JSON.readTree(response.body());
                } catch (IOException notJson) {
                    json = null;
                }
            }
            return new Answer(response.statusCode(), json, response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            stats.record(endpoint, System.nanoTime() - start, 0);
            return new Answer(0, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
