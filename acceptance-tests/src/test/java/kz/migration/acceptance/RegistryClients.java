package kz.migration.acceptance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import kz.migration.client.RegistryHeaders;

/**
 * The generated client ({@code api-client}) as the suite sets it up, in one place: each service's base URL on the
 * stack, the bearer token of each call (none for the public operations), the suite's {@code X-Client-Id}, the read
 * timeout, and one set of operation classes per token. The facades name the operations they call; {@link
 * ClientReplies} reads what those calls answer.
 */
final class RegistryClients {

    static final String CLIENT_ID = "acceptance-tests";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    final Vacancies vacancies;
    final Permits permits;
    final Quotas quotas;
    final Contracts contracts;
    final Inspection inspection;

    /** One facade per service of {@code stack}; {@code keys} gives the Idempotency-Keys of creating calls. */
    RegistryClients(AcceptanceStack stack, RequestKeys keys) {
        vacancies = new Vacancies(stack.baseUrl("vacancy-service"), keys);
        permits = new Permits(stack.baseUrl("permit-service"), keys);
        quotas = new Quotas(stack.baseUrl("quota-service"), keys);
        contracts = new Contracts(stack.baseUrl("contract-registry-service"), keys);
        inspection = new Inspection(stack.baseUrl("inspection-service"), keys);
    }

    // One factory per generated package: each package has its own ApiClient class, with no common type.

    static <T> PerToken<T> vacancy(String baseUrl, Function<kz.migration.client.vacancy.ApiClient, T> operations) {
        return new PerToken<>(headers -> operations.apply(new kz.migration.client.vacancy.ApiClient(
                kz.migration.client.vacancy.ApiClient.createDefaultHttpClientBuilder(),
                kz.migration.client.vacancy.ApiClient.createDefaultObjectMapper(), baseUrl)
                .setReadTimeout(READ_TIMEOUT).setRequestInterceptor(routed(headers))));
    }

    static <T> PerToken<T> permit(String baseUrl, Function<kz.migration.client.permit.ApiClient, T> operations) {
        return new PerToken<>(headers -> operations.apply(new kz.migration.client.permit.ApiClient(
                kz.migration.client.permit.ApiClient.createDefaultHttpClientBuilder(),
                kz.migration.client.permit.ApiClient.createDefaultObjectMapper(), baseUrl)
                .setReadTimeout(READ_TIMEOUT).setRequestInterceptor(routed(headers))));
    }

    static <T> PerToken<T> quota(String baseUrl, Function<kz.migration.client.quota.ApiClient, T> operations) {
        return new PerToken<>(headers -> operations.apply(new kz.migration.client.quota.ApiClient(
                kz.migration.client.quota.ApiClient.createDefaultHttpClientBuilder(),
                kz.migration.client.quota.ApiClient.createDefaultObjectMapper(), baseUrl)
                .setReadTimeout(READ_TIMEOUT).setRequestInterceptor(routed(headers))));
    }

    static <T> PerToken<T> inspection(String baseUrl,
            Function<kz.migration.client.inspection.ApiClient, T> operations) {
        return new PerToken<>(headers -> operations.apply(new kz.migration.client.inspection.ApiClient(
                kz.migration.client.inspection.ApiClient.createDefaultHttpClientBuilder(),
                kz.migration.client.inspection.ApiClient.createDefaultObjectMapper(), baseUrl)
                .setReadTimeout(READ_TIMEOUT).setRequestInterceptor(routed(headers))));
    }

    static <T> PerToken<T> contract(String baseUrl, Function<kz.migration.client.contract.ApiClient, T> operations) {
        return new PerToken<>(headers -> operations.apply(new kz.migration.client.contract.ApiClient(
                kz.migration.client.contract.ApiClient.createDefaultHttpClientBuilder(),
                kz.migration.client.contract.ApiClient.createDefaultObjectMapper(), baseUrl)
                .setReadTimeout(READ_TIMEOUT).setRequestInterceptor(routed(headers))));
    }

    /** The headers of every call, then its address: the next instance of the service when several run. */
    private static Consumer<HttpRequest.Builder> routed(RegistryHeaders headers) {
        return request -> {
            headers.accept(request);
            // The generated operations set the URI and method before they call the interceptor.
            URI addressed = request.copy().build().uri();
            URI routed = InstanceRotation.route(addressed);
            if (!routed.equals(addressed)) {
                request.uri(routed);
            }
        };
    }

    /** A service's operation classes for each token, built once: every ApiClient builds its own HTTP client. */
    static final class PerToken<T> {

        private static final String NO_TOKEN = "";
        private final Map<String, T> byToken = new ConcurrentHashMap<>();
        private final Function<RegistryHeaders, T> build;

        private PerToken(Function<RegistryHeaders, T> build) {
            this.build = build;
        }

        /** The operations as the holder of {@code token}. */
        T as(String token) {
            return byToken.computeIfAbsent(token == null ? NO_TOKEN : token, t -> build
                    .apply(RegistryHeaders.bearer(t.equals(NO_TOKEN) ? null : t, CLIENT_ID)));
        }

        /** The operations with no Authorization header, for the public ones. */
        T withoutToken() {
            return as(null);
        }
    }
}
