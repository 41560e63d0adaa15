package kz.migration.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.testsupport.RegistryTestResource;

/**
 * Page views per second of the public dashboard from its cache: {@code benchmark.clients} HTTP/1.1 clients (8) each
 * fetch the whole page {@code benchmark.views} times (20,000 in all), after a warm-up of the same size; then the same
 * with If-None-Match (304). The target (issue 24) is 500 page views/s on 2 cores, the clients included. The report
 * goes to {@code benchmarks/reports/quota-dashboard.md}. Run: {@code ./mvnw -pl quota-service verify
 * -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=QuotaDashboardBenchmarkTest}.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class QuotaDashboardBenchmarkTest {

    static final double TARGET_PER_SECOND = 500;

    @TestHTTPResource("/")
    URL base;

    record Run(String what, int views, double seconds, double perSecond, double p50, double p99, long bytes) {
    }

    @Test
    void servesAtLeast500PageViewsPerSecondFromCache() throws Exception {
        DashboardFixtures.seed();
        int clients = Integer.getInteger("benchmark.clients", 8);
        int views = Integer.getInteger("benchmark.views", 20_000);
        URI page = URI.create(base.toString().replaceAll("/$", "") + "/api/v1/public/quota-dashboard?year="
                + DashboardFixtures.YEAR + "&lang=ru");
        HttpResponse<byte[]> first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        run("warm-up", page, null, clients, views);
        Run full = run("whole page (200)", page, null, clients, views);
        Run notModified = run("If-None-Match (304)", page, etag, clients, views);
        DashboardFixtures.resetClock();
        report(clients, first.body().length, full, notModified);
        assertTrue(full.perSecond() >= TARGET_PER_SECOND, String.format(Locale.ROOT,
                "%.0f page views/s from cache, target %.0f", full.perSecond(), TARGET_PER_SECOND));
    }

    private static Run run(String what, URI page, String etag, int clients, int views) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        int each = views / clients;
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                HttpRequest.Builder builder = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).GET();
                if (etag != null) {
                    builder.header("If-None-Match", etag);
                }
                HttpRequest request = builder.build();
                long[] latencies = new long[each + 1];
                long bytes = 0;
                for (int i = 0; i < each; i++) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    latencies[i] = System.nanoTime() - t;
                    if (response.statusCode() != (etag == null ? 200 : 304)) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    bytes += response.body().length;
                }
                latencies[each] = bytes;
                return latencies;
            }));
        }
        long[] all = new long[each * clients];
        long bytes = 0;
        for (int c = 0; c < clients; c++) {
            long[] latencies = results.get(c).get(10, TimeUnit.MINUTES);
            System.arraycopy(latencies, 0, all, c * each, each);
            bytes += latencies[each];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(all);
        return new Run(what, all.length, seconds, all.length / seconds, all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6, bytes);
    }

    private static void report(int clients, int pageBytes, Run... runs) throws IOException {
        StringBuilder md = new StringBuilder("# Public quota dashboard: page views from cache\n\n");
        md.append(String.format(Locale.ROOT,
                "Measured %s UTC, commit `%s`, on %d cores (%s), load average %s before the"
                        + " run; the service (test JVM, quota-service in `@QuarkusTest`) and %d HTTP/1.1 clients on the same"
                        + " machine. The page: %d bytes (ru, seeded test data). Target (issue 24): %.0f page views/s.%n%n",
                Instant.now().toString().substring(0, 16), commit(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), loadAverage(), clients, pageBytes, TARGET_PER_SECOND));
        md.append("| run | views | seconds | views/s | p50 ms | p99 ms |\n|---|---|---|---|---|---|\n");
        for (Run run : runs) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.2f | %.2f |%n", run.what(), run.views(),
                    run.seconds(), run.perSecond(), run.p50(), run.p99()));
        }
        md.append("\nRun: `./mvnw -pl quota-service verify -Dgroups=benchmark -Dsurefire.excludedGroups="
                + " -Dtest=QuotaDashboardBenchmarkTest` (knobs: `-Dbenchmark.clients`, `-Dbenchmark.views`).\n");
        Path report = Path.of("..", "benchmarks", "reports", "quota-dashboard.md");
        Files.writeString(report, md.toString());
        System.out.print(md);
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            return new String(git.getInputStream().readAllBytes()).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
