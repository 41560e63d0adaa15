package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and dashboards in {@code deploy/} name only metrics that the services really export: after a small
 * flow through all five services, their {@code /q/metrics} together hold every name of
 * {@code deploy/monitoring-metrics.txt} (the list local-stack's MonitoringMetricsTest keeps equal to the rules and
 * dashboards). Names marked there are treated as the mark says: counters created on first use may be absent, metrics
 * awaited must still be absent (else the mark is stale), Prometheus' own series are not the services'.
 */
@Order(8)
class MonitoringMetricsExportedTest extends Scenario {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyMetricTheRulesAndDashboardsNameIsExportedBySomeService() {
        // A small flow: every service answers requests, the vacancy's event crosses Kafka to permit-service.
        String employer = employer(Identifiers.bin());
        String vacancyId = postVacancy(employer, ALMATY, 1);
        expect(200, vacancies.get(employer, vacancyId));
        expect(200, contracts.verifyRegistry(auditor));
        expect(200, quotas.verifyLedger(ministry, today().getYear()));
        permits.publicStatus("WP-NONE-000000", Identifiers.passport());
        step("small flow through the five services");

        Map<String, Set<String>> exported = new LinkedHashMap<>();
        for (String module : AcceptanceStack.SERVICE_MODULES) {
            Set<String> names = scrape(stack.baseUrl(module) + "/q/metrics");
            assertTrue(names.contains("http_server_requests_seconds_count"), module + " exports its request metrics");
            exported.put(module, names);
        }
        step("scraped /q/metrics of the five services");

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : listed().entrySet()) {
            String name = entry.getKey();
            String mark = entry.getValue();
            List<String> by = exported.entrySet().stream().filter(e -> e.getValue().contains(name))
                    .map(Map.Entry::getKey).toList();
            if (mark.isEmpty() && by.isEmpty()) {
                problems.add(name + " is named by a rule or dashboard, but no service exports it");
            } else if (mark.startsWith("awaited") && !by.isEmpty()) {
                problems.add(name + " is exported now (by " + by + "): drop its awaited mark");
            } else if (mark.startsWith("prometheus") && !by.isEmpty()) {
                problems.add(name + " is exported by " + by + ", though marked as made by Prometheus");
            }
        }
        assertTrue(problems.isEmpty(), "deploy/monitoring-metrics.txt against /q/metrics:\n  "
                + String.join("\n  ", problems));
    }

    /** The sample names of a Prometheus text exposition (histogram and summary series keep their suffixes). */
    private Set<String> scrape(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/plain").GET().build();
        String body;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() == 200, url + " answers " + response.statusCode());
            body = response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Set<String> names = new TreeSet<>();
        for (String line : body.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        assertFalse(names.isEmpty(), url + " exports metrics");
        return names;
    }

    /** deploy/monitoring-metrics.txt: each name with its mark ("" when unmarked). */
    private static Map<String, String> listed() {
        Path root = Path.of(System.getProperty("acceptance.repository-root", "..")).toAbsolutePath().normalize();
        Path file = root.resolve("deploy/monitoring-metrics.txt");
        Map<String, String> listed = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\\s+", 2);
                listed.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(listed.isEmpty(), file + " lists the metrics of the rules and dashboards");
        return listed;
    }
}
