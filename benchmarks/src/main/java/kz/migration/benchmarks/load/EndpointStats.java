package kz.migration.benchmarks.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.HdrHistogram.Histogram;

/** Latency histograms per endpoint (µs, HdrHistogram), error counts, and requests completed per second. */
final class EndpointStats {

    /** One endpoint's totals at the end of the run. */
    record Totals(String endpoint, Histogram latency, long errors) {
    }

    private static final int MAX_SECONDS = 3600;
    private final Map<String, Histogram> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLongArray perSecond = new AtomicLongArray(MAX_SECONDS);
    /** Set by the first request, so a phase's plot starts when its requests do (not when the driver was built). */
    private final AtomicLong started = new AtomicLong();

    void record(String endpoint, long nanos, int status) {
        Histogram histogram = latencies.computeIfAbsent(endpoint,
                key -> new org.HdrHistogram.ConcurrentHistogram(3_600_000_000L, 3));
        histogram.recordValue(Math.max(1, nanos / 1000));
        if (status == 0 || status >= 500) {
            errors.computeIfAbsent(endpoint, key -> new AtomicLong()).incrementAndGet();
        }
        requests.incrementAndGet();
        long now = System.nanoTime();
        started.compareAndSet(0, now);
        int second = (int) ((now - started.get()) / 1_000_000_000L);
        if (second < MAX_SECONDS) {
            perSecond.incrementAndGet(second);
        }
    }

    long requests() {
        return requests.get();
    }

    Map<String, Totals> totals() {
        Map<String, Totals> totals = new TreeMap<>();
        latencies.forEach((endpoint, histogram) -> totals.put(endpoint, new Totals(endpoint, histogram.copy(),
                errors.getOrDefault(endpoint, new AtomicLong()).get())));
        return totals;
    }

    /** Requests completed in each second since the first request, up to the last second with any. */
    long[] perSecond() {
        int last = 0;
        for (int i = 0; i < MAX_SECONDS; i++) {
            if (perSecond.get(i) > 0) {
                last = i;
            }
        }
        long[] counts = new long[last + 1];
        for (int i = 0; i <= last; i++) {
            counts[i] = perSecond.get(i);
        }
        return counts;
    }
}
