package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The alert rules of {@code deploy/prometheus}: valid and behaving as their unit tests say ({@code promtool}), each
 * with a severity, a summary and a runbook section that names it back, and each tested firing and quiet.
 */
class PrometheusRulesTest {

    private static final Set<String> SEVERITIES = Set.of("critical", "warning");
    private static final String JOB = "labour-migration-registry";
    private static final Pattern HEADING = Pattern.compile("(?m)^#{2,3} (.+)$");

    @Test
    void promtoolChecksTheRulesAndTheConfiguration() throws Exception {
        Path promtool = promtool();
        List<String> rules = DeployFiles.files(DeployFiles.RULES, ".yml").stream().map(Path::toString).toList();
        assertFalse(rules.isEmpty(), "rule files in " + DeployFiles.RULES);
        run(promtool, "check", "rules", rules);
        run(promtool, "check", "config",
                List.of(DeployFiles.ROOT.resolve("deploy/prometheus/prometheus.yml").toString()));
    }

    @Test
    void promtoolUnitTestsPass() throws Exception {
        Path promtool = promtool();
        List<String> tests = DeployFiles.files(DeployFiles.RULE_TESTS, ".yml").stream().map(Path::toString).toList();
        assertFalse(tests.isEmpty(), "promtool unit tests in " + DeployFiles.RULE_TESTS);
        run(promtool, "test", "rules", tests);
    }

    @Test
    void everyAlertHasASeveritySummaryDescriptionAndRunbookSection() {
        Map<String, String> sections = runbookSections();
        for (DeployFiles.AlertRule rule : DeployFiles.alertRules()) {
            String alert = rule.alert();
            assertTrue(alert.matches("[A-Z][A-Za-z0-9]+"), alert + " is a CamelCase alert name");
            assertTrue(SEVERITIES.contains(rule.severity()), alert + " severity " + rule.severity());
            for (String annotation : List.of("summary", "description", "runbook_url")) {
                assertFalse(String.valueOf(rule.annotations().getOrDefault(annotation, "")).isBlank(),
                        alert + " has a " + annotation);
            }
            String url = String.valueOf(rule.annotations().get("runbook_url"));
            assertTrue(url.startsWith(DeployFiles.RUNBOOK_URL + "#"), alert + " links into docs/runbook.md: " + url);
            String anchor = url.substring(url.indexOf('#') + 1);
            assertTrue(sections.containsKey(anchor), alert + " links to #" + anchor + ", a section of docs/runbook.md "
                    + "(sections: " + sections.keySet() + ")");
            assertTrue(sections.get(anchor).contains("`" + alert + "`"),
                    "the runbook section #" + anchor + " names " + alert + ", which links to it");
        }
    }

    @Test
    void eachAlertKeepsOneRunbookSectionAndOneMeaningPerSeverity() {
        Map<String, Set<String>> urls = new TreeMap<>();
        Map<String, Set<String>> severities = new HashMap<>();
        for (DeployFiles.AlertRule rule : DeployFiles.alertRules()) {
            urls.computeIfAbsent(rule.alert(), a -> new TreeSet<>())
                    .add(String.valueOf(rule.annotations().get("runbook_url")));
            assertTrue(severities.computeIfAbsent(rule.alert(), a -> new TreeSet<>()).add(rule.severity()),
                    rule.alert() + " has one rule per severity");
        }
        urls.forEach((alert, links) -> assertEquals(1, links.size(), alert + " links to one section: " + links));
    }

    @Test
    void theRunbookListsExactlyTheAlerts() {
        String runbook = DeployFiles.read(DeployFiles.RUNBOOK);
        String alerts = section(runbook, "Alerts");
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\| ([a-z /]+) \\|").matcher(alerts);
        Map<String, String> listedSeverities = new HashMap<>();
        while (row.find()) {
            listed.add(row.group(1));
            listedSeverities.put(row.group(1), row.group(2).strip());
        }
        Map<String, Set<String>> severities = new TreeMap<>();
        for (DeployFiles.AlertRule rule : DeployFiles.alertRules()) {
            severities.computeIfAbsent(rule.alert(), a -> new TreeSet<>()).add(rule.severity());
        }
        assertEquals(severities.keySet(), listed, "the table of docs/runbook.md's Alerts section");
        severities.forEach((alert, levels) -> assertEquals(levels,
                Set.of(listedSeverities.get(alert).split("\\s*/\\s*")), alert + "'s severities in the runbook table"));
    }

    @Test
    void everyAlertIsTestedFiringAtEachSeverityAndQuiet() {
        Map<String, Set<String>> firing = new TreeMap<>();
        Set<String> quiet = new TreeSet<>();
        for (Path file : DeployFiles.files(DeployFiles.RULE_TESTS, ".yml")) {
            for (Object test : DeployFiles.list(DeployFiles.map(DeployFiles.yaml(file).get(0)).get("tests"))) {
                for (Object entry : DeployFiles
                        .list(DeployFiles.map(test).getOrDefault("alert_rule_test", List.of()))) {
                    Map<String, Object> check = DeployFiles.map(entry);
                    String alert = (String) check.get("alertname");
                    List<Object> expected = DeployFiles.list(check.getOrDefault("exp_alerts", List.of()));
                    if (expected.isEmpty()) {
                        quiet.add(alert);
                    }
                    for (Object alertEntry : expected) {
                        Object labels = DeployFiles.map(alertEntry).get("exp_labels");
                        firing.computeIfAbsent(alert, a -> new TreeSet<>())
                                .add(String.valueOf(DeployFiles.map(labels).get("severity")));
                    }
                }
            }
        }
        for (DeployFiles.AlertRule rule : DeployFiles.alertRules()) {
            assertTrue(firing.getOrDefault(rule.alert(), Set.of()).contains(rule.severity()),
                    rule.alert() + " (" + rule.severity() + ") has a promtool test in which it fires");
            assertTrue(quiet.contains(rule.alert()), rule.alert() + " has a promtool test in which it stays quiet");
        }
    }

    @Test
    void serviceDownKnowsEveryService() {
        String expr = DeployFiles.alertRules().stream().filter(rule -> rule.alert().equals("RegistryServiceDown"))
                .map(DeployFiles.AlertRule::expr).collect(Collectors.joining("\n"));
        for (RegistryService service : RegistryService.values()) {
            assertTrue(expr.contains("service=\"" + service.id() + "\""),
                    "RegistryServiceDown notices when " + service.id() + " has no target at all");
        }
    }

    @Test
    void composeScrapeConfigurationLabelsEachServiceAtItsPort() {
        Map<String, Object> config = DeployFiles
                .map(DeployFiles.yaml(DeployFiles.ROOT.resolve("deploy/prometheus/prometheus.yml")).get(0));
        Map<String, Object> job = DeployFiles.map(DeployFiles.list(config.get("scrape_configs")).get(0));
        assertEquals(JOB, job.get("job_name"));
        assertEquals("/q/metrics", job.get("metrics_path"));
        Map<String, String> targets = new LinkedHashMap<>();
        for (Object entry : DeployFiles.list(job.get("static_configs"))) {
            Map<String, Object> group = DeployFiles.map(entry);
            String service = (String) DeployFiles.map(group.get("labels")).get("service");
            targets.put(service, (String) DeployFiles.list(group.get("targets")).get(0));
        }
        for (ServiceConfiguration service : ServiceConfiguration.all(DeployFiles.ROOT)) {
            String id = service.service().id();
            assertEquals(id + ":" + service.port(), targets.get(id), "prometheus.yml scrapes " + id + " at its port");
        }
        assertEquals(RegistryService.values().length, targets.size());
    }

    @Test
    void kubernetesScrapeJobKeepsTheRegistrysPodsAndLabelsThemByService() {
        Map<String, Object> job = DeployFiles.map(
                DeployFiles.list(
                        DeployFiles.yaml(DeployFiles.ROOT.resolve("deploy/prometheus/scrape-kubernetes.yml")).get(0))
                        .get(0));
        assertEquals(JOB, job.get("job_name"));
        assertEquals("/q/metrics", job.get("metrics_path"));
        Map<String, Object> discovery = DeployFiles.map(DeployFiles.list(job.get("kubernetes_sd_configs")).get(0));
        assertEquals("pod", discovery.get("role"));
        Object namespace = DeployFiles
                .map(DeployFiles.yaml(DeployFiles.ROOT.resolve("deploy/k8s/base/kustomization.yaml"))
                        .get(0))
                .get("namespace");
        assertEquals(List.of(namespace), DeployFiles.map(discovery.get("namespaces")).get("names"),
                "the job looks in the namespace deploy/k8s deploys to");
        Map<String, String> targetLabels = new HashMap<>();
        List<String> kept = new ArrayList<>();
        for (Object entry : DeployFiles.list(job.get("relabel_configs"))) {
            Map<String, Object> relabel = DeployFiles.map(entry);
            String sources = String.join(";",
                    DeployFiles.list(relabel.get("source_labels")).stream().map(String::valueOf).toList());
            if ("keep".equals(relabel.get("action"))) {
                kept.add(sources + "=" + relabel.get("regex"));
            } else {
                targetLabels.put((String) relabel.get("target_label"), sources);
            }
        }
        assertEquals("__meta_kubernetes_pod_label_app_kubernetes_io_name", targetLabels.get("service"));
        assertEquals("__meta_kubernetes_pod_annotation_prometheus_io_path", targetLabels.get("__metrics_path__"));
        assertTrue(kept.contains("__meta_kubernetes_pod_label_app_kubernetes_io_part_of;"
                + "__meta_kubernetes_pod_annotation_prometheus_io_scrape=labour-migration-registry;true"),
                kept::toString);
        assertTrue(kept.contains("__meta_kubernetes_pod_container_port_name=http"), kept::toString);
    }

    /** The runbook's sections by GitHub anchor, each with its text up to the next heading. */
    static Map<String, String> runbookSections() {
        String runbook = DeployFiles.read(DeployFiles.RUNBOOK);
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher heading = HEADING.matcher(runbook);
        List<int[]> spans = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        while (heading.find()) {
            anchors.add(anchor(heading.group(1)));
            spans.add(new int[]{heading.start(), heading.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : runbook.length();
            sections.put(anchors.get(i), runbook.substring(spans.get(i)[1], end));
        }
        return sections;
    }

    /** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static String section(String markdown, String title) {
        String start = "## " + title + "\n";
        int from = markdown.indexOf(start);
        assertTrue(from >= 0, "docs/runbook.md has a section " + title);
        int to = markdown.indexOf("\n## ", from + start.length());
        return markdown.substring(from, to < 0 ? markdown.length() : to);
    }

    /**
     * promtool from the PATH (Debian's prometheus package). Without it the test is skipped on a developer's machine
     * and fails under CI, whose .ci/run installs it.
     */
    private static Path promtool() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String message = "promtool is not installed (Debian: apt-get install prometheus; .ci/run installs it)";
        if (System.getenv("CI") != null) {
            throw new AssertionError(message + ", and CI is set: the alert rules must be checked there");
        }
        Assumptions.abort(message + ": skipping the promtool checks here");
        return null;
    }

    private static void run(Path promtool, String verb, String noun, List<String> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(promtool.toString(), verb, noun));
        command.addAll(files);
        Process process = new ProcessBuilder(command).directory(DeployFiles.ROOT.toFile()).redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "promtool " + verb + " " + noun + " finished");
        assertEquals(0, process.exitValue(), "promtool " + verb + " " + noun + ":\n" + output);
    }
}
