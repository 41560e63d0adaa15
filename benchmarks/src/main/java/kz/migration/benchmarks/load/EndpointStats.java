package kz.migration.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

/**
 * One phase's requests as wrk's threads recorded them: latency per endpoint (µs, HdrHistogram), failures, and per
 * second of the phase the requests started and their latency over all endpoints.
 */
final class EndpointStats {

    /** One endpoint's totals: failures are answers the step did not expect, server errors 5xx or no answer (0). */
    record Totals(String endpoint, Histogram latency, long failures, long serverErrors, long retries) {
    }

    /** One second of the phase: requests started in it and their p50 and p99 latency (µs). */
    record Second(int second, long requests, long p50, long p99) {
    }

    private static final long HIGHEST_MICROS = 3_600_000_000L;
    private final Map<String, Histogram> latencies = new TreeMap<>();
    private final Map<String, long[]> counts = new TreeMap<>();
    private final TreeMap<Long, Histogram> bySecond = new TreeMap<>();
    private long requests;
    private long[] starts = new long[1024];
    private long firstStart = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;

    /** One request: {@code outcome} is ok, retry (an expected wait, asked again) or fail. */
    void record(String endpoint, long startMicros, long latencyMicros, int status, String outcome) {
        long latency = Math.max(1, Math.min(latencyMicros, HIGHEST_MICROS));
        latencies.computeIfAbsent(endpoint, key -> new Histogram(HIGHEST_MICROS, 3)).recordValue(latency);
        long[] count = counts.computeIfAbsent(endpoint, key -> new long[3]);
        if ("fail".equals(outcome)) {
            count[0]++;
        }
        if (status == 0 || status >= 500) {
            count[1]++;
        }
        if ("retry".equals(outcome)) {
            count[2]++;
        }
        bySecond.computeIfAbsent(startMicros / 1_000_000, key -> new Histogram(HIGHEST_MICROS, 2)).recordValue(latency);
        if (requests == starts.length) {
            starts = java.util.Arrays.copyOf(starts, starts.length * 2);
        }
        starts[(int) requests] = startMicros;
        requests++;
        firstStart = Math.min(firstStart, startMicros);
        lastEnd = Math.max(lastEnd, startMicros + latencyMicros);
    }

    long requests() {
        return requests;
    }

    /** From the first request's start to the last one's answer. */
    double seconds() {
        return requests == 0 ? 0 : (lastEnd - firstStart) / 1e6;
    }

    double requestsPerSecond() {
        return requests / Math.max(0.001, seconds());
    }

    /** Requests started before {@code micros} (µs since the epoch). */
    long startedBefore(long micros) {
        long count = 0;
        for (int i = 0; i < requests; i++) {
            if (starts[i] < micros) {
                count++;
            }
        }
        return count;
    }

    /** From the first request's start to {@code micros}, in seconds. */
    double secondsUntil(long micros) {
        return requests == 0 ? 0 : (micros - firstStart) / 1e6;
    }

    long failures() {
        return counts.values().stream().mapToLong(count -> count[0]).sum();
    }

    long serverErrors() {
        return counts.values().stream().mapToLong(count -> count[1]).sum();
    }

    Map<String, Totals> totals() {
        Map<String, Totals> totals = new TreeMap<>();
        latencies.forEach((endpoint, histogram) -> {
            long[] count = counts.get(endpoint);
            totals.put(endpoint, new Totals(endpoint, histogram, count[0], count[1], count[2]));
        });
        return totals;
    }

    /** Every second from the first request's to the last one's, empty ones included. */
    List<Second> perSecond() {
        List<Second> seconds = new ArrayList<>();
        if (bySecond.isEmpty()) {
            return seconds;
        }
        long first = bySecond.firstKey();
        for (long s = first; s <= bySecond.lastKey(); s++) {
            Histogram h = bySecond.get(s);
            seconds.add(h == null
                    ? new Second((int) (s - first), 0, 0, 0)
                    : new Second((int) (s - first), h.getTotalCount(), h.getValueAtPercentile(50),
                            h.getValueAtPercentile(99)));
        }
        return seconds;
    }
}
