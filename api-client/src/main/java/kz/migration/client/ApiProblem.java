package kz.migration.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An RFC 9457 problem+json answer of a registry service, read from the body of a generated client's
 * {@code ApiException}: {@code ApiProblem.parse(e.getResponseBody())}. Branch on {@link #slug()} (the last segment of
 * {@code type}, e.g. {@code quota-exhausted}); kind-specific members are in {@link #members()}.
 */
public record ApiProblem(String type, String title, int status, String detail, String correlationId,
        List<Map<String, Object>> violations, Map<String, Object> members) {

    private static final ObjectMapper JSON = new ObjectMapper();

    @SuppressWarnings("unchecked")
    public static ApiProblem parse(String body) {
        Map<String, Object> all;
        try {
            all = body == null || body.isBlank() ? Map.of() : JSON.readValue(body, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a problem+json body: " + body, e);
        }
        Map<String, Object> members = new LinkedHashMap<>(all);
        String type = (String) members.remove("type");
        String title = (String) members.remove("title");
        Object status = members.remove("status");
        String detail = (String) members.remove("detail");
        String correlationId = (String) members.remove("correlationId");
        members.remove("instance");
        Object violations = members.remove("violations");
        return new ApiProblem(type, title, status instanceof Number n ? n.intValue() : 0, detail, correlationId,
                violations == null ? List.of() : (List<Map<String, Object>>) violations, Map.copyOf(members));
    }

    /** The stable error kind, e.g. {@code validation}, {@code stale-version}, {@code quota-exhausted}. */
    public String slug() {
        return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
    }

    /** The fields named invalid, for a 400. */
    public List<String> invalidFields() {
        return violations.stream().map(v -> String.valueOf(v.get("field"))).toList();
    }
}
