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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The journey script under wrk against a stand-in permit-service (the JDK's HTTP server): the steps in order with
 * each one's token, a fresh Idempotency-Key per request, the checks and the saga polled until they answer, the
 * employer's permits counted into the next application, refusals, the public status read kept under its limit, and
 * the record files the driver reads. Needs wrk (Debian package wrk), as the load does.
 */
class JourneyScriptTest {

    /** A request as the stand-in saw it. */
    record Seen(String method, String path, String authorization, String idempotencyKey, String prefer, String body) {
    }

    private static final Pattern FOREIGNERS = Pattern.compile("\"category4\": \\{\"citizens\": 9000, \"foreigners\": "
            + "(\\d+)\\}");
    static {
        // Without it the JDK's server waits for wrk's delayed ACK (about 40 ms) before each answer's body.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private HttpServer server;
    private final List<Seen> seen = new ArrayList<>();
    private final Map<String, Integer> polls = new LinkedHashMap<>();
    private volatile int applications;

    @BeforeEach
    void standInPermitService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void journeysRunStepByStepWithTheirTokensAndFreshKeysAndRecordEveryRequest(@TempDir Path work) throws Exception {
        WrkInstalled.orSkip();
        Map<String, List<String>> settings = settings(7);
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        long firstWindow = System.currentTimeMillis() * 1000 / 200_000;

        LoadRecords records = new WrkPass(work, 60).run("test", work.resolve("records"), List.of(new WrkPass.Job(
                "journeys", "journeys.lua", url, 1, settings)), 60);

        List<Seen> requests;
        synchronized (seen) {
            requests = List.copyOf(seen);
        }
        assertEquals(7, applications);
        assertEquals(0, records.failures, records.failureSamples.toString());
        // Every third application is refused by the saga; the others are issued.
        assertEquals(2, records.refused);
        assertEquals(5, records.permits.size());
        // One record per request, and the thread's end with the employer's permits.
        assertEquals(requests.size(), records.stats.requests());
        assertEquals("8", records.ends.get("journeys").get(0).get(1));

        // The first journey, step by step, each with its caller's token.
        List<String> first = requests.stream().limit(9).map(r -> r.method() + " " + r.path() + " "
                + r.authorization()).toList();
        assertEquals(List.of(
                "POST /api/v1/permit-applications Bearer employer-token",
                "GET /api/v1/document-verifications?status=PENDING&limit=200 Bearer mfa-token",
                "GET /api/v1/document-verifications?status=PENDING&limit=200 Bearer mfa-token",
                "POST /api/v1/document-verifications/check-1/answer Bearer mfa-token",
                "POST /api/v1/permit-applications/app-1/review Bearer officer-token",
                "POST /api/v1/permit-applications/app-1/decision Bearer officer-token",
                "GET /api/v1/permit-applications/app-1 Bearer employer-token",
                "GET /api/v1/permit-applications/app-1 Bearer employer-token",
                "POST /api/v1/permit-applications/app-1/fee-payment Bearer gateway-token"), first);
        // The fee paid is the fee the application asked for.
        assertTrue(requests.get(8).body().contains("\"amount\": {\"amount\":\"27600.00\",\"currency\":\"KZT\"}"),
                requests.get(8).body());
        // The public status: read after an issue, with the permit's number and passport and no token, at most once
        // in a window and never in the first.
        List<LoadRecords.IssuedPermit> issued = records.permits;
        List<Seen> statusReads = requests.stream().filter(r -> r.path().startsWith("/api/v1/public/")).toList();
        assertTrue(!statusReads.isEmpty() && statusReads.size() <= issued.size(), statusReads.toString());
        for (Seen read : statusReads) {
            assertTrue(issued.stream().anyMatch(p -> read.path().equals("/api/v1/public/permits/" + p.number()
                    + "/status?document=" + p.passport())), read.path());
            assertEquals(null, read.authorization());
        }
        List<Long> windows = new ArrayList<>();
        for (long start : statusStarts(work)) {
            windows.add(start / 200_000);
        }
        assertEquals(windows.size(), new HashSet<>(windows).size(), windows.toString());
        assertTrue(windows.stream().allMatch(w -> w > firstWindow), windows + " after " + firstWindow);

        // A fresh Idempotency-Key on every POST.
        List<String> keys = requests.stream().filter(r -> r.method().equals("POST")).map(Seen::idempotencyKey)
                .toList();
        assertTrue(keys.stream().allMatch(key -> key != null && key.startsWith("test-run-0-")), keys.toString());
        assertEquals(keys.size(), new HashSet<>(keys).size());

        // Each application declares the employer's permits so far (issued ones, refused ones not) and a new passport.
        List<Seen> submits = requests.stream().filter(r -> r.method().equals("POST") && r.path().equals(
                "/api/v1/permit-applications")).toList();
        int permits = 3;
        for (int i = 0; i < submits.size(); i++) {
            Matcher foreigners = FOREIGNERS.matcher(submits.get(i).body());
            assertTrue(foreigners.find(), submits.get(i).body());
            assertEquals(permits, Integer.parseInt(foreigners.group(1)), "application " + (i + 1));
            assertTrue(submits.get(i).body().contains("\"totalEmployees\": " + (100 + permits)));
            assertTrue(submits.get(i).body().contains("\"vacancyId\": \"vacancy-1\""));
            if ((i + 1) % 3 != 0) {
                permits++;
            }
        }
        assertEquals(submits.size(), submits.stream().map(JourneyScriptTest::passport).distinct().count());

        // The records: the polls that found nothing yet are retries, the rest ok; issued permits as events.
        EndpointStats.Totals checks = records.stats.totals().get("GET /document-verifications");
        assertEquals(checks.latency().getTotalCount() / 2, checks.retries());
        assertEquals("WP-2027-000001", records.permits.get(0).number());
        assertEquals(passport(requests.get(0)), records.permits.get(0).passport());
        assertEquals("2027-01-05", records.permits.get(0).validFrom());
        assertEquals(0, records.permits.get(0).employer());
    }

    @Test
    void theSagasAnswerIsAwaitedWithPreferWaitAndAskedAgainAtOnceWhenTheWaitRanOut(@TempDir Path work)
            throws Exception {
        WrkInstalled.orSkip();
        Map<String, List<String>> settings = settings(2);
        settings.put("saga_wait", List.of("3"));
        String url = "http://127.0.0.1:" + server.getAddress().getPort();

        LoadRecords records = new WrkPass(work, 60).run("test", work.resolve("records"), List.of(new WrkPass.Job(
                "journeys", "journeys.lua", url, 1, settings)), 60);

        List<Seen> requests;
        synchronized (seen) {
            requests = List.copyOf(seen);
        }
        assertEquals(0, records.failures, records.failureSamples.toString());
        assertEquals(2, records.permits.size());
        // The stand-in answers the first read with APPROVED, as a wait that ran out does: each journey asks twice,
        // every time with the preference, and the read that found the saga unanswered counts as asked again.
        List<Seen> sagaReads = requests.stream().filter(r -> r.method().equals("GET")
                && r.path().startsWith("/api/v1/permit-applications/")).toList();
        assertEquals(4, sagaReads.size(), sagaReads.toString());
        assertTrue(sagaReads.stream().allMatch(r -> "wait=3".equals(r.prefer())), sagaReads.toString());
        assertEquals(2, records.stats.totals().get("GET /permit-applications/{id}").retries());
        // Other requests carry no preference.
        assertTrue(requests.stream().filter(r -> !sagaReads.contains(r)).allMatch(r -> r.prefer() == null));
    }

    /** Settings of one employer's thread running {@code journeys} journeys, polling every 30 ms. */
    private static Map<String, List<String>> settings(int journeys) {
        Map<String, List<String>> settings = new LinkedHashMap<>();
        settings.put("run", List.of("test-run"));
        settings.put("deadline_us", List.of(Long.toString(System.currentTimeMillis() * 1000 + 60_000_000)));
        settings.put("journeys", List.of(Integer.toString(journeys)));
        settings.put("poll_ms", List.of("30"));
        // Public status reads: at most one in each 200 ms window, none in the first; journeys take at least 60 ms
        // (two polls), so 7 outlast the first window and several share one.
        settings.put("status_window_us", List.of("200000"));
        settings.put("status_per_window", List.of("1"));
        settings.put("status_stride", List.of("1"));
        settings.put("mfa", List.of("mfa-token"));
        settings.put("officer", List.of("officer-token"));
        settings.put("gateway", List.of("gateway-token"));
        settings.put("employer", List.of("employer-token"));
        settings.put("vacancy", List.of("vacancy-1"));
        settings.put("permits", List.of("3"));
        settings.put("total_base", List.of("100"));
        settings.put("application", List.of("{\"vacancyId\": \"VACANCY\", \"passportNumber\": \"PASSPORT\", "
                + "\"headcount\": {\"category4\": {\"citizens\": 9000, \"foreigners\": FOREIGNERS}}, "
                + "\"totalEmployees\": TOTAL}"));
        return settings;
    }

    /** Start times (µs) of the status reads in the record file. */
    private static List<Long> statusStarts(Path work) throws IOException {
        List<Long> starts = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(work.resolve("records").resolve("journeys-0.tsv"))) {
            if (line.startsWith("GET /public/permits/{number}/status\t")) {
                starts.add(Long.parseLong(line.split("\t")[1]));
            }
        }
        return starts;
    }

    private static String passport(Seen submit) {
        Matcher passport = Pattern.compile("\"passportNumber\": \"([^\"]+)\"").matcher(submit.body());
        return passport.find() ? passport.group(1) : "none";
    }

    /**
     * The stand-in: application n is app-n with check check-n, listed at the second look; the saga answers at the
     * second poll, refusing every third application.
     */
    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().toString();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (seen) {
            seen.add(new Seen(method, path, exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Prefer"), body));
        }
        String app = "app-" + applications;
        int status = 200;
        String answer = "{}";
        if (method.equals("POST") && path.equals("/api/v1/permit-applications")) {
            applications++;
            status = 201;
            answer = "{\"id\":\"app-" + applications + "\",\"status\":\"SUBMITTED\"}";
        } else if (path.startsWith("/api/v1/document-verifications?")) {
            boolean listed = polls.merge("check " + app, 1, Integer::sum) > 1;
            answer = "{\"items\":[{\"id\":\"check-x\",\"applicationId\":\"app-x\"}"
                    + (listed ? ",{\"id\":\"check-" + applications + "\",\"applicationId\":\"" + app + "\"}" : "")
                    + "]}";
        } else if (method.equals("GET") && path.equals("/api/v1/permit-applications/" + app)) {
            boolean answered = polls.merge("saga " + app, 1, Integer::sum) > 1;
            String state = !answered ? "APPROVED" : applications % 3 == 0 ? "REFUSED" : "AWAITING_FEE";
            answer = "{\"id\":\"" + app + "\",\"status\":\"" + state
                    + "\",\"fee\":{\"amount\":\"27600.00\",\"currency\":\"KZT\"}}";
        } else if (path.endsWith("/fee-payment")) {
            answer = "{\"id\":\"" + app + "\",\"status\":\"ISSUED\",\"permitNumber\":\"WP-2027-"
                    + String.format("%06d", applications) + "\",\"validFrom\":\"2027-01-05\",\"validTo\":"
                    + "\"2028-01-04\"}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
