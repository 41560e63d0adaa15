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
 * The load driver's set-up client: the few calls before and after the load (employers, vacancies, the clock, the
 * quota, the invariants). It is not timed; the load itself comes from wrk.
 */
final class SetupClient {

    /** A response: status and parsed body (null when empty or not JSON), plus the ETag. */
    record Answer(int status, JsonNode json, String etag) {
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    Answer get(String url, String token) {
        return send(builder(url, token).GET());
    }

    Answer post(String url, String token, String body) {
        HttpRequest.Builder request = builder(url, token).header("Idempotency-Key", UUID.randomUUID().toString());
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return send(request);
    }

    Answer put(String url, String token, String ifMatch, String body) {
        return send(builder(url, token).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A PATCH names the version read ({@code If-Match}) and, as every ministry decision, its Idempotency-Key. */
    Answer patch(String url, String token, String ifMatch, String body) {
        return send(builder(url, token).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .header("Idempotency-Key", UUID.randomUUID().toString())
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

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
            return new Answer(0, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
