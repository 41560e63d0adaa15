package kz.migration.permit.service;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.permit.config.PermitRules;

/**
 * Fixed one-minute window per client address on the token-less endpoints, so permit numbers cannot be enumerated
 * against a document number. Per instance and in memory: a gateway limit in front of all instances is the real
 * defence; this one bounds what a single instance answers.
 */
@ApplicationScoped
public class PublicRateLimiter {

    private record Window(long minute, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    PermitRules rules;

    /** Counts one request of {@code client}; over the limit it is a 429 with Retry-After. */
    public void acquire(String client) {
        long now = clock.millis();
        long minute = now / 60_000;
        Window window = windows.compute(client == null ? "unknown" : client,
                (key, current) -> current == null || current.minute() != minute
                        ? new Window(minute, 1)
                        : new Window(minute, current.count() + 1));
        if (window.count() > rules.publicRequestsPerMinute()) {
            long retryAfter = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "At most " + rules.publicRequestsPerMinute()
                    + " verification requests per minute").with("retryAfterSeconds", retryAfter);
        }
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
        }
    }
}
