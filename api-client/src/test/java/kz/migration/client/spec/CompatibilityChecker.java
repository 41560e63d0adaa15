package kz.migration.client.spec;

import static kz.migration.client.spec.OpenApiDocument.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import kz.migration.client.spec.OpenApiDocument.OperationRef;

/**
 * Finds the changes between a released spec and the current one that would break a v1 client (versioning policy in
 * docs/integrators.md: additive changes only). Breaking: a removed path, operation or documented response status; a
 * removed response property; a new required request property or parameter; a changed type or format; a removed
 * enum value; narrowed constraints on input (lower maxLength/maximum/maxItems, higher minLength/minimum, a new or
 * changed pattern). Additions (paths, operations, optional inputs, response properties) pass.
 */
final class CompatibilityChecker {

    private final OpenApiDocument released;
    private final OpenApiDocument current;
    private final List<String> breaking = new ArrayList<>();

    private CompatibilityChecker(OpenApiDocument released, OpenApiDocument current) {
        this.released = released;
        this.current = current;
    }

    static List<String> breakingChanges(OpenApiDocument released, OpenApiDocument current) {
        CompatibilityChecker checker = new CompatibilityChecker(released, current);
        checker.compareOperations();
        return checker.breaking;
    }

    private void compareOperations() {
        Map<String, Object> currentPaths = current.paths();
        for (OperationRef old : released.operations()) {
            Map<String, Object> item = map(currentPaths.get(old.path()));
            if (item.isEmpty()) {
                breaking.add("removed path " + old.path());
                continue;
            }
            Map<String, Object> now = map(item.get(old.method()));
            if (now.isEmpty()) {
                breaking.add("removed operation " + old.id());
                continue;
            }
            OperationRef operation = new OperationRef(old.path(), old.method(), now);
            compareParameters(old, operation);
            compareRequestBody(old, operation);
            compareResponses(old, operation);
        }
    }

    private void compareParameters(OperationRef old, OperationRef now) {
        for (Map<String, Object> parameter : now.parameters()) {
            Map<String, Object> before = find(old.parameters(), parameter);
            String where = old.id() + " parameter " + parameter.get("name");
            boolean required = Boolean.TRUE.equals(parameter.get("required"));
            if (before == null) {
                if (required) {
                    breaking.add(where + ": new required parameter");
                }
                continue;
            }
            if (required && !Boolean.TRUE.equals(before.get("required"))) {
                breaking.add(where + ": became required");
            }
            compareSchemas(where, map(before.get("schema")), map(parameter.get("schema")), Direction.INPUT,
                    new HashSet<>());
        }
    }

    private static Map<String, Object> find(List<Map<String, Object>> parameters, Map<String, Object> wanted) {
        return parameters.stream().filter(p -> Objects.equals(p.get("name"), wanted.get("name"))
                && Objects.equals(p.get("in"), wanted.get("in"))).findFirst().orElse(null);
    }

    private void compareRequestBody(OperationRef old, OperationRef now) {
        Map<String, Object> before = map(old.operation().get("requestBody"));
        Map<String, Object> after = map(now.operation().get("requestBody"));
        String where = old.id() + " request body";
        if (before.isEmpty()) {
            if (Boolean.TRUE.equals(after.get("required"))) {
                breaking.add(where + ": new required body");
            }
            return;
        }
        Map<String, Object> afterContent = map(after.get("content"));
        map(before.get("content")).forEach((mediaType, media) -> {
            if (!afterContent.containsKey(mediaType)) {
                breaking.add(where + ": " + mediaType + " no longer accepted");
                return;
            }
            compareSchemas(where, map(map(media).get("schema")), map(map(afterContent.get(mediaType)).get("schema")),
                    Direction.INPUT, new HashSet<>());
        });
    }

    private void compareResponses(OperationRef old, OperationRef now) {
        Map<String, Object> after = now.responses();
        old.responses().forEach((code, response) -> {
            String where = old.id() + " response " + code;
            if (!after.containsKey(code)) {
                breaking.add(where + ": removed");
                return;
            }
            if (!code.startsWith("2")) {
                return;
            }
            Map<String, Object> afterContent = map(map(after.get(code)).get("content"));
            map(map(response).get("content")).forEach((mediaType, media) -> {
                if (!afterContent.containsKey(mediaType)) {
                    breaking.add(where + ": no longer answers " + mediaType);
                    return;
                }
                compareSchemas(where, map(map(media).get("schema")),
                        map(map(afterContent.get(mediaType)).get("schema")), Direction.OUTPUT, new HashSet<>());
            });
        });
    }

    private enum Direction {
        INPUT, OUTPUT
    }

    private void compareSchemas(String where, Map<String, Object> beforeRef, Map<String, Object> afterRef,
            Direction direction, Set<String> seen) {
        String pair = beforeRef.get("$ref") + "->" + afterRef.get("$ref");
        if (beforeRef.containsKey("$ref") && !seen.add(pair)) {
            return;
        }
        Map<String, Object> before = released.resolve(beforeRef);
        Map<String, Object> after = current.resolve(afterRef);
        if (before.isEmpty()) {
            return;
        }
        if (!Objects.equals(types(before), types(after))) {
            breaking.add(where + ": type " + types(before) + " became " + types(after));
            return;
        }
        if (!Objects.equals(before.get("format"), after.get("format"))) {
            breaking.add(where + ": format " + before.get("format") + " became " + after.get("format"));
        }
        List<Object> enumBefore = objects(before.get("enum"));
        List<Object> enumAfter = objects(after.get("enum"));
        if (!enumBefore.isEmpty()) {
            for (Object value : enumBefore) {
                if (!enumAfter.isEmpty() && !enumAfter.contains(value)) {
                    breaking.add(where + ": enum value " + value + " removed");
                }
            }
        }
        if (direction == Direction.INPUT) {
            compareConstraints(where, before, after);
        }
        Map<String, Object> propertiesBefore = map(before.get("properties"));
        Map<String, Object> propertiesAfter = map(after.get("properties"));
        Set<String> requiredBefore = new HashSet<>(strings(before.get("required")));
        for (String property : propertiesBefore.keySet()) {
            if (!propertiesAfter.containsKey(property)) {
                if (direction == Direction.OUTPUT) {
                    breaking.add(where + ": property " + property + " removed");
                } else {
                    // The services refuse unknown fields, so a request that still sends it would now be a 400.
                    breaking.add(where + ": property " + property + " no longer accepted");
                }
                continue;
            }
            compareSchemas(where + "." + property, map(propertiesBefore.get(property)),
                    map(propertiesAfter.get(property)), direction, seen);
        }
        if (direction == Direction.INPUT) {
            for (String property : strings(after.get("required"))) {
                if (!requiredBefore.contains(property)) {
                    breaking.add(where + ": property " + property + " became required");
                }
            }
        } else {
            for (String property : requiredBefore) {
                if (propertiesAfter.containsKey(property) && !strings(after.get("required")).contains(property)) {
                    breaking.add(where + ": property " + property + " is no longer always present");
                }
            }
        }
        if (before.get("items") != null) {
            compareSchemas(where + "[]", map(before.get("items")), map(after.get("items")), direction, seen);
        }
    }

    private void compareConstraints(String where, Map<String, Object> before, Map<String, Object> after) {
        for (String upper : List.of("maxLength", "maximum", "maxItems")) {
            if (narrowed(before.get(upper), after.get(upper), true)) {
                breaking.add(where + ": " + upper + " lowered from " + before.get(upper) + " to " + after.get(upper));
            }
        }
        for (String lower : List.of("minLength", "minimum", "minItems")) {
            if (narrowed(before.get(lower), after.get(lower), false)) {
                breaking.add(where + ": " + lower + " raised from " + before.get(lower) + " to " + after.get(lower));
            }
        }
        if (after.get("pattern") != null && !Objects.equals(before.get("pattern"), after.get("pattern"))) {
            breaking.add(where + ": pattern " + before.get("pattern") + " became " + after.get("pattern"));
        }
    }

    private static boolean narrowed(Object before, Object after, boolean upperBound) {
        if (after == null) {
            return false;
        }
        if (before == null) {
            return true;
        }
        double b = ((Number) before).doubleValue();
        double a = ((Number) after).doubleValue();
        return upperBound ? a < b : a > b;
    }

    /** The type as a set ({@code type: string} and {@code type: [string, "null"]} both read as lists). */
    private static Set<Object> types(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type == null) {
            return Set.of();
        }
        return type instanceof List<?> l ? new HashSet<>(l) : Set.of(type);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> objects(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private static List<String> strings(Object value) {
        return objects(value).stream().map(String::valueOf).toList();
    }
}
