package kz.migration.common.outbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.inject.Inject;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.vacancy.VacancyChanged;
import kz.migration.common.probe.ProbeConsumer;
import kz.migration.testsupport.RegistryTestResource;

/**
 * Commit-to-consumer-effect latency of the event backbone: outbox insert in a business transaction, relay woken
 * on commit, Kafka with acks=all, consumer applying the effect through the inbox in its own transaction. Writes
 * {@code benchmarks/reports/outbox-latency.md}. Run on demand:
 * {@code ./mvnw -pl common verify -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=OutboxLatencyBenchmark}
 * ({@code -Dbenchmark.rates=200,500,1000} for other paced rates; {@code -Dbenchmark.consumer=record} to measure the
 * record-at-a-time consumer instead of the batch one).
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
@TestProfile(OutboxLatencyBenchmark.RelayRunning.class)
@Tag("benchmark")
class OutboxLatencyBenchmark {

    private static final int EVENTS = 10_000;
    /** Offered rates of the paced runs, in order; -Dbenchmark.rates=N,M to change them. */
    private static final List<Integer> PACED_RATES = Arrays
            .stream(System.getProperty("benchmark.rates", "200,500,1000").split(",")).map(String::trim)
            .map(Integer::valueOf).toList();
    /** "batch" (Inbox.consumeAll, one transaction per poll) or "record" (Inbox.consume, one per event). */
    private static final String CONSUMER = System.getProperty("benchmark.consumer", "batch");
    private static final int WRITERS = 4;
    private static final int WARM_UP_EVENTS = 2_000;

    public static class RelayRunning implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            boolean batch = CONSUMER.equals("batch");
            return Map.of("registry.outbox.relay-enabled", "true",
                    "mp.messaging.incoming.vacancy-events.enabled", String.valueOf(!batch),
                    "mp.messaging.incoming.vacancy-event-batches.enabled", String.valueOf(batch));
        }
    }

    @Inject
    Outbox outbox;

    @AfterEach
    void unhook() {
        ProbeConsumer.onCommitted = id -> {
        };
    }

    @Test
    void commitToConsumerEffectLatencyAndThroughput() throws Exception {
        // Unrecorded warm-up: consumer-group join, connection pools and JIT, which a running service has behind it.
        run(PACED_RATES.get(0), WARM_UP_EVENTS);
        List<Result> results = new ArrayList<>();
        for (int rate : PACED_RATES) {
            results.add(run(rate, EVENTS));
        }
        results.add(run(0, EVENTS));
        String report = report(results);
        Path reports = Path.of("..", "benchmarks", "reports");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("outbox-latency.md"), report);
        System.out.println(report);
        assertTrue(results.stream().allMatch(result -> result.histogram.getTotalCount() == EVENTS),
                "every event's effect was observed");
    }

    private record Result(int ratePerSecond, Histogram histogram, Duration appendTime, Duration totalTime,
            String loadAverage) {
        double throughput() {
            return EVENTS / (totalTime.toNanos() / 1e9);
        }

        double appendRate() {
            return EVENTS / (appendTime.toNanos() / 1e9);
        }
    }

    /** Appends {@value #EVENTS} events from {@value #WRITERS} threads, paced at {@code rate}/s (0 = flat out). */
    private Result run(int rate, int events) throws Exception {
        Map<UUID, Long> committedAt = new ConcurrentHashMap<>();
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        CountDownLatch done = new CountDownLatch(events);
        ProbeConsumer.onCommitted = id -> {
            Long start = committedAt.remove(id);
            if (start != null) {
                synchronized (histogram) {
                    histogram.recordValue(Math.max(1, (System.nanoTime() - start) / 1_000));
                }
                done.countDown();
            }
        };
        long begin = System.nanoTime();
        long intervalNanos = rate == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) * WRITERS / rate;
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int writer = 0; writer < WRITERS; writer++) {
            writers.submit(() -> {
                long next = System.nanoTime();
                for (int i = 0; i < events / WRITERS; i++) {
                    if (intervalNanos > 0) {
                        next += intervalNanos;
                        LockSupport.parkNanos(next - System.nanoTime());
                    }
                    UUID aggregate = UUID.randomUUID();
                    VacancyChanged payload = new VacancyChanged(aggregate, "291417776310", "750000000", "2512", i,
                            new BigDecimal("400000"), false, List.of("benchmark"), LocalDate.of(2026, 1, 1));
                    // The clock starts just before commit: the latency includes the commit itself.
                    long[] start = new long[1];
                    CloudEvent event = QuarkusTransaction.requiringNew().call(() -> {
                        CloudEvent appended = outbox.append(aggregate.toString(), payload);
                        start[0] = System.nanoTime();
                        committedAt.put(appended.id(), start[0]);
                        return appended;
                    });
                    assertTrue(event != null);
                }
                return null;
            });
        }
        writers.shutdown();
        writers.awaitTermination(10, TimeUnit.MINUTES);
        Duration appendTime = Duration.ofNanos(System.nanoTime() - begin);
        assertTrue(done.await(5, TimeUnit.MINUTES), "all effects applied");
        return new Result(rate, histogram, appendTime, Duration.ofNanos(System.nanoTime() - begin), loadAverage());
    }

    /** The 1, 5 and 15 minute load averages as the kernel reports them; other builds share the machine. */
    private static String loadAverage() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true)
                    .start();
            String commit = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? commit : "unknown";
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String report(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("# Event backbone: commit to consumer effect\n\n");
        out.append("Generated by `common/src/test/java/kz/migration/common/outbox/OutboxLatencyBenchmark.java` on ")
                .append(OffsetDateTime.now(ZoneOffset.UTC).withNano(0)).append(" at commit `").append(commit())
                .append("`.\n\n");
        out.append("Run: `./mvnw -pl common verify -Dgroups=benchmark -Dsurefire.excludedGroups= "
                + "-Dtest=OutboxLatencyBenchmark`\n\n");
        out.append("Path measured: business transaction inserts the outbox row and commits -> relay woken after commit "
                + "publishes with acks=all and idempotence -> Kafka (in-process KRaft broker) -> SmallRye consumer "
                + "(blocking, ordered) -> inbox insert + effect row in one transaction -> commit. Consumer: ")
                .append(CONSUMER.equals("batch")
                        ? "`Inbox.consumeAll`, the records of one poll in one transaction"
                        : "`Inbox.consume`, one transaction per record")
                .append(". Clock starts just before the producer's commit and stops after the consumer's commit, in "
                        + "the same JVM.\n\n");
        out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append(", JVM flags `")
                .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()
                        .stream().filter(a -> a.startsWith("-XX") || a.startsWith("-Xm")).toList()))
                .append("` (the benchmark profile of common's pom: full JIT). PostgreSQL 17 (zonky embedded, its test defaults: "
                        + "fsync=off, synchronous_commit=off, full_page_writes=off); one database for producer and "
                        + "consumer. Everything (PostgreSQL, Kafka, the application, the load) shares the two cores, "
                        + "and so do any other builds running at the time: the load average (1, 5, 15 min) at the end "
                        + "of each run says how busy the machine was.\n\n");
        out.append("| run | events | writers | offered rate | achieved rate | p50 | p90 | p99 | p99.9 | max "
                + "| end-to-end throughput | load average |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result result : results) {
            Histogram h = result.histogram;
            out.append(String.format(
                    "| %s | %d | %d | %s | %.0f/s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.0f events/s "
                            + "| %s |%n",
                    result.ratePerSecond == 0 ? "saturated" : "paced", EVENTS, WRITERS,
                    result.ratePerSecond == 0 ? "as fast as possible" : result.ratePerSecond + "/s",
                    result.appendRate(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0,
                    h.getMaxValue() / 1000.0, result.throughput(), result.loadAverage));
        }
        out.append("\nThe runs follow an unrecorded warm-up of " + WARM_UP_EVENTS + " events at " + PACED_RATES.get(0)
                + "/s, and each other. Achieved rate: events over the time the writers took to commit them; below the "
                + "offered rate, the writers themselves could not keep up.\n");
        out.append("\nTarget: p99 < 100 ms at a steady 1,000 events/s on this 2-core machine. The saturated run shows "
                + "outbox throughput: its latency includes queueing behind the backlog it builds.\n");
        return out.toString();
    }
}
