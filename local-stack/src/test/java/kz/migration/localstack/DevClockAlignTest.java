package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A service instance the launcher restarts comes back on the real time; {@link DevClock#align} gives it the offset
 * the rest of the stack runs with, so two instances of one service agree on the date. The instances here are stand-ins
 * that answer {@code /dev/clock} as the services do.
 */
class DevClockAlignTest {

    /** Ports no stack of the build uses: permit-service's instances on 28282 and 28292. */
    private static final StackPorts PORTS = new StackPorts(25432, 29092, 28281, 2);

    private final List<HttpServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void aRestartedInstanceTakesTheOffsetOfItsSibling() throws Exception {
        AtomicReference<Duration> first = clock(RegistryService.PERMIT, 1, Duration.ofDays(16));
        AtomicReference<Duration> restarted = clock(RegistryService.PERMIT, 2, Duration.ZERO);
        DevClock clock = new DevClock(PORTS, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));

        assertEquals(Optional.of(Duration.ofDays(16)), clock.align(new StackPorts.ServiceInstance(
                RegistryService.PERMIT, 2)));
        assertEquals(Duration.ofDays(16), restarted.get());
        assertEquals(Duration.ofDays(16), first.get(), "the sibling is left as it is");
        assertEquals(Optional.empty(), clock.align(new StackPorts.ServiceInstance(RegistryService.PERMIT, 2)),
                "aligned already: nothing to move");
    }

    @Test
    void withNoSiblingUpAnotherServiceGivesTheStacksOffset() throws Exception {
        clock(RegistryService.QUOTA, 1, Duration.ofDays(30));
        AtomicReference<Duration> restarted = clock(RegistryService.PERMIT, 1, Duration.ZERO);
        DevClock clock = new DevClock(PORTS, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));

        assertEquals(Optional.of(Duration.ofDays(30)), clock.align(new StackPorts.ServiceInstance(
                RegistryService.PERMIT, 1)));
        assertEquals(Duration.ofDays(30), restarted.get());
    }

    @Test
    void readsTheOffsetWrittenAsADurationOrAsSeconds() {
        assertEquals(Optional.of(Duration.ofDays(16)),
                DevClock.parseOffset("{\"now\":\"2026-01-01T00:00:00Z\",\"offset\":\"PT384H\"}"));
        assertEquals(Optional.of(Duration.ofSeconds(1382400, 500_000_000)),
                DevClock.parseOffset("{\"offset\":1382400.500000000,\"today\":\"2026-01-17\"}"));
        assertEquals(Optional.of(Duration.ZERO), DevClock.parseOffset("{\"offset\":0.0}"));
        assertTrue(DevClock.parseOffset("{\"today\":\"2026-01-17\"}").isEmpty());
    }

    /** A stand-in for one instance's /dev/clock, starting at {@code offset}; returns its offset as it changes. */
    private AtomicReference<Duration> clock(RegistryService service, int instance, Duration initial)
            throws IOException {
        AtomicReference<Duration> offset = new AtomicReference<>(initial);
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", PORTS.http(service, instance)), 0);
        server.createContext("/dev/clock", exchange -> {
            if (exchange.getRequestMethod().equals("POST")) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Matcher by = Pattern.compile("\"by\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
                if (!by.find()) {
                    answer(exchange, 400, "{}");
                    return;
                }
                offset.accumulateAndGet(Duration.parse(by.group(1)), Duration::plus);
            }
            answer(exchange, 200, "{\"now\":\"2026-12-07T00:00:00Z\",\"today\":\"2026-12-07\",\"offset\":\""
                    + offset.get() + "\"}");
        });
        server.start();
        servers.add(server);
        return offset;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
