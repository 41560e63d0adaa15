package kz.migration.common.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpServerRequest;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;

/**
 * Fixed one-minute window per client address on the token-less endpoints, so that numbers cannot be enumerated
 * against a document number. Behind an ingress the client address comes from a header that only trusted proxies may
 * set ({@link PublicRateLimitConfig#clientAddressHeader()}). Per instance and in memory: a gateway limit in front of all instances is the real
 * defence; this one bounds what a single instance answers. Over the limit: 429 problem+json with Retry-After.
 */
@ApplicationScoped
public class PublicRateLimiter {

    private record Window(long minute, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    PublicRateLimitConfig config;

    private AddressBlocks trustedProxies;

    @PostConstruct
    void parseTrustedProxies() {
        trustedProxies = AddressBlocks.of(config.trustedProxies().orElse(List.of()));
    }

    /** Counts one request from the request's client address. */
    public void acquire(HttpServerRequest request) {
        acquire(clientAddress(request));
    }

    /**
     * The TCP peer, unless it is a trusted proxy that names the client in the configured header: then the last
     * address of that header's chain that is not itself a trusted proxy.
     */
    String clientAddress(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (peer == null || config.clientAddressHeader().isEmpty() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String chain = request.getHeader(config.clientAddressHeader().get());
        if (chain == null) {
            return peer;
        }
        String[] hops = chain.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    /** Counts one request of {@code client}; over the limit it is a 429 with Retry-After. */
    public void acquire(String client) {
        long now = clock.millis();
        long minute = now / 60_000;
        String clientKey = client == null ? "unknown" : client;
        if (windows.size() >= config.maxClients() && !windows.containsKey(clientKey)) {
            windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
            if (windows.size() >= config.maxClients()) {
                throw tooMany(now, minute);
            }
        }
        Window window = windows.compute(clientKey,
                (key, current) -> current == null || current.minute() != minute
                        ? new Window(minute, 1)
                        : new Window(minute, current.count() + 1));
        if (window.count() > config.requestsPerMinute()) {
            throw tooMany(now, minute);
        }
    }

    private ProblemException tooMany(long now, long minute) {
        long retryAfter = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                "At most " + config.requestsPerMinute() + " requests per minute on public endpoints")
                .with("retryAfterSeconds", retryAfter);
    }
}
