package kz.migration.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Shifts the clock of every running service instance through its dev-only endpoint ({@code /dev/clock}, present in the
 * {@code local} profile only), so a 15-day labour-market test or a permit expiry can be shown in seconds.
 */
final class DevClock {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final StackPorts ports;
    private final PrintStream out;

    DevClock(StackPorts ports, PrintStream out) {
        this.ports = ports;
        this.out = out;
    }

    /** Advances every service by {@code by} (ISO-8601, e.g. P16D or PT36H); false if any service refused. */
    boolean advance(String by) {
        try {
            Duration.parse(by);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO-8601 duration: " + by + " (e.g. P16D, PT36H)");
        }
        return each("POST", "/dev/clock/advance", "{\"by\":\"" + by + "\"}");
    }

    boolean show() {
        return each("GET", "/dev/clock", null);
    }

    boolean reset() {
        return each("DELETE", "/dev/clock", null);
    }

    private boolean each(String method, String path, String json) {
        boolean allAnswered = true;
        // Every instance: each keeps its own offset, and instances of one service must agree on the date.
        for (StackPorts.ServiceInstance instance : ports.serviceInstances()) {
            URI uri = URI.create(ports.baseUrl(instance.service(), instance.instance()) + path);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                    .header("Accept", "application/json");
            if (json != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                boolean ok = response.statusCode() == 200;
                allAnswered &= ok;
                out.printf("  %-27s %s %s%n", instance.name(), ok ? "" : "HTTP " + response.statusCode(),
                        response.body());
            } catch (IOException e) {
                allAnswered = false;
                out.printf("  %-27s not reachable at %s (is ./registry up running?)%n", instance.name(), uri);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return allAnswered;
    }
}
