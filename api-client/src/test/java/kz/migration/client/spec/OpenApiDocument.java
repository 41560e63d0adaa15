package kz.migration.client.spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** A parsed OpenAPI document as plain maps and lists, with the few look-ups the lint and compatibility rules need. */
final class OpenApiDocument {

    static final Path DIRECTORY = Path.of("..", "docs", "openapi");
    static final Path RELEASED = DIRECTORY.resolve("released");
    static final List<String> SERVICES = List.of("vacancy-service", "permit-service", "quota-service",
            "contract-registry-service", "inspection-service");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    static final String SCHEMA_PREFIX = "#/components/schemas/";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    final String name;
    final Map<String, Object> root;

    OpenApiDocument(String name, Map<String, Object> root) {
        this.name = name;
        this.root = root;
    }

    @SuppressWarnings("unchecked")
    static OpenApiDocument read(Path file) {
        try {
            return new OpenApiDocument(file.getFileName().toString(), YAML.readValue(file.toFile(), Map.class));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** A deep copy that a test may change without touching the original. */
    @SuppressWarnings("unchecked")
    OpenApiDocument copy() {
        return new OpenApiDocument(name, YAML.convertValue(root, Map.class));
    }

    Map<String, Object> paths() {
        return map(root.get("paths"));
    }

    Map<String, Object> schemas() {
        return map(map(root.get("components")).get("schemas"));
    }

    /** Every operation as (path, method, operation). */
    List<OperationRef> operations() {
        List<OperationRef> operations = new ArrayList<>();
        paths().forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(new OperationRef(path, method, map(operation)));
            }
        }));
        return operations;
    }

    /** The schema a {@code $ref} names, or the schema itself. */
    Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema == null ? null : schema.get("$ref");
        if (ref instanceof String name && name.startsWith(SCHEMA_PREFIX)) {
            return map(schemas().get(name.substring(SCHEMA_PREFIX.length())));
        }
        return schema == null ? Map.of() : schema;
    }

    record OperationRef(String path, String method, Map<String, Object> operation) {
        String id() {
            return method.toUpperCase() + " " + path;
        }

        List<Map<String, Object>> parameters() {
            return list(operation.get("parameters"));
        }

        Map<String, Object> responses() {
            return map(operation.get("responses"));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** Every {@code $ref} anywhere below {@code node}. */
    static void collectRefs(Object node, Set<String> refs) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((key, value) -> {
                if ("$ref".equals(key) && value instanceof String ref) {
                    refs.add(ref);
                } else {
                    collectRefs(value, refs);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(item -> collectRefs(item, refs));
        }
    }
}
