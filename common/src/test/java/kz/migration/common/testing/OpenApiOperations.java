package kz.migration.common.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of a service's own OpenAPI document ({@code /q/openapi}), with their roles, parameters and request
 * body schema resolved, for the generated security suites.
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One parameter: name, where ({@code path}, {@code query}, {@code header}), schema. */
    public record ApiParameter(String name, String in, boolean required, Map<String, Object> schema) {
    }

    /** One operation; {@code body} is the resolved JSON schema of its request body, or null. */
    public record ApiOperation(String method, String path, List<String> roles, List<ApiParameter> parameters,
            Map<String, Object> body) {

        public boolean hasPathParameters() {
            return path.contains("{");
        }

        public List<ApiParameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final Map<String, Object> document;

    private OpenApiOperations(Map<String, Object> document) {
        this.document = document;
    }

    @SuppressWarnings("unchecked")
    public static OpenApiOperations read() {
        return new OpenApiOperations(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class));
    }

    @SuppressWarnings("unchecked")
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        for (var path : paths.entrySet()) {
            List<Map<String, Object>> shared = (List<Map<String, Object>>) path.getValue().getOrDefault("parameters",
                    List.of());
            for (var method : path.getValue().entrySet()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) method.getValue();
                List<String> roles = new ArrayList<>();
                var security = (List<Map<String, List<String>>>) operation.get("security");
                if (security != null) {
                    security.forEach(requirement -> requirement.values().forEach(roles::addAll));
                }
                List<ApiParameter> parameters = new ArrayList<>();
                List<Map<String, Object>> declared = new ArrayList<>(shared);
                declared.addAll((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of()));
                for (Map<String, Object> parameter : declared) {
                    Map<String, Object> p = resolve(parameter);
                    parameters.add(new ApiParameter((String) p.get("name"), (String) p.get("in"),
                            Boolean.TRUE.equals(p.get("required")),
                            resolve((Map<String, Object>) p.getOrDefault("schema", Map.of()))));
                }
                operations.add(new ApiOperation(method.getKey(), path.getKey(), roles, parameters,
                        bodySchema(operation)));
            }
        }
        return operations;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> bodySchema(Map<String, Object> operation) {
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) resolve(body).get("content");
        if (content == null || content.isEmpty()) {
            return null;
        }
        Map<String, Object> media = (Map<String, Object>) content.getOrDefault("application/json",
                content.values().iterator().next());
        return resolve((Map<String, Object>) media.getOrDefault("schema", Map.of()));
    }

    /** The schema or parameter behind a {@code $ref} (recursively for {@code allOf} of one), else itself. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(Map<String, Object> node) {
        Map<String, Object> current = node;
        for (int depth = 0; depth < 20 && current != null; depth++) {
            Object ref = current.get("$ref");
            List<Map<String, Object>> allOf = (List<Map<String, Object>>) current.get("allOf");
            if (ref instanceof String pointer) {
                Map<String, Object> target = document;
                for (String part : pointer.substring(2).split("/")) {
                    target = (Map<String, Object>) target.get(part);
                }
                Map<String, Object> merged = new LinkedHashMap<>(target);
                current.forEach((k, v) -> {
                    if (!k.equals("$ref")) {
                        merged.putIfAbsent(k, v);
                    }
                });
                current = merged;
            } else if (allOf != null && allOf.size() == 1) {
                Map<String, Object> merged = new LinkedHashMap<>(allOf.get(0));
                current.forEach((k, v) -> {
                    if (!k.equals("allOf")) {
                        merged.putIfAbsent(k, v);
                    }
                });
                current = merged;
            } else {
                return current;
            }
        }
        return current;
    }
}
