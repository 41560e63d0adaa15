package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Grafana dashboards of {@code deploy/grafana}: one overview and one per service, loadable as they are
 * (provisioning and the sidecar ConfigMap list them), every panel on the dashboard's Prometheus variable, and every
 * query of a service's dashboard about that service alone.
 */
class GrafanaDashboardsTest {

    private static final Path GRAFANA = DeployFiles.ROOT.resolve("deploy/grafana");
    private static final Pattern SELECTOR = Pattern.compile("([A-Za-z_:][\\w:]*)\\s*\\{([^{}]*)}");
    private static final Set<String> SECTIONS = Set.of("Traffic", "Errors", "Latency", "Saturation", "Outbox",
            "Consumers");

    @Test
    void thereIsAnOverviewAndOneDashboardPerService() {
        Set<String> files = new TreeSet<>();
        DeployFiles.dashboards().keySet().forEach(file -> files.add(file.getFileName().toString()));
        Set<String> expected = new TreeSet<>(Set.of("overview.json"));
        for (RegistryService service : RegistryService.values()) {
            expected.add(service.id() + ".json");
        }
        assertEquals(expected, files);
    }

    @Test
    void dashboardsHaveUniqueIdsAndPanelsThatQueryTheirDataSource() {
        Set<String> uids = new HashSet<>();
        for (Map.Entry<Path, JsonNode> entry : DeployFiles.dashboards().entrySet()) {
            String file = entry.getKey().getFileName().toString();
            JsonNode dashboard = entry.getValue();
            assertTrue(uids.add(dashboard.path("uid").asText()), file + " has its own uid");
            assertTrue(dashboard.path("uid").asText().length() <= 40, file + " uid fits Grafana's 40 characters");
            assertFalse(dashboard.path("title").asText().isBlank(), file + " has a title");
            assertTrue(dashboard.path("templating").path("list").findValuesAsText("name").contains("datasource"),
                    file + " lets the operator choose the Prometheus data source");
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : DeployFiles.panels(dashboard)) {
                String title = file + " panel \"" + panel.path("title").asText() + "\"";
                assertTrue(ids.add(panel.path("id").asInt()), title + " has its own id");
                JsonNode grid = panel.path("gridPos");
                assertTrue(grid.path("w").asInt() > 0 && grid.path("x").asInt() + grid.path("w").asInt() <= 24,
                        title + " fits the 24-column grid");
                if (panel.path("type").asText().equals("row")) {
                    continue;
                }
                assertEquals("${datasource}", panel.path("datasource").path("uid").asText(), title + " data source");
                assertFalse(panel.path("description").asText().isBlank(), title + " says what it shows");
                assertTrue(panel.path("targets").size() > 0, title + " has a query");
                Set<String> refIds = new HashSet<>();
                for (JsonNode target : panel.path("targets")) {
                    assertFalse(target.path("expr").asText().isBlank(), title + " query");
                    assertTrue(refIds.add(target.path("refId").asText()), title + " refIds are distinct");
                }
            }
        }
    }

    @Test
    void eachServiceDashboardCoversTrafficErrorsLatencySaturationOutboxAndConsumers() {
        for (RegistryService service : RegistryService.values()) {
            JsonNode dashboard = dashboard(service.id());
            Set<String> rows = new TreeSet<>();
            for (JsonNode panel : DeployFiles.panels(dashboard)) {
                if (panel.path("type").asText().equals("row")) {
                    rows.add(panel.path("title").asText());
                }
            }
            assertTrue(rows.containsAll(SECTIONS), service.id() + " dashboard rows " + rows);
        }
    }

    @Test
    void aServiceDashboardSelectsOnlyItsOwnService() {
        for (RegistryService service : RegistryService.values()) {
            for (String expression : DeployFiles.dashboardExpressions(dashboard(service.id()))) {
                Matcher selector = SELECTOR.matcher(expression);
                List<String> metrics = new ArrayList<>();
                while (selector.find()) {
                    metrics.add(selector.group(1));
                    assertTrue(selector.group(2).contains("service=\"" + service.id() + "\""),
                            service.id() + ".json selects " + selector.group() + " of another service");
                }
                assertEquals(PromQl.metricNames(expression), new TreeSet<>(metrics),
                        service.id() + ".json: every metric of " + expression + " has a service matcher");
            }
        }
    }

    @Test
    void provisioningAndTheSidecarConfigMapLoadEveryDashboard() {
        Map<String, Object> provider = DeployFiles.map(DeployFiles.list(DeployFiles.map(DeployFiles
                .yaml(GRAFANA.resolve("provisioning/dashboards/labour-migration-registry.yaml")).get(0))
                .get("providers")).get(0));
        assertEquals("file", provider.get("type"));
        assertTrue(String.valueOf(DeployFiles.map(provider.get("options")).get("path")).startsWith("/"));
        Map<String, Object> datasource = DeployFiles.map(DeployFiles.list(DeployFiles.map(DeployFiles
                .yaml(GRAFANA.resolve("provisioning/datasources/prometheus.yaml")).get(0)).get("datasources")).get(0));
        assertEquals("prometheus", datasource.get("type"));

        Map<String, Object> kustomization = DeployFiles
                .map(DeployFiles.yaml(GRAFANA.resolve("kustomization.yaml")).get(0));
        Set<String> files = new TreeSet<>();
        for (Object generator : DeployFiles.list(kustomization.get("configMapGenerator"))) {
            DeployFiles.list(DeployFiles.map(generator).get("files")).forEach(file -> files.add(String.valueOf(file)));
        }
        Set<String> dashboards = new TreeSet<>();
        DeployFiles.dashboards().keySet().forEach(file -> dashboards.add("dashboards/" + file.getFileName()));
        assertEquals(dashboards, files, "deploy/grafana/kustomization.yaml lists every dashboard");
        assertEquals("1", String.valueOf(DeployFiles.map(DeployFiles.map(kustomization.get("generatorOptions"))
                .get("labels")).get("grafana_dashboard")), "the sidecar finds the ConfigMap by its label");
    }

    private static JsonNode dashboard(String id) {
        return DeployFiles.dashboards().entrySet().stream()
                .filter(entry -> entry.getKey().getFileName().toString().equals(id + ".json")).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("deploy/grafana/dashboards/" + id + ".json"));
    }
}
