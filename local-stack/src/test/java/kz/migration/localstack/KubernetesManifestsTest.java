package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Every Kubernetes manifest of {@code deploy/}, the base and each overlay rendered, read into Kubernetes' own object
 * model (fabric8) strictly: a field the API does not know, or a value of the wrong type (a quoted number, a number
 * where a string belongs), fails the build instead of the deployment.
 */
class KubernetesManifestsTest {

    private static final Path K8S = DeployFiles.ROOT.resolve("deploy/k8s");
    private static final List<String> OVERLAYS = List.of("dev", "prod");
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    /**
     * The model's classes keep unknown fields in {@code additionalProperties} (@JsonAnySetter); without it they are
     * errors. Scalars are not coerced: the API server refuses "2" for an integer and 8081 for a string.
     */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withCoercionConfigDefaults(
                    coercion -> coercion.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, coercion -> coercion
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    @Test
    void everyBaseManifestIsAValidKubernetesObject() {
        List<Map<String, Object>> base = Kustomize.render(K8S.resolve("base"));
        assertFalse(base.isEmpty());
        base.forEach(KubernetesManifestsTest::parse);
    }

    @Test
    void everyOverlayPatchesObjectsOfTheBaseIntoValidKubernetesObjects() {
        for (String overlay : OVERLAYS) {
            List<Map<String, Object>> rendered = Kustomize.render(K8S.resolve("overlays").resolve(overlay));
            assertEquals(keys(Kustomize.render(K8S.resolve("base"))), keys(rendered),
                    overlay + " changes the base's objects, adds none");
            for (Map<String, Object> resource : rendered) {
                HasMetadata parsed = parse(resource);
                if (parsed instanceof Deployment deployment) {
                    assertResourcesFit(overlay, deployment);
                }
                if (parsed instanceof HorizontalPodAutoscaler autoscaler) {
                    assertTrue(autoscaler.getSpec().getMinReplicas() <= autoscaler.getSpec().getMaxReplicas(),
                            overlay + " " + Kustomize.key(resource) + " min ≤ max replicas");
                }
            }
        }
    }

    @Test
    void monitoringKustomizationsGenerateTheirConfigMaps() {
        for (String dir : List.of("deploy/grafana", "deploy/prometheus")) {
            List<Map<String, Object>> rendered = Kustomize.render(DeployFiles.ROOT.resolve(dir));
            assertFalse(rendered.isEmpty(), dir);
            for (Map<String, Object> resource : rendered) {
                ConfigMap configMap = (ConfigMap) parse(resource);
                assertFalse(configMap.getData().isEmpty(), dir + " " + Kustomize.key(resource) + " data");
                // kubectl apply copies the object into an annotation, and annotations hold at most 256 KiB.
                int size = configMap.getData().values().stream()
                        .mapToInt(v -> v.getBytes(StandardCharsets.UTF_8).length).sum();
                assertTrue(size < 200_000, dir + " " + Kustomize.key(resource) + " of " + size + " bytes");
            }
        }
    }

    @Test
    void kustomizeRendersWhatTheseTestsCheck() throws Exception {
        Optional<Path> kubectl = onPath("kubectl");
        Assumptions.assumeTrue(kubectl.isPresent(),
                "kubectl (with Kustomize) is not installed: the overlays are rendered by the tests' own Kustomize subset only");
        List<Path> dirs = new ArrayList<>(List.of(K8S.resolve("base"), DeployFiles.ROOT.resolve("deploy/grafana"),
                DeployFiles.ROOT.resolve("deploy/prometheus")));
        OVERLAYS.forEach(overlay -> dirs.add(K8S.resolve("overlays").resolve(overlay)));
        for (Path dir : dirs) {
            Process process = new ProcessBuilder(kubectl.get().toString(), "kustomize", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "kubectl kustomize " + dir);
            assertEquals(0, process.exitValue(), "kubectl kustomize " + dir + ":\n" + output);
            Map<String, Object> byKustomize = new TreeMap<>();
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(output)) {
                Map<String, Object> resource = DeployFiles.map(document);
                byKustomize.put(Kustomize.key(resource), resource);
                parse(resource);
            }
            Map<String, Object> byTests = new TreeMap<>();
            Kustomize.render(dir).forEach(resource -> byTests.put(Kustomize.key(resource), resource));
            assertEquals(byKustomize, byTests, DeployFiles.ROOT.relativize(dir) + " as kubectl kustomize renders it");
        }
    }

    @Test
    void aFieldTheApiDoesNotKnowFails() {
        Map<String, Object> deployment = deployment("vacancy-service");
        DeployFiles.map(deployment.get("spec")).put("replica", 2);
        assertRefused(deployment, "replica");

        Map<String, Object> nested = deployment("vacancy-service");
        container(nested).put("livenesProbe", Map.of("httpGet", Map.of("path", "/q/health/live", "port", "http")));
        assertRefused(nested, "livenesProbe");
    }

    @Test
    void aValueOfTheWrongTypeFails() {
        Map<String, Object> quotedNumber = deployment("permit-service");
        DeployFiles.map(quotedNumber.get("spec")).put("minReadySeconds", "10");
        assertRefused(quotedNumber, "minReadySeconds");

        Map<String, Object> numberForString = configMap("permit-service");
        DeployFiles.map(numberForString.get("data")).put("REGISTRY_HTTP_PORT", 8082);
        assertRefused(numberForString, "REGISTRY_HTTP_PORT");

        Map<String, Object> listForMap = deployment("quota-service");
        DeployFiles.map(DeployFiles.map(DeployFiles.map(listForMap.get("spec")).get("template")).get("metadata"))
                .put("labels", List.of("app.kubernetes.io/name=quota-service"));
        assertRefused(listForMap, "labels");
    }

    @Test
    void aKindOrApiVersionTheModelDoesNotKnowFails() {
        Map<String, Object> deployment = deployment("quota-service");
        deployment.put("apiVersion", "extensions/v1beta1");
        assertThrows(AssertionError.class, () -> parse(deployment));
    }

    /** Reads a manifest into its fabric8 class, strictly; the failure names the manifest and the field. */
    static HasMetadata parse(Map<String, Object> resource) {
        String type = resource.get("apiVersion") + "/" + resource.get("kind");
        Class<? extends HasMetadata> model = KINDS.get(type);
        if (model == null) {
            throw new AssertionError(Kustomize.key(resource) + ": " + type + " is not one of the kinds deploy/ uses "
                    + KINDS.keySet());
        }
        try {
            return STRICT.treeToValue(STRICT.valueToTree(resource), model);
        } catch (JsonMappingException e) {
            throw new AssertionError(Kustomize.key(resource) + " is not a valid " + type + ": " + e.getOriginalMessage()
                    + " at " + e.getPathReference(), e);
        } catch (JsonProcessingException e) {
            throw new AssertionError(Kustomize.key(resource) + " is not a valid " + type + ": " + e.getMessage(), e);
        }
    }

    private static void assertRefused(Map<String, Object> resource, String field) {
        AssertionError error = assertThrows(AssertionError.class, () -> parse(resource));
        assertTrue(error.getMessage().contains(field), "the failure names " + field + ": " + error.getMessage());
    }

    /** Requests within limits; the memory limit leaves the JVM the heap of JAVA_MAX_MEM_RATIO and ~150 MB besides. */
    private static void assertResourcesFit(String overlay, Deployment deployment) {
        String where = overlay + " " + deployment.getMetadata().getName();
        ResourceRequirements resources = deployment.getSpec().getTemplate().getSpec().getContainers().get(0)
                .getResources();
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = resources.getRequests().get(resource);
            Quantity limit = resources.getLimits().get(resource);
            assertTrue(request != null && limit != null, where + " requests and limits " + resource);
            assertTrue(request.getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0,
                    where + " " + resource + " request " + request + " within the limit " + limit);
        }
        long limitMb = resources.getLimits().get("memory").getNumericalAmount().longValue() / 1_000_000;
        assertTrue(limitMb / 2 + 150 <= limitMb,
                where + " memory limit " + limitMb + " MB holds half as heap + 150 MB");
    }

    private static List<String> keys(List<Map<String, Object>> resources) {
        return resources.stream().map(Kustomize::key).sorted().toList();
    }

    private static Map<String, Object> deployment(String name) {
        return find("Deployment/" + name);
    }

    private static Map<String, Object> configMap(String name) {
        return find("ConfigMap/" + name);
    }

    private static Map<String, Object> find(String key) {
        return Kustomize.render(K8S.resolve("base")).stream().filter(r -> Kustomize.key(r).equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("deploy/k8s/base has " + key));
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        Map<String, Object> pod = DeployFiles
                .map(DeployFiles.map(DeployFiles.map(deployment.get("spec")).get("template"))
                        .get("spec"));
        return DeployFiles.map(DeployFiles.list(pod.get("containers")).get(0));
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
