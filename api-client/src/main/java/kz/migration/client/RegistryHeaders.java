package kz.migration.client;

import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The headers every call to a registry service carries: the bearer token, the calling system's {@code X-Client-Id}
 * and a fresh {@code X-Request-Id} per request. Install on any generated {@code ApiClient}:
 * {@code client.setRequestInterceptor(RegistryHeaders.bearer(token, "payment-gateway"))}. Per-operation headers
 * (Idempotency-Key, If-Match) are parameters of the generated methods.
 */
public final class RegistryHeaders implements Consumer<HttpRequest.Builder> {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String CLIENT_ID = "X-Client-Id";

    private final Supplier<String> token;
    private final String clientId;
    private final Supplier<String> requestId;

    private RegistryHeaders(Supplier<String> token, String clientId, Supplier<String> requestId) {
        this.token = token;
        this.clientId = clientId;
        this.requestId = requestId;
    }

    /** A fixed token (null: no Authorization header, for the public operations). */
    public static RegistryHeaders bearer(String token, String clientId) {
        return new RegistryHeaders(() -> token, clientId, () -> UUID.randomUUID().toString());
    }

    /** A token read on every request, for tokens that are refreshed. */
    public static RegistryHeaders bearer(Supplier<String> token, String clientId) {
        return new RegistryHeaders(token, clientId, () -> UUID.randomUUID().toString());
    }

    /** The same headers with request ids from {@code requestId} (e.g. the id of the caller's own request). */
    public RegistryHeaders withRequestIds(Supplier<String> requestId) {
        return new RegistryHeaders(token, clientId, requestId);
    }

    @Override
    public void accept(HttpRequest.Builder request) {
        String bearer = token.get();
        if (bearer != null) {
            request.setHeader("Authorization", "Bearer " + bearer);
        }
        if (clientId != null) {
            request.setHeader(CLIENT_ID, clientId);
        }
        String id = requestId.get();
        if (id != null) {
            request.setHeader(REQUEST_ID, id);
        }
    }
}
