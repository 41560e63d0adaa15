package kz.migration.client.spec;

import static kz.migration.client.spec.OpenApiDocument.list;
import static kz.migration.client.spec.OpenApiDocument.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import kz.migration.client.spec.OpenApiDocument.OperationRef;

/**
 * The registry's API style rules (DESIGN.md §5), checked on a parsed OpenAPI document. Each finding names the rule
 * and the place, so a failing build says what to change.
 */
final class SpecLinter {

    static final String PREFIX = "/api/v1/";
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PARAMETER = Pattern.compile("\\{[a-z][A-Za-z0-9]*}");
    private static final String PROBLEM_JSON = "application/problem+json";

    /**
     * Last segments of list operations that name a view of a collection rather than the collection itself (the
     * officer's review queue, the overdue applications, a balance's ledger). Anything else a list returns is a
     * plural noun.
     */
    static final Set<String> COLLECTION_VIEWS = Set.of("review-queue", "overdue", "ledger");

    /**
     * Token-less operations outside /api/v1/public/, each a deliberate exception: the labour-immigrant permit check
     * answers anyone holding the permit number and passport (as the public permit check does) and was published
     * under its collection before the public prefix existed.
     */
    static final Set<String> PUBLIC_ELSEWHERE = Set.of("GET /api/v1/labour-immigrant-permits/{number}");

    private SpecLinter() {
    }

    static List<String> lint(OpenApiDocument document) {
        List<String> findings = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (String path : document.paths().keySet()) {
            checkPath(path, findings);
        }
        for (OperationRef operation : document.operations()) {
            checkOperation(document, operation, operationIds, findings);
        }
        checkSchemas(document, findings);
        return findings;
    }

    private static void checkPath(String path, List<String> findings) {
        if (!path.startsWith(PREFIX)) {
            findings.add("prefix: " + path + " is not under " + PREFIX
                    + " (operational /q/* and /dev/* endpoints stay out of the document)");
            return;
        }
        String[] segments = path.substring(PREFIX.length()).split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                if (!PARAMETER.matcher(segment).matches()) {
                    findings.add("path-parameter: " + segment + " in " + path + " is not {camelCase}");
                }
                continue;
            }
            if (!KEBAB.matcher(segment).matches()) {
                findings.add("kebab-case: segment '" + segment + "' of " + path);
            }
            boolean identifiesAnItem = i + 1 < segments.length && segments[i + 1].startsWith("{");
            if (identifiesAnItem && !plural(segment)) {
                findings.add("plural: '" + segment + "' of " + path + " names a collection and must be plural");
            }
        }
    }

    private static void checkOperation(OpenApiDocument document, OperationRef ref, Set<String> operationIds,
            List<String> findings) {
        Map<String, Object> operation = ref.operation();
        String id = (String) operation.get("operationId");
        if (id == null || id.isBlank()) {
            findings.add("operation-id: " + ref.id() + " has none");
        } else if (!operationIds.add(id)) {
            findings.add("operation-id: " + id + " is used twice");
        }
        for (String field : List.of("summary", "description")) {
            if (!(operation.get(field) instanceof String text) || text.isBlank()) {
                findings.add(field + ": " + ref.id() + " has none");
            }
        }
        boolean secured = !list(operation.get("security")).isEmpty();
        boolean publicPath = ref.path().startsWith(PREFIX + "public/");
        if (!secured && !publicPath && !PUBLIC_ELSEWHERE.contains(ref.id())) {
            findings.add("roles: " + ref.id() + " names no roles and is not under " + PREFIX + "public/");
        }
        if (secured && !String.valueOf(operation.get("description")).contains("role")) {
            findings.add("roles: the description of " + ref.id() + " does not state the roles");
        }
        Map<String, Object> responses = ref.responses();
        boolean success = responses.keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (!success) {
            findings.add("responses: " + ref.id() + " documents no 2xx response");
        }
        responses.forEach((code, response) -> {
            Map<String, Object> content = map(map(response).get("content"));
            if (code.startsWith("4")) {
                Map<String, Object> problem = map(content.get(PROBLEM_JSON));
                if (content.size() != 1 || problem.isEmpty()) {
                    findings.add("problem-json: " + code + " of " + ref.id() + " is not only " + PROBLEM_JSON);
                } else if (!String.valueOf(map(problem.get("schema")).get("$ref")).endsWith("/Problem")) {
                    findings.add("problem-json: " + code + " of " + ref.id() + " does not use the Problem schema");
                }
            }
            if (code.startsWith("2")) {
                content.forEach((mediaType, media) -> {
                    if (map(media).get("schema") == null) {
                        findings.add("response-schema: " + code + " " + mediaType + " of " + ref.id()
                                + " has no schema (the generated client could not type it)");
                    } else if (!hasExample(document, map(media))) {
                        findings.add("response-example: " + code + " of " + ref.id() + " shows no example");
                    }
                });
            }
        });
        Map<String, Object> body = map(operation.get("requestBody"));
        map(body.get("content")).forEach((mediaType, media) -> {
            if (!hasExample(document, map(media))) {
                findings.add("request-example: " + mediaType + " body of " + ref.id() + " shows no example");
            }
        });
        boolean paged = ref.parameters().stream().anyMatch(p -> "cursor".equals(p.get("name")));
        if (paged) {
            if (ref.parameters().stream().noneMatch(p -> "limit".equals(p.get("name")))) {
                findings.add("pagination: " + ref.id() + " takes cursor but no limit");
            }
            Map<String, Object> page = document.resolve(map(map(map(map(responses.get("200")).get("content"))
                    .get("application/json")).get("schema")));
            if (!map(page.get("properties")).containsKey("nextCursor")) {
                findings.add("pagination: " + ref.id() + " answers no nextCursor");
            }
            String[] segments = ref.path().split("/");
            String last = segments[segments.length - 1];
            if (!last.startsWith("{") && !plural(last) && !COLLECTION_VIEWS.contains(last)) {
                findings.add("plural: the list " + ref.id() + " ends in the singular '" + last + "'");
            }
        }
    }

    private static boolean hasExample(OpenApiDocument document, Map<String, Object> media) {
        if (media.get("example") != null || !map(media.get("examples")).isEmpty()) {
            return true;
        }
        Map<String, Object> schema = map(media.get("schema"));
        if ("array".equals(schema.get("type"))) {
            schema = map(schema.get("items"));
        }
        return schemaHasExample(document.resolve(schema));
    }

    private static boolean schemaHasExample(Map<String, Object> schema) {
        return schema.get("example") != null || !list(schema.get("examples")).isEmpty();
    }

    private static void checkSchemas(OpenApiDocument document, List<String> findings) {
        Set<String> refs = new HashSet<>();
        OpenApiDocument.collectRefs(document.paths(), refs);
        OpenApiDocument.collectRefs(document.schemas(), refs);
        document.schemas().forEach((name, schema) -> {
            if (!schemaHasExample(map(schema))) {
                findings.add("schema-example: " + name + " has no example");
            }
            if (!refs.contains(OpenApiDocument.SCHEMA_PREFIX + name)) {
                findings.add("unused-schema: " + name + " is referred to by nothing");
            }
        });
    }

    static boolean plural(String segment) {
        String last = segment.substring(segment.lastIndexOf('-') + 1);
        return last.endsWith("s");
    }
}
