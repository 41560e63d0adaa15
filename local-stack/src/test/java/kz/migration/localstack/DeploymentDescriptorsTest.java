package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker-compose.yml and deploy/k8s cannot run on these machines, so this test keeps them honest: every service,
 * port, database and environment key must match what the services' own configuration reads, and each service's
 * network policy, disruption budget and autoscaler must fit its configuration. The base (deploy/k8s/base) is read
 * here; KubernetesManifestsTest renders the overlays and checks every object against Kubernetes' schema.
 */
class DeploymentDescriptorsTest {

    private static final Path ROOT = repositoryRoot();
    private static final Pattern CREATE_ROLE = Pattern
            .compile("create role (\\w+) login password '([^']*)';", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_DATABASE = Pattern.compile("create database (\\w+) owner (\\w+);",
            Pattern.CASE_INSENSITIVE);

    private static List<ServiceConfiguration> services;
    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> k8s;

    @BeforeAll
    static void readDescriptors() {
        services = ServiceConfiguration.all(ROOT);
        compose = map(loadAll(ROOT.resolve("docker-compose.yml")).get(0));
        k8s = new LinkedHashMap<>();
        for (Path file : k8sFiles()) {
            for (Object document : loadAll(file)) {
                Map<String, Object> resource = map(document);
                Object metadata = resource.get("metadata");
                String name = metadata == null ? file.getFileName().toString() : (String) map(metadata).get("name");
                String key = resource.get("kind") + "/" + name;
                assertTrue(k8s.put(key, resource) == null, "duplicate " + key + " in deploy/k8s/base");
            }
        }
    }

    @Test
    void launcherStartsEachServiceOnItsConfiguredPortAndDatabase() {
        for (ServiceConfiguration config : services) {
            assertEquals(config.port(), config.service().defaultPort(), config.service().id());
            assertEquals(config.database(), config.service().database(), config.service().id());
            assertEquals(config.port(), config.exposedPort(), config.service().module() + "'s Dockerfile.jvm EXPOSE");
        }
        assertEquals(services.size(), services.stream().map(ServiceConfiguration::database).distinct().count(),
                "each service has its own database");
        assertEquals(services.size(), services.stream().map(ServiceConfiguration::port).distinct().count());
    }

    @Test
    void imagesRunWithTheLaunchersJvmOptionsAndEnvironment() throws IOException {
        Pattern env = Pattern.compile("(?m)^ENV (\\w+)=\"?([^\"\\n]*)\"?$");
        for (ServiceConfiguration config : services) {
            Path dockerfile = ROOT.resolve(config.service().module()).resolve("src/main/docker/Dockerfile.jvm");
            Map<String, String> variables = new LinkedHashMap<>();
            Matcher matcher = env.matcher(Files.readString(dockerfile));
            while (matcher.find()) {
                variables.put(matcher.group(1), matcher.group(2));
            }
            List<String> options = List.of(variables.getOrDefault("JAVA_OPTS_APPEND", "").split("\\s+"));
            assertTrue(options.containsAll(ServiceProcess.IMAGE_JVM_OPTIONS), dockerfile + ": " + options);
            ServiceProcess.ENVIRONMENT.forEach((name, value) -> assertEquals(value, variables.get(name),
                    dockerfile + " " + name));
        }
        assertTrue(ServiceProcess.JVM_OPTIONS.containsAll(ServiceProcess.IMAGE_JVM_OPTIONS));
    }

    @Test
    void composeBuildsEveryServiceFromItsOwnDockerfile() {
        for (ServiceConfiguration config : services) {
            Map<String, Object> service = composeService(config.service().id());
            Map<String, Object> build = map(service.get("build"));
            assertEquals("./" + config.service().module(), build.get("context"), config.service().id());
            Path dockerfile = ROOT.resolve(config.service().module()).resolve((String) build.get("dockerfile"));
            assertTrue(Files.exists(dockerfile), dockerfile + " exists");
            assertEquals("src/main/docker/Dockerfile.jvm", build.get("dockerfile"));
        }
    }

    @Test
    void composeRunsEachServiceOnItsPortWithAHealthcheck() {
        for (ServiceConfiguration config : services) {
            Map<String, Object> service = composeService(config.service().id());
            Map<String, String> env = composeEnvironment(service);
            String port = Integer.toString(config.port());
            assertEquals(port, env.get("REGISTRY_HTTP_PORT"), config.service().id() + " REGISTRY_HTTP_PORT");
            assertEquals(List.of(port + ":" + port), service.get("ports"), config.service().id() + " ports");
            String healthcheck = String.valueOf(map(service.get("healthcheck")).get("test"));
            assertTrue(healthcheck.contains("http://localhost:" + port + "/q/health"),
                    config.service().id() + " healthcheck probes its own /q/health: " + healthcheck);
        }
    }

    @Test
    void composeGivesEachServiceItsOwnDatabaseCreatedByTheInitScript() {
        String init = ServiceConfiguration.read(ROOT.resolve("deploy/postgres/init-databases.sql"));
        Map<String, String> passwords = new LinkedHashMap<>();
        for (Matcher role = CREATE_ROLE.matcher(init); role.find();) {
            passwords.put(role.group(1), role.group(2));
        }
        Map<String, String> owners = new LinkedHashMap<>();
        for (Matcher database = CREATE_DATABASE.matcher(init); database.find();) {
            owners.put(database.group(1), database.group(2));
        }
        Map<String, Object> postgres = composeService("postgres");
        assertTrue(String.valueOf(postgres.get("image")).startsWith("postgres:17"), "PostgreSQL 17");
        assertTrue(String.valueOf(postgres.get("volumes"))
                .contains("./deploy/postgres/init-databases.sql:/docker-entrypoint-initdb.d/"));
        Set<String> databases = new HashSet<>();
        for (ServiceConfiguration config : services) {
            Map<String, String> env = composeEnvironment(composeService(config.service().id()));
            String url = env.get("REGISTRY_DB_URL");
            assertNotNull(url, config.service().id() + " REGISTRY_DB_URL");
            assertTrue(url.startsWith("jdbc:postgresql://postgres:5432/"), url + " points at the postgres service");
            String database = ServiceConfiguration.databaseOf(url);
            assertEquals(config.database(), database, config.service().id() + " database");
            assertTrue(databases.add(database), "database " + database + " is used by one service only");
            String user = env.get("REGISTRY_DB_USER");
            assertEquals(user, owners.get(database), "init script creates " + database + " owned by " + user);
            assertEquals(passwords.get(user), env.get("REGISTRY_DB_PASSWORD"), "password of role " + user);
        }
    }

    @Test
    void composeConnectsEveryServiceToTheKafkaBrokersItDefines() {
        Map<String, Map<String, String>> brokers = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : map(compose.get("services")).entrySet()) {
            Map<String, Object> service = map(entry.getValue());
            if (String.valueOf(service.get("image")).startsWith("apache/kafka")) {
                brokers.put(entry.getKey(), composeEnvironment(service));
            }
        }
        assertFalse(brokers.isEmpty(), "compose defines Kafka brokers");
        Set<String> advertised = new HashSet<>();
        Set<String> voters = new HashSet<>();
        for (Map.Entry<String, Map<String, String>> broker : brokers.entrySet()) {
            Map<String, String> env = broker.getValue();
            assertTrue(env.get("KAFKA_PROCESS_ROLES").contains("broker"), broker.getKey() + " is a broker");
            assertTrue(env.containsKey("CLUSTER_ID"), broker.getKey() + " runs KRaft with a fixed cluster id");
            voters.add(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS"));
            for (String listener : env.get("KAFKA_ADVERTISED_LISTENERS").split(",")) {
                advertised.add(listener.replaceAll("^[A-Z_]+://", ""));
            }
        }
        assertEquals(1, voters.size(), "every broker names the same controller quorum");
        int minInsync = Integer.parseInt(brokers.values().iterator().next().get("KAFKA_MIN_INSYNC_REPLICAS"));
        for (ServiceConfiguration config : services) {
            Map<String, String> env = composeEnvironment(composeService(config.service().id()));
            String bootstrap = env.get("REGISTRY_KAFKA_BOOTSTRAP");
            assertNotNull(bootstrap, config.service().id() + " REGISTRY_KAFKA_BOOTSTRAP");
            for (String address : bootstrap.split(",")) {
                assertTrue(advertised.contains(address), address + " is an advertised broker listener");
            }
            int replication = Integer.parseInt(env.get("REGISTRY_KAFKA_TOPICS_REPLICATION_FACTOR"));
            assertTrue(replication <= brokers.size(), "replication factor fits " + brokers.size() + " brokers");
            assertTrue(replication > minInsync, "a broker may be down without stopping writes (acks=all)");
            List<?> dependsOn = new ArrayList<>(map(composeService(config.service().id()).get("depends_on")).keySet());
            assertTrue(dependsOn.contains("postgres") && dependsOn.containsAll(brokers.keySet()),
                    config.service().id() + " waits for PostgreSQL and every broker");
        }
    }

    @Test
    void composeSetsEveryVariableTheServicesReadAndNothingElse() {
        for (ServiceConfiguration config : services) {
            Map<String, Object> service = composeService(config.service().id());
            Map<String, String> env = composeEnvironment(service);
            assertEnvironmentMatches(config, env.keySet(), "docker-compose.yml " + config.service().id());
            String keyLocation = env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
            assertNotNull(keyLocation, config.service().id() + " verifies tokens with a mounted key");
            String secret = keyLocation.replace("/run/secrets/", "");
            assertTrue(String.valueOf(service.get("secrets")).contains(secret), "secret " + secret + " is mounted");
            assertTrue(map(compose.get("secrets")).containsKey(secret), "secret " + secret + " is defined");
        }
    }

    @Test
    void kubernetesListsEveryManifestInTheKustomization() {
        Map<String, Object> kustomization = k8s.values().stream()
                .filter(resource -> "Kustomization".equals(resource.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("deploy/k8s/base/kustomization.yaml"));
        Set<String> files = new TreeSet<>();
        for (Path file : k8sFiles()) {
            if (!file.getFileName().toString().equals("kustomization.yaml")) {
                files.add(file.getFileName().toString());
            }
        }
        assertEquals(files, new TreeSet<>(list(kustomization.get("resources"))));
    }

    @Test
    void kubernetesDeploysEachServiceWithProbesOnItsPort() {
        for (ServiceConfiguration config : services) {
            String id = config.service().id();
            Map<String, Object> container = container(id);
            Map<String, Object> port = map(list(container.get("ports")).get(0));
            assertEquals(config.port(), port.get("containerPort"), id + " containerPort");
            assertEquals("http", port.get("name"));
            assertEquals("/q/health/ready", probe(container, "readinessProbe").get("path"), id + " readiness");
            assertEquals("/q/health/live", probe(container, "livenessProbe").get("path"), id + " liveness");
            for (String kind : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                assertEquals("http", probe(container, kind).get("port"), id + " " + kind + " on the http port");
            }
            Map<String, Object> service = resource("Service/" + id);
            Map<String, Object> servicePort = map(list(map(service.get("spec")).get("ports")).get(0));
            assertEquals(config.port(), servicePort.get("port"), id + " Service port");
            assertEquals("http", servicePort.get("targetPort"));
            Map<String, Object> labels = map(map(map(map(resource("Deployment/" + id).get("spec")).get("template"))
                    .get("metadata")).get("labels"));
            assertTrue(labels.entrySet().containsAll(map(map(service.get("spec")).get("selector")).entrySet()),
                    id + " Service selects its Deployment's pods");
        }
    }

    @Test
    void kubernetesGivesEachServiceItsPortDatabaseAndEveryVariableItReads() {
        Set<String> databases = new HashSet<>();
        for (ServiceConfiguration config : services) {
            String id = config.service().id();
            Map<String, String> env = kubernetesEnvironment(container(id));
            assertEnvironmentMatches(config, env.keySet(), "deploy/k8s/base " + id);
            assertEquals(Integer.toString(config.port()), env.get("REGISTRY_HTTP_PORT"), id);
            String database = ServiceConfiguration.databaseOf(env.get("REGISTRY_DB_URL"));
            assertEquals(config.database(), database, id + " database");
            assertTrue(databases.add(database), "database " + database + " is used by one service only");
            int replication = Integer.parseInt(env.get("REGISTRY_KAFKA_TOPICS_REPLICATION_FACTOR"));
            assertTrue(replication >= 3, "production topics are replicated");
        }
    }

    @Test
    void kubernetesMountsTheTokenKeyWhereTheServicesLookForIt() {
        for (ServiceConfiguration config : services) {
            String id = config.service().id();
            Map<String, Object> container = container(id);
            Path location = Path.of(kubernetesEnvironment(container).get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
            Map<String, Object> mount = list(container.get("volumeMounts")).stream().map(DeploymentDescriptorsTest::map)
                    .filter(m -> location.getParent().toString().equals(m.get("mountPath"))).findFirst()
                    .orElseThrow(() -> new AssertionError(id + " mounts " + location.getParent()));
            Map<String, Object> volume = list(podSpec(id).get("volumes")).stream().map(DeploymentDescriptorsTest::map)
                    .filter(v -> mount.get("name").equals(v.get("name"))).findFirst().orElseThrow();
            String configMap = (String) map(volume.get("configMap")).get("name");
            assertTrue(map(resource("ConfigMap/" + configMap).get("data"))
                    .containsKey(location.getFileName().toString()), configMap + " holds " + location.getFileName());
        }
    }

    @Test
    void kubernetesMemoryLimitsFitTheRssGoal() {
        for (ServiceConfiguration config : services) {
            String id = config.service().id();
            Map<String, Object> resources = map(container(id).get("resources"));
            long request = mebibytes(map(resources.get("requests")).get("memory"));
            long limit = mebibytes(map(resources.get("limits")).get("memory"));
            // Idle RSS goal is 250 MB (DESIGN §7): request at least that, cap at twice it.
            assertTrue(request * 1024 * 1024 >= 250_000_000L, id + " requests the idle RSS it needs");
            assertTrue(limit >= request && limit <= 512, id + " memory limit " + limit + "Mi");
            assertEquals("50", kubernetesEnvironment(container(id)).get("JAVA_MAX_MEM_RATIO"),
                    id + " keeps the heap to half the limit");
        }
    }

    @Test
    void kubernetesLetsEachServiceReachOnlyItsDatabaseKafkaDnsAndTraceCollector() {
        Map<String, Object> deny = map(resource("NetworkPolicy/default-deny").get("spec"));
        assertEquals(List.of("Ingress", "Egress"), deny.get("policyTypes"));
        assertFalse(deny.containsKey("ingress") || deny.containsKey("egress"), "default-deny allows nothing");
        Map<String, Object> denied = map(map(deny.get("podSelector")).get("matchLabels"));
        for (ServiceConfiguration config : services) {
            String id = config.service().id();
            Map<String, Object> podLabels = map(map(map(map(resource("Deployment/" + id).get("spec")).get("template"))
                    .get("metadata")).get("labels"));
            assertTrue(podLabels.entrySet().containsAll(denied.entrySet()), id + " pods fall under default-deny");
            Map<String, Object> spec = map(resource("NetworkPolicy/" + id).get("spec"));
            assertEquals(map(map(map(resource("Deployment/" + id).get("spec")).get("selector")).get("matchLabels")),
                    map(map(spec.get("podSelector")).get("matchLabels")), id + " policy selects its pods");
            assertEquals(List.of("Ingress", "Egress"), spec.get("policyTypes"), id + " policy types");

            List<Object> ingress = list(spec.get("ingress"));
            assertEquals(1, ingress.size(), id + " one ingress rule");
            assertEquals(List.of("TCP/" + config.port()), ports(map(ingress.get(0))),
                    id + " ingress on its HTTP port only");
            assertFalse(list(map(ingress.get(0)).get("from")).isEmpty(), id + " ingress names where it comes from");

            Map<String, String> env = kubernetesEnvironment(container(id));
            URI database = URI.create(env.get("REGISTRY_DB_URL").substring("jdbc:".length()));
            URI kafka = URI.create("kafka://" + env.get("REGISTRY_KAFKA_BOOTSTRAP").split(",")[0]);
            URI otlp = URI.create(env.get("REGISTRY_OTLP_ENDPOINT"));
            String[] collector = otlp.getHost().split("\\.");
            Map<String, String> expected = new TreeMap<>(Map.of(
                    "TCP/" + database.getPort(), "pods app.kubernetes.io/name=" + database.getHost(),
                    "TCP/" + kafka.getPort(),
                    "pods strimzi.io/cluster=" + kafka.getHost().replaceAll("-bootstrap$", ""),
                    "UDP/53", "namespace kube-system, pods k8s-app=kube-dns",
                    "TCP/53", "namespace kube-system, pods k8s-app=kube-dns",
                    "TCP/" + otlp.getPort(),
                    "namespace " + collector[1] + ", pods app.kubernetes.io/name=" + collector[0]));
            Map<String, String> allowed = new TreeMap<>();
            for (Object rule : list(spec.get("egress"))) {
                List<Object> to = list(map(rule).get("to"));
                assertEquals(1, to.size(), id + " each egress rule names one peer");
                for (String port : ports(map(rule))) {
                    assertTrue(allowed.put(port, peer(map(to.get(0)))) == null, id + " egress " + port + " once");
                }
            }
            assertEquals(expected, allowed, id + " egress: its database, Kafka, DNS and the trace collector only");
        }
    }

    @Test
    void kubernetesScalesEachServiceOnCpuAndDrainsItOnePodAtATime() {
        for (ServiceConfiguration config : services) {
            String id = config.service().id();
            Map<String, Object> deployment = map(resource("Deployment/" + id).get("spec"));
            assertFalse(deployment.containsKey("replicas"), id + ": the autoscaler owns the replica count");
            Map<String, Object> autoscaler = map(resource("HorizontalPodAutoscaler/" + id).get("spec"));
            assertEquals(Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", id),
                    autoscaler.get("scaleTargetRef"), id + " autoscaler target");
            int partitions = Integer
                    .parseInt(kubernetesEnvironment(container(id)).get("REGISTRY_KAFKA_TOPICS_PARTITIONS"));
            int min = (Integer) autoscaler.get("minReplicas");
            int max = (Integer) autoscaler.get("maxReplicas");
            assertTrue(min >= 2, id + " keeps two pods at least, so one serves while the other restarts");
            assertTrue(max >= min && max <= partitions, id + ": more pods than the " + partitions
                    + " partitions of a topic would leave consumers idle");
            Map<String, Object> metric = map(list(autoscaler.get("metrics")).get(0));
            Map<String, Object> resourceMetric = map(metric.get("resource"));
            assertEquals("cpu", resourceMetric.get("name"), id + " scales on CPU");
            int utilization = (Integer) map(resourceMetric.get("target")).get("averageUtilization");
            assertTrue(utilization > 0 && utilization < 100, id + " CPU target " + utilization + "%");
            assertNotNull(map(map(container(id).get("resources")).get("requests")).get("cpu"),
                    id + " requests CPU, which the utilization is measured against");

            Map<String, Object> budget = map(resource("PodDisruptionBudget/" + id).get("spec"));
            assertEquals(map(deployment.get("selector")), map(budget.get("selector")), id + " budget selects its pods");
            assertEquals(1, budget.get("maxUnavailable"), id + " drains one pod at a time");
        }
    }

    private static List<String> ports(Map<String, Object> rule) {
        List<String> ports = new ArrayList<>();
        for (Object entry : list(rule.get("ports"))) {
            Map<String, Object> port = map(entry);
            ports.add(port.getOrDefault("protocol", "TCP") + "/" + port.get("port"));
        }
        return ports;
    }

    private static String peer(Map<String, Object> peer) {
        List<String> parts = new ArrayList<>();
        if (peer.containsKey("namespaceSelector")) {
            parts.add("namespace " + map(map(peer.get("namespaceSelector")).get("matchLabels"))
                    .get("kubernetes.io/metadata.name"));
        }
        if (peer.containsKey("podSelector")) {
            Map<String, Object> labels = map(map(peer.get("podSelector")).get("matchLabels"));
            assertEquals(1, labels.size(), "one label picks the peer pods: " + labels);
            Map.Entry<String, Object> label = labels.entrySet().iterator().next();
            parts.add("pods " + label.getKey() + "=" + label.getValue());
        }
        return String.join(", ", parts);
    }

    private static void assertEnvironmentMatches(ServiceConfiguration config, Set<String> keys, String where) {
        for (String variable : config.registryVariables().keySet()) {
            assertTrue(keys.contains(variable), where + " sets " + variable + ", which the service reads");
        }
        for (String key : keys) {
            assertTrue(config.reads(key), where + " sets " + key + ", which " + config.service().module()
                    + " does not read (no ${" + key + "} placeholder, property or @ConfigMapping)");
            if (key.startsWith("REGISTRY_")) {
                assertFalse(ServiceConfiguration.PLATFORM_KEYS.containsKey(key));
            }
        }
    }

    private static Map<String, Object> composeService(String name) {
        Object service = map(compose.get("services")).get(name);
        assertNotNull(service, "docker-compose.yml has service " + name);
        return map(service);
    }

    private static Map<String, String> composeEnvironment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object environment = service.get("environment");
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> env.put(String.valueOf(key), String.valueOf(value)));
        } else if (environment instanceof List<?> lines) {
            for (Object line : lines) {
                String[] pair = String.valueOf(line).split("=", 2);
                env.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return env;
    }

    private static Map<String, Object> resource(String key) {
        Map<String, Object> resource = k8s.get(key);
        assertNotNull(resource, "deploy/k8s/base has " + key);
        return resource;
    }

    private static Map<String, Object> podSpec(String id) {
        return map(map(map(resource("Deployment/" + id).get("spec")).get("template")).get("spec"));
    }

    private static Map<String, Object> container(String id) {
        List<Object> containers = list(podSpec(id).get("containers"));
        assertEquals(1, containers.size(), id + " runs one container");
        return map(containers.get(0));
    }

    private static Map<String, Object> probe(Map<String, Object> container, String kind) {
        Object probe = container.get(kind);
        assertNotNull(probe, kind);
        return map(map(probe).get("httpGet"));
    }

    /** env entries plus every key of the ConfigMaps and Secrets in envFrom. */
    private static Map<String, String> kubernetesEnvironment(Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Object source : list(container.getOrDefault("envFrom", List.of()))) {
            Map<String, Object> from = map(source);
            if (from.containsKey("configMapRef")) {
                String name = (String) map(from.get("configMapRef")).get("name");
                map(resource("ConfigMap/" + name).get("data")).forEach((k, v) -> env.put(k, String.valueOf(v)));
            }
            if (from.containsKey("secretRef")) {
                String name = (String) map(from.get("secretRef")).get("name");
                map(resource("Secret/" + name).get("stringData")).forEach((k, v) -> env.put(k, String.valueOf(v)));
            }
        }
        for (Object entry : list(container.getOrDefault("env", List.of()))) {
            Map<String, Object> variable = map(entry);
            env.put((String) variable.get("name"), String.valueOf(variable.get("value")));
        }
        return env;
    }

    private static long mebibytes(Object quantity) {
        String value = String.valueOf(quantity);
        if (value.endsWith("Gi")) {
            return Long.parseLong(value.replace("Gi", "")) * 1024;
        }
        assertTrue(value.endsWith("Mi"), "memory in Mi or Gi: " + value);
        return Long.parseLong(value.replace("Mi", ""));
    }

    private static List<Path> k8sFiles() {
        try (Stream<Path> files = Files.list(ROOT.resolve("deploy/k8s/base"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> loadAll(Path file) {
        List<Object> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions()))
                .loadAll(ServiceConfiguration.read(file))) {
            if (document != null) {
                documents.add(document);
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertTrue(node instanceof Map, "a YAML mapping: " + node);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
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
