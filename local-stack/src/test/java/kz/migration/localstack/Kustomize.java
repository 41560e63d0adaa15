package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the part of Kustomize that {@code deploy/}
 * uses: resources (files and bases), namespace, JSON 6902 patches selected by kind and name, and ConfigMap
 * generators from files. Kustomize itself is not on every machine that builds the project; where it is,
 * {@link KubernetesManifestsTest} compares the two renderings. Anything else in a kustomization fails here, so a new
 * feature cannot slip past the checks.
 */
final class Kustomize {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "patches",
            "configMapGenerator", "generatorOptions");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    private Kustomize() {
    }

    /** The kustomization in {@code dir}, rendered. */
    static List<Map<String, Object>> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        assertTrue(Files.exists(file), file + " exists");
        Map<String, Object> kustomization = DeployFiles.map(DeployFiles.yaml(file).get(0));
        assertEquals("kustomize.config.k8s.io/v1beta1", kustomization.get("apiVersion"), file + " apiVersion");
        assertEquals("Kustomization", kustomization.get("kind"), file + " kind");
        for (String field : kustomization.keySet()) {
            assertTrue(FIELDS.contains(field), file + ": " + field + " is not a field these tests render " + FIELDS);
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : DeployFiles.list(kustomization.getOrDefault("resources", List.of()))) {
            Path resource = dir.resolve(String.valueOf(entry)).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(render(resource));
            } else {
                for (Object document : DeployFiles.yaml(resource)) {
                    resources.add(DeployFiles.map(document));
                }
            }
        }
        resources.addAll(generatedConfigMaps(dir, kustomization));
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            for (Map<String, Object> resource : resources) {
                if (!CLUSTER_SCOPED.contains(resource.get("kind"))) {
                    metadata(resource).put("namespace", namespace);
                }
            }
        }
        for (Object entry : DeployFiles.list(kustomization.getOrDefault("patches", List.of()))) {
            applyPatch(file, DeployFiles.map(entry), resources);
        }
        return resources;
    }

    /** kind/name of a manifest. */
    static String key(Map<String, Object> resource) {
        return resource.get("kind") + "/" + metadata(resource).get("name");
    }

    static Map<String, Object> metadata(Map<String, Object> resource) {
        return DeployFiles.map(resource.get("metadata"));
    }

    private static List<Map<String, Object>> generatedConfigMaps(Path dir, Map<String, Object> kustomization) {
        List<Map<String, Object>> generated = new ArrayList<>();
        Map<String, Object> options = DeployFiles.map(kustomization.getOrDefault("generatorOptions", Map.of()));
        for (Object entry : DeployFiles.list(kustomization.getOrDefault("configMapGenerator", List.of()))) {
            Map<String, Object> generator = DeployFiles.map(entry);
            assertEquals(Boolean.TRUE, options.get("disableNameSuffixHash"),
                    "generated names without a hash suffix (mounted by name)");
            Map<String, Object> data = new LinkedHashMap<>();
            for (Object name : DeployFiles.list(generator.get("files"))) {
                Path source = dir.resolve(String.valueOf(name));
                assertTrue(Files.exists(source), source + " exists");
                data.put(source.getFileName().toString(), DeployFiles.read(source));
            }
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("name", generator.get("name"));
            if (options.containsKey("labels")) {
                metadata.put("labels", new LinkedHashMap<>(DeployFiles.map(options.get("labels"))));
            }
            if (options.containsKey("annotations")) {
                metadata.put("annotations", new LinkedHashMap<>(DeployFiles.map(options.get("annotations"))));
            }
            Map<String, Object> configMap = new LinkedHashMap<>();
            configMap.put("apiVersion", "v1");
            configMap.put("kind", "ConfigMap");
            configMap.put("metadata", metadata);
            configMap.put("data", data);
            generated.add(configMap);
        }
        return generated;
    }

    /** A JSON 6902 patch on every resource its target selects; the target must select at least one. */
    private static void applyPatch(Path file, Map<String, Object> entry, List<Map<String, Object>> resources) {
        assertTrue(entry.keySet().equals(Set.of("target", "patch")),
                file + ": patches are inline JSON 6902 patches with a target: " + entry.keySet());
        Map<String, Object> target = DeployFiles.map(entry.get("target"));
        assertTrue(Set.of("kind", "name").containsAll(target.keySet()), file + ": target by kind and name " + target);
        List<Object> operations = DeployFiles.list(new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(String.valueOf(entry.get("patch"))));
        int selected = 0;
        for (Map<String, Object> resource : resources) {
            if (!Objects.equals(target.get("kind"), resource.get("kind")) || target.containsKey("name")
                    && !Objects.equals(target.get("name"), metadata(resource).get("name"))) {
                continue;
            }
            selected++;
            for (Object operation : operations) {
                apply(file + " on " + key(resource), DeployFiles.map(operation), resource);
            }
        }
        assertTrue(selected > 0, file + ": the patch target " + target + " selects no resource of the base");
    }

    private static void apply(String where, Map<String, Object> operation, Map<String, Object> resource) {
        String op = String.valueOf(operation.get("op"));
        String path = String.valueOf(operation.get("path"));
        List<String> tokens = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        Object parent = resource;
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            parent = child(parent, token);
            assertNotNull(parent, where + ": " + path + " (no " + token + ")");
        }
        String last = tokens.get(tokens.size() - 1);
        switch (op) {
            case "replace" -> {
                assertNotNull(child(parent, last), where + ": replace " + path + ", which does not exist");
                put(parent, last, operation.get("value"));
            }
            case "add" -> put(parent, last, operation.get("value"));
            default -> throw new AssertionError(where + ": op " + op + " is not rendered here (add, replace)");
        }
    }

    private static Object child(Object node, String token) {
        if (node instanceof Map<?, ?> map) {
            return map.get(token);
        }
        List<Object> list = DeployFiles.list(node);
        int index = Integer.parseInt(token);
        return index < list.size() ? list.get(index) : null;
    }

    private static void put(Object node, String token, Object value) {
        if (node instanceof Map<?, ?>) {
            DeployFiles.map(node).put(token, value);
        } else if (token.equals("-")) {
            DeployFiles.list(node).add(value);
        } else {
            DeployFiles.list(node).set(Integer.parseInt(token), value);
        }
    }
}
