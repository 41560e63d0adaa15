package kz.migration.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * The limiter's decisions on Bucket4j's own bucket arithmetic, with a map in place of the PostgreSQL table and a
 * clock the test moves forward and back.
 */
class PublicRateLimitWindowsTest {

    private static final long MINUTE = 60_000;
    /** 2026-12-07T10:00:00Z, the start of a minute. */
    private static final long WINDOW_START = 1_796_637_600_000L;

    private final PublicRateLimitWindows windows = new PublicRateLimitWindows(30);
    private final ManualTime time = new ManualTime(WINDOW_START);
    private final Map<String, Bucket> table = new HashMap<>();

    /** What PublicRateLimiter does per request, against the map: the window's bucket, created on first use. */
    private ConsumptionProbe request(String client) {
        long now = time.millis;
        return table.computeIfAbsent(windows.key(client, now), key -> bucket(windows.configuration(now), time))
                .tryConsumeAndReturnRemaining(1);
    }

    private static Bucket bucket(BucketConfiguration configuration, TimeMeter meter) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(meter);
        for (Bandwidth bandwidth : configuration.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }

    private int allowedInARow(String client) {
        int allowed = 0;
        while (request(client).isConsumed()) {
            allowed++;
            assertTrue(allowed <= 1000, "never refused");
        }
        return allowed;
    }

    @Test
    void thirtyRequestsAMinuteThenRefusedUntilTheMinuteEnds() {
        time.millis = WINDOW_START + 10_000;
        assertEquals(30, allowedInARow("203.0.113.7"));
        ConsumptionProbe refused = request("203.0.113.7");
        assertFalse(refused.isConsumed());
        assertEquals(50, windows.retryAfterSeconds(time.millis, refused.getNanosToWaitForRefill()),
                "the bucket refills when its minute ends");

        assertEquals(30, allowedInARow("203.0.113.8"), "another client has its own allowance");

        time.millis = WINDOW_START + MINUTE - 1;
        assertFalse(request("203.0.113.7").isConsumed(), "still the same minute");
        assertEquals(1, windows.retryAfterSeconds(time.millis, request("203.0.113.7").getNanosToWaitForRefill()));
        time.millis = WINDOW_START + MINUTE;
        assertEquals(30, allowedInARow("203.0.113.7"), "the next minute is a fresh allowance");
    }

    @Test
    void requestsSpreadOverTheMinuteDoNotEarnMoreThanThirty() {
        int allowed = 0;
        for (int second = 0; second < 60; second++) {
            time.millis = WINDOW_START + second * 1000L + 500;
            if (request("203.0.113.9").isConsumed()) {
                allowed++;
            }
        }
        assertEquals(30, allowed, "a bucket that refilled gradually would have let more through");
    }

    @Test
    void movingTheClockBackNeitherFreezesNorFreesAClient() {
        time.millis = WINDOW_START + 50_000;
        assertEquals(30, allowedInARow("198.51.100.1"));

        // Back within the same minute: what was spent in it stays spent, and the wait still ends with the minute.
        time.millis = WINDOW_START + 10_000;
        ConsumptionProbe sameMinute = request("198.51.100.1");
        assertFalse(sameMinute.isConsumed(), "rewinding must not free the client");
        assertEquals(50, windows.retryAfterSeconds(time.millis, sameMinute.getNanosToWaitForRefill()));

        // A day back: that minute's own allowance, untouched by what happens a day later.
        time.millis = WINDOW_START - Duration.ofDays(1).toMillis();
        assertEquals(30, allowedInARow("198.51.100.1"));

        // Forward again past the end of the spent minute: allowed at once, not frozen until the clock catches up.
        time.millis = WINDOW_START + MINUTE + 1;
        assertEquals(30, allowedInARow("198.51.100.1"));
    }

    @Test
    void oneRefillingBucketPerClientWouldStayFrozenAfterTheClockMovesBack() {
        // Why the buckets are keyed by minute: Bucket4j refills nothing while the clock is before the last refill.
        time.millis = WINDOW_START + Duration.ofDays(1).toMillis();
        Bucket single = bucket(BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(30).refillIntervally(30, Duration.ofMinutes(1)).build())
                .build(), time);
        for (int i = 0; i < 30; i++) {
            assertTrue(single.tryConsume(1));
        }
        time.millis = WINDOW_START; // the test clock reset to "now"
        time.millis += 2 * MINUTE;
        assertFalse(single.tryConsume(1), "a single bucket stays empty for the day the clock was moved back");

        assertTrue(request("192.0.2.1").isConsumed(), "the minute-keyed bucket answers from the current minute");
    }

    @Test
    void keysNameTheClientAndTheMinuteAndFitTheTable() {
        assertEquals("203.0.113.7@" + WINDOW_START / MINUTE, windows.key(" 203.0.113.7 ", WINDOW_START));
        assertEquals(windows.key("203.0.113.7", WINDOW_START), windows.key("203.0.113.7", WINDOW_START + 59_999));
        assertNotEquals(windows.key("203.0.113.7", WINDOW_START), windows.key("203.0.113.7", WINDOW_START + MINUTE));
        assertEquals("unknown@" + WINDOW_START / MINUTE, windows.key(null, WINDOW_START));
        assertTrue(windows.key("x".repeat(500), WINDOW_START).length() <= 96);
        assertEquals(windows.key("2001:db8::1".repeat(10), WINDOW_START),
                windows.key("2001:db8::1".repeat(10) + "and more", WINDOW_START), "long addresses cut at 64");
    }

    @Test
    void retryAfterIsAtLeastOneSecondAndNeverPastTheMinute() {
        assertEquals(1, windows.retryAfterSeconds(WINDOW_START + 59_999, 0));
        assertEquals(60, windows.retryAfterSeconds(WINDOW_START, Long.MAX_VALUE));
        assertEquals(21, windows.retryAfterSeconds(WINDOW_START, 20_000_000_001L), "whole seconds, rounded up");
        assertEquals(40, windows.secondsToWindowEnd(WINDOW_START + 20_000));
        assertThrows(IllegalArgumentException.class, () -> new PublicRateLimitWindows(0));
    }

    /** Bucket4j's time, moved by the test. */
    private static final class ManualTime implements TimeMeter {

        long millis;

        ManualTime(long millis) {
            this.millis = millis;
        }

        @Override
        public long currentTimeNanos() {
            return millis * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
