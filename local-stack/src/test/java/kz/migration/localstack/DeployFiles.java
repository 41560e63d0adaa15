package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The files under {@code deploy/}, read as YAML or JSON, for the tests that keep them honest. */
final class DeployFiles {

    static final Path ROOT = repositoryRoot();
    static final Path RULES = ROOT.resolve("deploy/prometheus/rules");
    static final Path RULE_TESTS = ROOT.resolve("deploy/prometheus/tests");
    static final Path DASHBOARDS = ROOT.resolve("deploy/grafana/dashboards");
    static final Path METRICS_LIST = ROOT.resolve("deploy/monitoring-metrics.txt");
    static final Path RUNBOOK = ROOT.resolve("docs/runbook.md");
    /** Where runbook_url annotations point: docs/runbook.md on the project's Git server. */
    static final String RUNBOOK_URL = "https://git.migration.gov.kz/labour-migration-registry/blob/main/docs/runbook.md";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeployFiles() {
    }

    /** An alerting rule of deploy/prometheus/rules. */
    record AlertRule(Path file, String alert, String expr, Map<String, Object> labels,
            Map<String, Object> annotations) {

        String severity() {
            return String.valueOf(labels.get("severity"));
        }
    }

    static List<AlertRule> alertRules() {
        List<AlertRule> rules = new ArrayList<>();
        for (Path file : files(RULES, ".yml")) {
            for (Object group : list(map(yaml(file).get(0)).get("groups"))) {
                for (Object entry : list(map(group).get("rules"))) {
                    Map<String, Object> rule = map(entry);
                    assertTrue(rule.containsKey("alert"), file + ": only alerting rules, no recording rules: " + rule);
                    rules.add(new AlertRule(file, (String) rule.get("alert"), (String) rule.get("expr"),
                            map(rule.getOrDefault("labels", Map.of())),
                            map(rule.getOrDefault("annotations", Map.of()))));
                }
            }
        }
        return rules;
    }

    static Map<Path, JsonNode> dashboards() {
        Map<Path, JsonNode> dashboards = new LinkedHashMap<>();
        for (Path file : files(DASHBOARDS, ".json")) {
            try {
                dashboards.put(file, JSON.readTree(file.toFile()));
            } catch (IOException e) {
                throw new AssertionError(file + " is not JSON: " + e.getMessage(), e);
            }
        }
        return dashboards;
    }

    /** Every PromQL expression of a dashboard: panel targets (rows included) and query variables. */
    static List<String> dashboardExpressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : panels(dashboard)) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.path("expr").asText(""));
            }
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if ("query".equals(variable.path("type").asText())) {
                JsonNode query = variable.path("query");
                expressions.add(query.isObject() ? query.path("query").asText() : query.asText());
            }
        }
        return expressions;
    }

    /** The dashboard's panels, with those nested in collapsed rows. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    static List<Object> yaml(Path file) {
        List<Object> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(read(file))) {
            if (document != null) {
                documents.add(document);
            }
        }
        return documents;
    }

    static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        assertTrue(node instanceof Map, "a YAML mapping: " + node);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        assertTrue(node instanceof List, "a YAML list: " + node);
        return (List<Object>) node;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docker-compose.yml")) && Files.exists(dir.resolve("local-stack"))) {
                return dir;
            }
        }
        throw new AssertionError("no repository root (with docker-compose.yml) above " + Path.of("").toAbsolutePath());
    }
}
