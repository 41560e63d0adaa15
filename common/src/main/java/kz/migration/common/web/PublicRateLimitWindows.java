package kz.migration.common.web;

import java.time.Duration;
import java.time.Instant;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * The public limit as fixed one-minute windows of the registry's clock: one bucket per client address and window,
 * holding the window's allowance and refilled (never, in practice) only at the window's end, when its key is no longer
 * used. Keying by window rather than keeping one refilling bucket per client makes the limit immune to the clock
 * moving back: Bucket4j does not refill a bucket whose last refill lies in the future, so a shared bucket would stay
 * frozen (a client blocked for as long as the clock was rewound, across instances and restarts); here a rewound
 * clock only selects the rewound minute's own bucket, with what was spent in that minute. Plain Java, so the
 * decisions are tested without PostgreSQL.
 */
public final class PublicRateLimitWindows {

    static final Duration WINDOW = Duration.ofMinutes(1);

    /** Longest client address kept in a key (the bucket table's id is 96 characters). */
    static final int MAX_CLIENT_LENGTH = 64;

    private final int requestsPerWindow;

    public PublicRateLimitWindows(int requestsPerWindow) {
        if (requestsPerWindow < 1) {
            throw new IllegalArgumentException("requests per minute must be positive: " + requestsPerWindow);
        }
        this.requestsPerWindow = requestsPerWindow;
    }

    /** Minutes since the epoch: the window {@code epochMillis} falls into. */
    static long window(long epochMillis) {
        return Math.floorDiv(epochMillis, WINDOW.toMillis());
    }

    static long windowEnd(long epochMillis) {
        return (window(epochMillis) + 1) * WINDOW.toMillis();
    }

    /** The bucket's key: the client address (or "unknown") and the window at {@code epochMillis}. */
    public String key(String client, long epochMillis) {
        String address = client == null || client.isBlank() ? "unknown" : client.strip();
        if (address.length() > MAX_CLIENT_LENGTH) {
            address = address.substring(0, MAX_CLIENT_LENGTH);
        }
        return address + "@" + window(epochMillis);
    }

    /** The allowance of the window at {@code epochMillis}: full at first use, refilled only when the window ends. */
    public BucketConfiguration configuration(long epochMillis) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(requestsPerWindow)
                        .refillIntervallyAligned(requestsPerWindow, WINDOW,
                                Instant.ofEpochMilli(windowEnd(epochMillis)))
                        .build())
                .build();
    }

    /**
     * Whole seconds a refused client waits: the bucket's own wait for its refill, but never past the window's end
     * (then the next window's bucket answers), and at least one second.
     */
    public long retryAfterSeconds(long epochMillis, long nanosToWaitForRefill) {
        long untilWindowEndNanos = (windowEnd(epochMillis) - epochMillis) * 1_000_000L;
        long waitNanos = Math.min(Math.max(0, nanosToWaitForRefill), untilWindowEndNanos);
        return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Seconds until the window at {@code epochMillis} ends, at least one. */
    public long secondsToWindowEnd(long epochMillis) {
        return retryAfterSeconds(epochMillis, Long.MAX_VALUE);
    }

    public int requestsPerWindow() {
        return requestsPerWindow;
    }
}
