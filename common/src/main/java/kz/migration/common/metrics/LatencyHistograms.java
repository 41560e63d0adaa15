package kz.migration.common.metrics;

import java.time.Duration;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Histogram buckets for HTTP server latency, so Prometheus can compute p99 per service and endpoint
 * ({@code histogram_quantile} over {@code http_server_requests_seconds_bucket}; the alert rules and dashboards in
 * {@code deploy/} use it). A few fixed buckets around the targets instead of Micrometer's ~70 per series.
 */
public class LatencyHistograms {

    static final Duration[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!"http.server.requests".equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(Stream.of(BUCKETS).mapToDouble(d -> d.toNanos()).toArray()).build()
                        .merge(config);
            }
        };
    }
}
