package kz.migration.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shifts the clock of every running service instance through its dev-only endpoint ({@code /dev/clock}, present in the
 * {@code local} profile only), so a 15-day labour-market test or a permit expiry can be shown in seconds.
 */
final class DevClock {

    private static final Pattern OFFSET = Pattern
            .compile("\"offset\"\\s*:\\s*(?:\"([^\"]+)\"|(-?[0-9]+(?:\\.[0-9]+)?))");

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

    /**
     * A restarted instance's clock starts again from the real time while the rest of the stack runs shifted, so two
     * instances of one service would judge by different dates. Moves {@code restarted} to the offset of the first
     * other instance that answers (its own service's first); returns the shift made, empty when none was needed or
     * no other instance answered.
     */
    Optional<Duration> align(StackPorts.ServiceInstance restarted) {
        List<StackPorts.ServiceInstance> others = new ArrayList<>(ports.serviceInstances());
        others.remove(restarted);
        others.sort(Comparator.comparing(other -> other.service() != restarted.service()));
        for (StackPorts.ServiceInstance other : others) {
            Optional<Duration> stack = offset(other);
            if (stack.isEmpty()) {
                continue;
            }
            Optional<Duration> own = offset(restarted);
            if (own.isEmpty()) {
                return Optional.empty();
            }
            Duration shift = stack.get().minus(own.get());
            if (shift.isZero() || !advance(restarted, shift)) {
                return Optional.empty();
            }
            return Optional.of(shift);
        }
        return Optional.empty();
    }

    /** One instance's offset from the real time, empty when it does not answer. */
    Optional<Duration> offset(StackPorts.ServiceInstance instance) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                    ports.baseUrl(instance.service(), instance.instance()) + "/dev/clock"))
                    .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parseOffset(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The {@code offset} of a /dev/clock answer: an ISO-8601 duration, or seconds where Jackson writes numbers. */
    static Optional<Duration> parseOffset(String json) {
        Matcher offset = OFFSET.matcher(json);
        if (!offset.find()) {
            return Optional.empty();
        }
        String value = offset.group(1) != null ? offset.group(1) : offset.group(2);
        try {
            if (value.startsWith("P") || value.startsWith("-P")) {
                return Optional.of(Duration.parse(value));
            }
            BigDecimal seconds = new BigDecimal(value);
            return Optional.of(Duration.ofSeconds(seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue()));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean advance(StackPorts.ServiceInstance instance, Duration by) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                    ports.baseUrl(instance.service(), instance.instance()) + "/dev/clock/advance"))
                    .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"by\":\"" + by + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
