package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The demo's labour-immigrant permits against a stand-in for permit-service's API on a local port: each request is
 * filed once (a fixed Idempotency-Key), agreed by the migration police, approved by the officer and its tax paid
 * by the gateway with the amount due; a second run only replays the filings and takes nothing further.
 */
class DemoLabourImmigrantPermitsTest {

    private HttpServer server;
    private final Map<String, String> idByKey = new ConcurrentHashMap<>();
    private final Map<String, String> statusById = new ConcurrentHashMap<>();
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/labour-immigrant-permits", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void takesEachPermitThroughItsWayOnceAndOnlyReplaysTheFilingNextTime() throws Exception {
        StackPorts ports = new StackPorts(5432, 9092,
                server.getAddress().getPort() - RegistryService.PERMIT.ordinal());
        DemoData.Context context = new DemoData.Context(ports, Map.of("officer", "officer-token", "migration-police",
                "police-token", "payment-gateway", "gateway-token"));
        String summary = new DemoData.LabourImmigrantPermits().run(context);
        int workers = DemoData.LabourImmigrantPermits.WORKERS.size();
        assertTrue(summary.contains("{PENDING_QUOTA=" + workers + "}"), summary);
        for (String step : List.of("file", "agree police-token", "decide officer-token",
                "pay gateway-token {\"amount\":\"51900.00\",\"currency\":\"KZT\"}")) {
            assertEquals(workers, calls.stream().filter(c -> c.equals(step)).count(), step + " in " + calls);
        }
        calls.clear();
        new DemoData.LabourImmigrantPermits().run(context);
        assertEquals(List.of("file"), calls.stream().distinct().toList(), "a second run only replays the filings");
        assertEquals(workers, idByKey.size());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/api/v1/labour-immigrant-permits".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
        String method = exchange.getRequestMethod();
        int status = 200;
        String id;
        synchronized (calls) {
            if (path.isEmpty() && method.equals("POST")) {
                calls.add("file");
                assertTrue(body.contains("\"occupationCode\": \"9111\"") && token.equals("officer-token"), body);
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                id = idByKey.computeIfAbsent(key, k -> UUID.randomUUID().toString());
                status = statusById.putIfAbsent(id, "AWAITING_AGREEMENT") == null ? 201 : 200;
                // A replay answers what was answered first.
                respond(exchange, status, view(id, "AWAITING_AGREEMENT"));
                return;
            }
            if (path.startsWith("/tax-dues/")) {
                id = path.substring("/tax-dues/".length(), path.indexOf("/payment"));
                calls.add("pay " + token + " " + body.replaceAll(".*\"amount\": (\\{[^}]*\\}).*", "$1"));
                statusById.put(id, "PENDING_QUOTA");
                respond(exchange, 200, "{\"reference\":\"" + id + "\",\"status\":\"PAID\"}");
                return;
            }
            id = path.split("/")[2];
            if (path.endsWith("/agreement")) {
                calls.add("agree " + token);
                assertTrue(body.contains("AGREE"), body);
                statusById.put(id, "AWAITING_DECISION");
            } else if (path.endsWith("/decision")) {
                calls.add("decide " + token);
                assertTrue(body.contains("APPROVE"), body);
                statusById.put(id, "AWAITING_TAX");
            }
        }
        respond(exchange, status, view(id, statusById.get(id)));
    }

    private static String view(String id, String status) {
        String due = status.equals("AWAITING_TAX")
                ? ",\"taxDue\":{\"reference\":\"" + id + "\",\"purpose\":\"PERMIT\",\"requestId\":\"" + id
                        + "\",\"months\":6,\"amount\":{\"amount\":\"51900.00\",\"currency\":\"KZT\"},\"status\":\"DUE\"}"
                : ",\"taxDue\":null";
        return "{\"id\":\"" + id + "\",\"permitNumber\":null,\"status\":\"" + status + "\",\"region\":\"750000000\""
                + due
                + "}";
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
