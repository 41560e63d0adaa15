package kz.migration.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The read and contract scripts under wrk against a stand-in service (the JDK's HTTP server): paced reads that
 * record a value from the answer, and registrations that wait while the permit is unknown, take each permit once and
 * stop when none is left. Needs wrk (Debian package wrk), as the load does.
 */
class ReadAndContractScriptsTest {

    /** A request as the stand-in saw it. */
    record Seen(String path, String authorization, String idempotencyKey, String body) {
    }

    static {
        // Without it the JDK's server waits for wrk's delayed ACK (about 40 ms) before each answer's body.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private HttpServer server;
    private final List<Seen> seen = new ArrayList<>();
    private int used = 40;
    private int contracts;

    @BeforeEach
    void standIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsArePacedGoRoundTheTargetsAndRecordTheCapturedValue(@TempDir Path work) throws Exception {
        WrkInstalled.orSkip();
        Map<String, List<String>> settings = new LinkedHashMap<>();
        settings.put("label", List.of("GET /quotas/{year}/{region}/{category}"));
        settings.put("deadline_us", List.of(Long.toString(System.currentTimeMillis() * 1000 + 2_000_000)));
        settings.put("rate", List.of("10"));
        settings.put("target", List.of("/api/v1/quotas/2027/470000000/CATEGORY_4\tministry-token",
                "/api/v1/vacancies/v-1\t"));
        settings.put("capture", List.of("\"used\":(%d+)"));

        LoadRecords records = new WrkPass(work, 60).run("test", work.resolve("records"), List.of(new WrkPass.Job(
                "quota-reads", "reads.lua", url(), 1, settings)), 60);

        List<Seen> requests = snapshot();
        // 10 per second for 2 s: about 20, not the thousands an unpaced loop sends.
        assertTrue(requests.size() >= 3 && requests.size() <= 30, "reads: " + requests.size());
        assertEquals(requests.size(), records.stats.requests());
        // Round the targets in turn (where it starts is wrk's business: it builds one request to check the script),
        // each with its token or none.
        for (int i = 0; i < requests.size(); i++) {
            Seen read = requests.get(i);
            if (i > 0) {
                assertTrue(!read.path().equals(requests.get(i - 1).path()), "read " + i + " " + read.path());
            }
            assertEquals(read.path().startsWith("/api/v1/quotas/") ? "Bearer ministry-token" : null,
                    read.authorization());
        }
        // Each read's "used" (41, 42, ...) recorded at its answer.
        assertEquals(requests.size(), records.samples.size());
        for (int i = 0; i < records.samples.size(); i++) {
            assertEquals(41 + i, records.samples.get(i).value());
        }
        assertEquals(0, records.stats.failures());
    }

    @Test
    void theThreadsOfOneWrkProcessTakeTheServicesInstancesInTurn(@TempDir Path work) throws Exception {
        WrkInstalled.orSkip();
        List<String> second = new ArrayList<>();
        HttpServer instance2 = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        instance2.createContext("/", exchange -> {
            synchronized (second) {
                second.add(exchange.getRequestURI().toString());
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        instance2.start();
        try {
            Map<String, List<String>> settings = new LinkedHashMap<>();
            settings.put("label", List.of("GET /vacancies/{id}"));
            settings.put("deadline_us", List.of(Long.toString(System.currentTimeMillis() * 1000 + 1_500_000)));
            settings.put("rate", List.of("10"));
            settings.put("target", List.of("/api/v1/vacancies/v-1\t"));

            LoadRecords records = new WrkPass(work, 60).run("test", work.resolve("records"),
                    List.of(new WrkPass.Job("vacancy-reads", "reads.lua",
                            List.of(url(), "http://127.0.0.1:" + instance2.getAddress().getPort()), 2, settings)),
                    60);

            // Thread 1 reads from instance 1, thread 2 from instance 2; every read is recorded, none failed.
            int first = snapshot().size();
            int other;
            synchronized (second) {
                other = second.size();
            }
            assertTrue(first >= 3 && other >= 3, "instance 1: " + first + ", instance 2: " + other);
            assertEquals(first + other, records.stats.requests());
            assertEquals(0, records.stats.failures());
        } finally {
            instance2.stop(0);
        }
    }

    @Test
    void registrationsWaitWhileThePermitIsUnknownAndTakeEachPermitOnce(@TempDir Path work) throws Exception {
        WrkInstalled.orSkip();
        Map<String, List<String>> settings = new LinkedHashMap<>();
        settings.put("run", List.of("contract-run"));
        settings.put("label", List.of("POST /contracts"));
        settings.put("deadline_us", List.of(Long.toString(System.currentTimeMillis() * 1000 + 60_000_000)));
        settings.put("rate", List.of("0"));
        settings.put("threads", List.of("2"));
        List<String> permits = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            permits.add("employer-" + p + "\t{\"permitNumber\": \"WP-2027-00000" + p + "\"}");
        }
        settings.put("permit", permits);

        LoadRecords records = new WrkPass(work, 60).run("test", work.resolve("records"), List.of(new WrkPass.Job(
                "contracts", "contracts.lua", url(), 2, settings)), 60);

        List<Seen> requests = snapshot();
        // The stand-in answers permit-unknown to every first attempt: 5 permits, 10 requests, one each registered.
        assertEquals(10, requests.size());
        assertEquals(5, contracts);
        for (int p = 1; p <= 5; p++) {
            String body = "{\"permitNumber\": \"WP-2027-00000" + p + "\"}";
            List<Seen> attempts = requests.stream().filter(r -> r.body().equals(body)).toList();
            assertEquals(2, attempts.size(), body);
            assertTrue(attempts.stream().allMatch(r -> ("Bearer employer-" + body.charAt(body.length() - 3))
                    .equals(r.authorization())), attempts.toString());
        }
        assertEquals(10, new HashSet<>(requests.stream().map(Seen::idempotencyKey).toList()).size());
        EndpointStats.Totals totals = records.stats.totals().get("POST /contracts");
        assertEquals(10, totals.latency().getTotalCount());
        assertEquals(5, totals.retries());
        assertEquals(0, totals.failures());
        // Both threads ended by themselves, out of permits; they registered 3 and 2.
        assertEquals(2, records.threadsEnded());
        assertEquals(List.of("3", "2"), records.ends.get("contracts").values().stream().map(cells -> cells.get(1))
                .toList());
    }

    @Test
    void theCpuOfAProcessIsReadFromProcAndAnEndedOneCountsNothing() {
        // This JVM has run for more than one 10 ms tick; no process has pid -1.
        assertTrue(WrkPass.cpuTicks(ProcessHandle.current().pid()) > 0);
        assertEquals(0, WrkPass.cpuTicks(-1));
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private List<Seen> snapshot() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    /** Quota reads: "used" one more each time; contracts: permit-unknown at a permit's first attempt, then 201. */
    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().toString();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean firstAttempt;
        synchronized (seen) {
            firstAttempt = seen.stream().noneMatch(r -> r.body().equals(body));
            seen.add(new Seen(path, exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
        }
        int status = 200;
        String answer;
        if (path.equals("/api/v1/contracts")) {
            if (firstAttempt) {
                status = 422;
                answer = "{\"type\":\"https://registry.migration.gov.kz/problems/permit-unknown\",\"status\":422}";
            } else {
                status = 201;
                contracts++;
                answer = "{\"id\":\"contract-" + contracts + "\"}";
            }
        } else {
            used++;
            answer = "{\"year\":2027,\"allocated\":100,\"reserved\":0,\"used\":" + used + "}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
