package kz.migration.common.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpServerRequest;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;

/**
 * Fixed one-minute window per client address on the token-less endpoints, so that numbers cannot be enumerated
 * against a document number. Per instance and in memory: a gateway limit in front of all instances is the real
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

    /** Counts one request from the request's remote address. */
    public void acquire(HttpServerRequest request) {
        acquire(request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
    }

    /** Counts one request of {@code client}; over the limit it is a 429 with Retry-After. */
    public void acquire(String client) {
        long now = clock.millis();
        long minute = now / 60_000;
        Window window = windows.compute(client == null ? "unknown" : client,
                (key, current) -> current == null || current.minute() != minute
                        ? new Window(minute, 1)
                        : new Window(minute, current.count() + 1));
        if (window.count() > config.requestsPerMinute()) {
            long retryAfter = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                    "At most " + config.requestsPerMinute() + " requests per minute on public endpoints")
                    .with("retryAfterSeconds", retryAfter);
        }
        if (windows.size() > config.maxClients()) {
            windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
        }
    }
}
