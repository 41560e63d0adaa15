package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code deploy/monitoring-metrics.txt} lists every metric the alert rules and dashboards name, so that the
 * acceptance suite ({@code MonitoringMetricsExportedTest}) can check them against what the running services export.
 * This test keeps the list equal to the names in the rules and dashboards ({@code -Dregistry.write-docs=true}
 * rewrites it, keeping each name's mark) and checks the marks that can be checked from the sources.
 */
class MonitoringMetricsTest {

    private static final String HEADER = """
            # Every metric that deploy/prometheus/rules and deploy/grafana/dashboards name, as Prometheus stores it.
            # local-stack's MonitoringMetricsTest keeps this list equal to those names (-Dregistry.write-docs=true
            # rewrites it, keeping the marks); acceptance-tests' MonitoringMetricsExportedTest scrapes /q/metrics of
            # the five services after a small flow and fails when a name without a mark is exported by none of them.
            # Marks, after the name:
            #   on-first-use <source>  a counter the code creates the first time it counts (nothing to scrape before);
            #                          <source> must create it
            #   awaited <what adds it> exported by no service yet; the rules and panels on it stay empty until then,
            #                          and the acceptance check fails once a service exports it (drop the mark)
            #   prometheus             made by Prometheus itself for each target
            """;

    /** The marks of the list, by metric name; an unmarked name maps to an empty mark. */
    record Mark(String kind, String detail) {

        static final Mark NONE = new Mark("", "");

        static Mark parse(String text) {
            String[] parts = text.strip().split("\\s+", 2);
            return parts[0].isEmpty() ? NONE : new Mark(parts[0], parts.length > 1 ? parts[1] : "");
        }

        @Override
        public String toString() {
            return (kind + " " + detail).strip();
        }
    }

    @Test
    void theListNamesExactlyTheMetricsOfTheRulesAndDashboards() throws IOException {
        Set<String> referenced = referencedMetrics();
        Map<String, Mark> listed = listed();
        if (Boolean.getBoolean("registry.write-docs")) {
            StringBuilder text = new StringBuilder(HEADER);
            int width = referenced.stream().mapToInt(String::length).max().orElse(0) + 2;
            for (String name : referenced) {
                Mark mark = listed.getOrDefault(name, Mark.NONE);
                text.append(mark == Mark.NONE ? name : String.format("%-" + width + "s%s", name, mark)).append('\n');
            }
            Files.writeString(DeployFiles.METRICS_LIST, text);
            listed = listed();
        }
        assertEquals(referenced, listed.keySet(), "deploy/monitoring-metrics.txt against the rules and dashboards "
                + "(regenerate with -Dregistry.write-docs=true, then mark new names that need it)");
    }

    @Test
    void marksAreKnownAndSayWhy() {
        for (Map.Entry<String, Mark> entry : listed().entrySet()) {
            Mark mark = entry.getValue();
            assertTrue(Set.of("", "on-first-use", "awaited", "prometheus").contains(mark.kind()),
                    entry.getKey() + ": unknown mark " + mark);
            if (Set.of("on-first-use", "awaited").contains(mark.kind())) {
                assertFalse(mark.detail().isBlank(), entry.getKey() + ": " + mark.kind() + " says where or what");
            }
            if (mark.kind().equals("prometheus")) {
                assertTrue(Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped").contains(entry.getKey()),
                        entry.getKey() + " is not one of the series Prometheus makes per target");
            }
        }
    }

    @Test
    void countersCreatedOnFirstUseAreCreatedWhereTheListSays() {
        for (Map.Entry<String, Mark> entry : listed().entrySet()) {
            if (!entry.getValue().kind().equals("on-first-use")) {
                continue;
            }
            String name = entry.getKey();
            assertTrue(name.endsWith("_total"), name + ": only counters are created on first use");
            Path source = DeployFiles.ROOT.resolve(entry.getValue().detail());
            assertTrue(Files.exists(source), name + ": " + source + " exists");
            String micrometer = name.substring(0, name.length() - "_total".length()).replace('_', '.');
            assertTrue(DeployFiles.read(source).contains(".counter(\"" + micrometer + "\""),
                    source + " creates the counter " + micrometer + " (Prometheus: " + name + ") on first use");
        }
    }

    @Test
    void awaitedRegistryMetricsAreRegisteredNowhereYet() {
        Map<Path, String> sources = mainSources();
        for (Map.Entry<String, Mark> entry : listed().entrySet()) {
            String name = entry.getKey();
            if (!entry.getValue().kind().equals("awaited") || !name.startsWith("registry_")) {
                continue; // framework metrics wait for configuration: the acceptance check tells when they come
            }
            String base = name.replaceAll("_(total|bucket|count|sum|max)$", "");
            for (String form : List.of(base, base.replace('_', '.'))) {
                sources.forEach((file, text) -> assertFalse(text.contains("\"" + form),
                        file + " now registers " + form + ": drop the awaited mark of " + name
                                + " in deploy/monitoring-metrics.txt"));
            }
        }
    }

    @Test
    void everyRuleAndPanelSelectsSomeMetric() {
        for (DeployFiles.AlertRule rule : DeployFiles.alertRules()) {
            assertFalse(PromQl.metricNames(rule.expr()).isEmpty(), rule.alert() + " selects no metric: " + rule.expr());
        }
        for (Map.Entry<Path, JsonNode> dashboard : DeployFiles.dashboards().entrySet()) {
            for (String expression : DeployFiles.dashboardExpressions(dashboard.getValue())) {
                assertFalse(PromQl.metricNames(expression).isEmpty(),
                        dashboard.getKey().getFileName() + " has a query with no metric: " + expression);
            }
        }
    }

    @Test
    void extractsTheMetricNamesOfAnExpression() {
        assertEquals(Set.of("http_server_requests_seconds_bucket", "http_server_requests_seconds_count"),
                PromQl.metricNames("histogram_quantile(0.99, sum by (service, le) (rate("
                        + "http_server_requests_seconds_bucket{job=\"x\", uri!~\"/q/.*|.*/verif.*\"}[5m]))) > 0.5\n"
                        + "and sum by (service) (rate(http_server_requests_seconds_count{uri!~\"/q/.*\"}[5m])) > 0.1"));
        assertEquals(Set.of("registry_inbox_dead_lettered_total"),
                PromQl.metricNames("sum by (service, consumer) (increase(registry_inbox_dead_lettered_total[15m])) > 0"
                        + " or sum(registry_inbox_dead_lettered_total unless registry_inbox_dead_lettered_total "
                        + "offset 15m) > 0"));
        assertEquals(Set.of("up"),
                PromQl.metricNames("sum by (service) (up{job=\"a\"}) == 0 or absent(up{service=\"b\"})"));
        assertEquals(Set.of("registry_signing_key_expiry_timestamp_seconds"), PromQl.metricNames(
                "min by (service, key) (registry_signing_key_expiry_timestamp_seconds) - time() < 30 * 86400"));
        assertEquals(Set.of("jvm_memory_used_bytes", "jvm_memory_max_bytes"),
                PromQl.metricNames("sum(jvm_memory_used_bytes{area=\"heap\", instance=~\"$instance\"}) / "
                        + "sum without (id) (jvm_memory_max_bytes{area=\"heap\"}[$__rate_interval:])"));
        assertEquals(Set.of("up"), PromQl.metricNames("label_values(up{job=\"a\", service=\"b\"}, instance)"));
        assertEquals(Set.of("process_cpu_usage"), PromQl.metricNames("max by (service) (process_cpu_usage) "
                + "* on (service) group_left (pod) 1e0"));
    }

    /** Every metric name in the rules' expressions and the dashboards' queries. */
    static Set<String> referencedMetrics() {
        Set<String> names = new TreeSet<>();
        for (DeployFiles.AlertRule rule : DeployFiles.alertRules()) {
            names.addAll(PromQl.metricNames(rule.expr()));
        }
        for (JsonNode dashboard : DeployFiles.dashboards().values()) {
            for (String expression : DeployFiles.dashboardExpressions(dashboard)) {
                names.addAll(PromQl.metricNames(expression));
            }
        }
        return names;
    }

    static Map<String, Mark> listed() {
        Map<String, Mark> listed = new TreeMap<>();
        if (!Files.exists(DeployFiles.METRICS_LIST)) {
            return listed;
        }
        for (String line : DeployFiles.read(DeployFiles.METRICS_LIST).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            assertTrue(listed.put(parts[0], Mark.parse(parts.length > 1 ? parts[1] : "")) == null,
                    parts[0] + " is listed twice");
        }
        return listed;
    }

    /** The Java sources of every module's main code. */
    private static Map<Path, String> mainSources() {
        Map<Path, String> sources = new LinkedHashMap<>();
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> modules = Files.list(DeployFiles.ROOT)) {
            modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).forEach(roots::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .forEach(file -> sources.put(file, DeployFiles.read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
