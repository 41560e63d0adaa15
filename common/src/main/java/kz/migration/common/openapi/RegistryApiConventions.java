package kz.migration.common.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.web.ApiDeprecation;
import kz.migration.common.web.EntityVersions;
import kz.migration.common.web.PublicRateLimiter;
import kz.migration.common.web.RequestContext;

/**
 * The conventions every service shares (DESIGN.md §5), written once into each OpenAPI document instead of repeated
 * on every resource: the standard problem+json responses an operation can return (400, 401, 403, 404, 409 on a
 * reused Idempotency-Key, 412/428 with If-Match; where 429 is declared, the public rate limit's 429 and 503 with
 * Retry-After) with the shared {@code Problem} schema
 * and an example of each {@code type}; the roles in every description; the integration headers; examples for page
 * and enum schemas; and a sorted, timestamp-free document so that the committed spec can be compared byte for byte.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class RegistryApiConventions implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String VIOLATION_SCHEMA = "Violation";
    static final String ETAG = "ETag";
    static final String RETRY_AFTER = "Retry-After";
    static final String RATE_LIMIT_FULL_EXAMPLE = "too-many-clients";
    static final String RATE_LIMIT_UNAVAILABLE_EXAMPLE = "rate-limit-unavailable";
    static final String RATE_LIMIT_UNAVAILABLE = "unavailable: the public rate limit cannot reach its database, so it "
            + "refuses the request rather than let it through uncounted; Retry-After says when to try again";

    /**
     * What Quarkus writes for the 400, 401 and 403 it adds by itself (secured operations, operations with
     * parameters) before this filter runs; the conventions' own wording replaces them.
     */
    private static final Set<String> GENERIC_DESCRIPTIONS = Set.of("Bad Request",
            "Not Authorized", "Not Allowed");

    private static final String CONVENTIONS = """


            ## Conventions (all registry services)
            - **Authentication**: `Authorization: Bearer <JWT>`; the roles of each operation are its security \
            requirement and are named in its description. Operations under `/api/v1/public/` need no token.
            - **Headers**: `X-Request-Id` (correlation id, 1-64 of `A-Z a-z 0-9 . _ : / -`, generated when absent) \
            and `X-Client-Id` (the calling system, like X-Road's client header) are validated, echoed in the \
            response, logged and carried into events. `Idempotency-Key` makes a create safe to retry (same key and \
            body: the first result; another body: 409). Updates send `If-Match` with the `ETag` read (428 without, \
            412 when stale).
            - **Errors**: RFC 9457 `application/problem+json`; branch on `type` \
            (`https://registry.migration.gov.kz/problems/<slug>`); field errors are listed in `violations`.
            - **Lists**: `limit` (1-200, default 50) and the opaque `cursor`; answers `{"items": [...], \
            "nextCursor": "..."}`, `nextCursor` absent on the last page.
            - **Versioning**: `/api/v1` changes only additively; a deprecated operation answers `Deprecation` and \
            `Sunset` headers before it is removed in a later major version.""";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() != null && openAPI.getInfo().getDescription() != null
                && !openAPI.getInfo().getDescription().contains("## Conventions")) {
            openAPI.getInfo().setDescription(openAPI.getInfo().getDescription() + CONVENTIONS);
        }
        openAPI.setServers(null);
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        components.addSchema(VIOLATION_SCHEMA, violationSchema());
        addHeaders(components);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            Map<String, PathItem> sorted = new TreeMap<>(openAPI.getPaths().getPathItems());
            for (Map.Entry<String, PathItem> path : sorted.entrySet()) {
                applyToPath(path.getKey(), path.getValue());
            }
            openAPI.getPaths().setPathItems(new LinkedHashMap<>(sorted));
        }
        if (components.getSchemas() != null) {
            removeUnreferencedSchemas(openAPI);
            examplesFromUsage(openAPI);
            addDerivedExamples(openAPI.getComponents().getSchemas());
            components.setSchemas(new LinkedHashMap<>(new TreeMap<>(components.getSchemas())));
        }
        if (openAPI.getTags() != null) {
            List<Tag> tags = new ArrayList<>(openAPI.getTags());
            tags.sort(Comparator.comparing(Tag::getName));
            openAPI.setTags(tags);
        }
    }

    private static void applyToPath(String path, PathItem item) {
        boolean versioned = item.getOperations().values().stream().anyMatch(o -> hasHeader(o, EntityVersions.IF_MATCH));
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            List<String> roles = roles(operation);
            describeRoles(operation, roles);
            describeStandardParameters(operation);
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                responses = OASFactory.createAPIResponses();
                operation.setResponses(responses);
            }
            boolean hasInput = operation.getRequestBody() != null || (operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> p.getIn() != Parameter.In.HEADER));
            if (hasInput) {
                standard(responses, ProblemType.VALIDATION, "Invalid request: the violations name each field",
                        "1 field is invalid");
            }
            if (!roles.isEmpty()) {
                standard(responses, ProblemType.UNAUTHENTICATED, "No valid bearer token",
                        "Send a valid bearer token in the Authorization header");
                standard(responses, ProblemType.FORBIDDEN, "The token's role may not call this operation",
                        "Your role may not call this operation");
            }
            if (responses.getAPIResponse("429") != null) {
                publicRateLimit(responses);
            }
            if (path.contains("{")) {
                standard(responses, ProblemType.NOT_FOUND,
                        "No such resource, or it belongs to another owner (never disclosed)",
                        "The resource was not found");
            }
            if (hasHeader(operation, IdempotencyKeys.HEADER)) {
                standard(responses, ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "The Idempotency-Key was used with another request body",
                        "Idempotency-Key post-1 was already used with a different request body");
            }
            if (hasHeader(operation, EntityVersions.IF_MATCH)) {
                standard(responses, ProblemType.STALE_VERSION, "If-Match is not the current version; read it again",
                        "The resource is at version 3, not 2; read it again");
                standard(responses, ProblemType.PRECONDITION_REQUIRED, "If-Match is missing",
                        "Send If-Match with the ETag of the version you read");
            }
            Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
            for (Map.Entry<String, APIResponse> response : sorted.entrySet()) {
                APIResponse value = response.getValue();
                if (value.getRef() != null) {
                    continue;
                }
                headerRef(value, RequestContext.REQUEST_ID_HEADER);
                if (response.getKey().startsWith("4")) {
                    problemContent(value);
                } else if (response.getKey().startsWith("2") && versioned
                        && (entry.getKey() == PathItem.HttpMethod.GET
                                || hasHeader(operation, EntityVersions.IF_MATCH))) {
                    headerRef(value, ETAG);
                }
                if (Boolean.TRUE.equals(operation.getDeprecated())) {
                    headerRef(value, ApiDeprecation.DEPRECATION_HEADER);
                    headerRef(value, ApiDeprecation.SUNSET_HEADER);
                }
            }
            responses.setAPIResponses(new LinkedHashMap<>(sorted));
        }
    }

    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return List.of();
        }
        List<String> roles = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            requirement.getSchemes().values().forEach(roles::addAll);
        }
        return roles;
    }

    /** States the roles in words too, for readers of the description who never look at the security block. */
    private static void describeRoles(Operation operation, List<String> roles) {
        String description = operation.getDescription() == null ? "" : operation.getDescription().strip();
        String line = roles.isEmpty()
                ? "Access: public, no token."
                : "Access: bearer token with role " + roles.stream().sorted().collect(Collectors.joining(", ")) + ".";
        if (!description.contains(line)) {
            operation.setDescription(description.isEmpty() ? line : description + "\n\n" + line);
        }
    }

    private static void describeStandardParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getRef() != null || parameter.getName() == null) {
                continue;
            }
            String standard = switch (parameter.getName()) {
                case IdempotencyKeys.HEADER ->
                    "Unique per intended creation; a retry with the same key and body answers the first result, the "
                            + "same key with another body is 409 idempotency-key-reused.";
                case EntityVersions.IF_MATCH ->
                    "The ETag of the version you read (e.g. \"3\"); missing: 428, stale: 412.";
                case "limit" -> "Page size, 1 to 200 (default 50).";
                case "cursor" -> "Opaque cursor: the nextCursor of the previous page; omit for the first page.";
                default -> null;
            };
            if (standard != null && (parameter.getDescription() == null || parameter.getDescription().isBlank())) {
                parameter.setDescription(standard);
            }
        }
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    /**
     * Only the operations behind {@link PublicRateLimiter} declare 429, and all of them answer alike: 429 with
     * Retry-After over the client's allowance or when the bucket table is full, and 503 {@code unavailable} with
     * Retry-After when the limiter cannot reach its database (it fails closed). The 503 joins any 503 the operation
     * declares for its own reasons.
     */
    private static void publicRateLimit(APIResponses responses) {
        standard(responses, ProblemType.TOO_MANY_REQUESTS,
                "Rate limit per client address exceeded; Retry-After says when to try again",
                "Too many requests from this address; retry after 1 second");
        APIResponse limited = responses.getAPIResponse("429");
        headerRef(limited, RETRY_AFTER);
        MediaType limitedProblem = problemContent(limited);
        if (!limitedProblem.getExamples().containsKey(RATE_LIMIT_FULL_EXAMPLE)) {
            limitedProblem.addExample(RATE_LIMIT_FULL_EXAMPLE,
                    example(ProblemType.TOO_MANY_REQUESTS, PublicRateLimiter.CAPACITY_DETAIL, 42L));
        }
        APIResponse unavailable = responses.getAPIResponse("503");
        if (unavailable == null) {
            unavailable = OASFactory.createAPIResponse().description(RATE_LIMIT_UNAVAILABLE);
            responses.addAPIResponse("503", unavailable);
        } else if (unavailable.getDescription() == null || unavailable.getDescription().isBlank()) {
            unavailable.setDescription(RATE_LIMIT_UNAVAILABLE);
        } else if (!unavailable.getDescription().contains(RATE_LIMIT_UNAVAILABLE)) {
            unavailable.setDescription(unavailable.getDescription().strip() + "; or " + RATE_LIMIT_UNAVAILABLE);
        }
        MediaType unavailableProblem = problemContent(unavailable);
        if (unavailableProblem.getExamples() == null
                || !unavailableProblem.getExamples().containsKey(RATE_LIMIT_UNAVAILABLE_EXAMPLE)) {
            unavailableProblem.addExample(RATE_LIMIT_UNAVAILABLE_EXAMPLE, example(ProblemType.UNAVAILABLE,
                    PublicRateLimiter.UNAVAILABLE_DETAIL, PublicRateLimiter.UNAVAILABLE_SECONDS));
        }
        headerRef(unavailable, RETRY_AFTER);
    }

    /** Adds the response for a standard problem when the resource did not declare that status itself. */
    private static void standard(APIResponses responses, ProblemType type, String description, String detail) {
        String status = Integer.toString(type.status());
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        } else if (response.getDescription() == null || GENERIC_DESCRIPTIONS.contains(response.getDescription())) {
            response.setDescription(description);
        }
        MediaType problem = problemContent(response);
        if (problem.getExamples() == null || problem.getExamples().isEmpty()) {
            problem.addExample(type.slug(), example(type, detail));
        }
    }

    /** Every 4xx answers problem+json with the shared schema, whatever media type the annotation guessed. */
    private static MediaType problemContent(APIResponse response) {
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
            MediaType guessed = content.getMediaTypes() == null
                    ? null
                    : content.getMediaTypes().values().stream().findFirst().orElse(null);
            if (guessed != null && guessed.getExamples() != null) {
                problem.setExamples(guessed.getExamples());
            }
            content.setMediaTypes(new LinkedHashMap<>());
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        }
        problem.setSchema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        return problem;
    }

    private static Example example(ProblemType type, String detail) {
        return example(type, detail, type == ProblemType.TOO_MANY_REQUESTS ? 1L : null);
    }

    private static Example example(ProblemType type, String detail, Long retryAfterSeconds) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type.uri().toString());
        value.put("title", type.title());
        value.put("status", type.status());
        value.put("detail", detail);
        if (type == ProblemType.VALIDATION) {
            value.put("violations", List.of(violation("limit", "must be less than or equal to 200")));
        }
        if (retryAfterSeconds != null) {
            value.put("retryAfterSeconds", retryAfterSeconds);
        }
        return OASFactory.createExample().value(value);
    }

    private static void headerRef(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
        }
    }

    private static void addHeaders(Components components) {
        components.addHeader(RequestContext.REQUEST_ID_HEADER, header(
                "The request's correlation id: the X-Request-Id sent, or one generated; quote it to the operator",
                "5f0c6f1e-2b7a-4d38-9a0e-1c2d3e4f5a6b"));
        components.addHeader(ETAG, header("The version of the resource; send it back as If-Match to update it",
                "\"3\""));
        components.addHeader(RETRY_AFTER, header("Seconds to wait before retrying", "1"));
        components.addHeader(ApiDeprecation.DEPRECATION_HEADER, header(
                "RFC 9745: the operation is deprecated since this moment (@<unix seconds>)", "@1798761600"));
        components.addHeader(ApiDeprecation.SUNSET_HEADER, header(
                "RFC 8594: the operation will be removed after this date", "Wed, 30 Jun 2027 00:00:00 GMT"));
        components.setHeaders(new LinkedHashMap<>(new TreeMap<>(components.getHeaders())));
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
    }

    private static Schema problemSchema() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemType.VALIDATION.uri().toString());
        example.put("title", ProblemType.VALIDATION.title());
        example.put("status", 400);
        example.put("detail", "1 field is invalid");
        example.put("instance", "/api/v1/vacancies");
        example.put("correlationId", "5f0c6f1e-2b7a-4d38-9a0e-1c2d3e4f5a6b");
        example.put("violations", List.of(violationExample()));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem detail. Branch on type; kind-specific members (for example "
                        + "bannedUntil, retryAfterSeconds) appear at the top level.")
                .addProperty("type", string("Stable URI of the error kind").format("uri"))
                .addProperty("title", string("Short summary of the error kind"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("HTTP status"))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty("instance", string("The request path"))
                .addProperty("correlationId", string("The X-Request-Id of the request; quote it to the operator"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("The invalid fields (400 only)")
                        .items(OASFactory.createSchema().ref(VIOLATION_SCHEMA)))
                .required(List.of("type", "title", "status")).additionalPropertiesBoolean(Boolean.TRUE)
                .examples(List.of(example));
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description("One invalid field of a request")
                .addProperty("field", string("Path of the field, e.g. worker.passportNumber, or a parameter name"))
                .addProperty("message", string("What is wrong with it"))
                .required(List.of("field", "message")).examples(List.of(violationExample()));
    }

    private static Map<String, Object> violationExample() {
        return violation("employerBin", "is not a valid BIN");
    }

    /** Insertion-ordered (never Map.of, whose order changes per JVM) so the committed spec is byte-stable. */
    private static Map<String, Object> violation(String field, String message) {
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("field", field);
        violation.put("message", message);
        return violation;
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    /**
     * A schema without its own example takes the fullest example shown where it is used directly (a request or
     * success response of that type), and then its nested schemas take the matching member of their parent's
     * example, so one example written on an operation documents every type in it.
     */
    private static void examplesFromUsage(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, Object> found = new TreeMap<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    List<Content> contents = new ArrayList<>();
                    if (operation.getRequestBody() != null) {
                        contents.add(operation.getRequestBody().getContent());
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().forEach((code, response) -> {
                            if (code.startsWith("2")) {
                                contents.add(response.getContent());
                            }
                        });
                    }
                    for (Content content : contents) {
                        if (content == null || content.getMediaTypes() == null) {
                            continue;
                        }
                        for (MediaType media : content.getMediaTypes().values()) {
                            String name = refName(media.getSchema());
                            if (name == null || schemas.get(name) == null || hasExample(schemas.get(name))) {
                                continue;
                            }
                            List<Object> values = new ArrayList<>();
                            if (media.getExample() != null) {
                                values.add(media.getExample());
                            }
                            if (media.getExamples() != null) {
                                media.getExamples().values().forEach(e -> values.add(e.getValue()));
                            }
                            for (Object value : values) {
                                if (size(value) > size(found.get(name))) {
                                    found.put(name, value);
                                }
                            }
                        }
                    }
                }
            }
        }
        found.forEach((name, value) -> schemas.get(name).setExamples(List.of(value)));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Schema parent : schemas.values()) {
                if (!hasExample(parent) || parent.getProperties() == null) {
                    continue;
                }
                Object example = firstExample(parent);
                for (Map.Entry<String, Schema> property : parent.getProperties().entrySet()) {
                    Schema type = property.getValue();
                    Object value = member(example, property.getKey());
                    if (type.getItems() != null && refName(type) == null) {
                        type = type.getItems();
                        value = firstElement(value);
                    }
                    String name = refName(type);
                    if (name != null && size(value) >= 0 && schemas.get(name) != null
                            && !hasExample(schemas.get(name))) {
                        schemas.get(name).setExamples(List.of(value));
                        changed = true;
                    }
                }
            }
        }
        for (Schema schema : schemas.values()) {
            if (!hasExample(schema) && schema.getType() != null && schema.getType().contains(SchemaType.STRING)
                    && schema.getFormat() != null) {
                Object scalar = switch (schema.getFormat()) {
                    case "uuid" -> "0b9f6a4e-8d1c-4c7e-9f55-0d8c2b1f7a10";
                    case "date" -> "2026-03-02";
                    case "date-time" -> "2026-03-02T04:15:00Z";
                    default -> null;
                };
                if (scalar != null) {
                    schema.setExamples(List.of(scalar));
                }
            }
        }
    }

    private static String refName(Schema schema) {
        return schema == null || schema.getRef() == null
                ? null
                : schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
    }

    private static int size(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        if (value instanceof com.fasterxml.jackson.databind.JsonNode node) {
            return node.isNull() || node.isMissingNode() ? -1 : node.size();
        }
        return value == null ? -1 : 0;
    }

    private static Object member(Object value, String name) {
        if (value instanceof Map<?, ?> map) {
            return map.get(name);
        }
        if (value instanceof com.fasterxml.jackson.databind.JsonNode node && node.isObject()) {
            return node.get(name);
        }
        return null;
    }

    private static Object firstElement(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : list.get(0);
        }
        if (value instanceof com.fasterxml.jackson.databind.JsonNode node && node.isArray()) {
            return node.isEmpty() ? null : node.get(0);
        }
        return null;
    }

    /**
     * Pages and enums get an example derived from what they contain, so that every schema shows one without a
     * second copy of the item example on every {@code Page<T>}.
     */
    private static void addDerivedExamples(Map<String, Schema> schemas) {
        for (Schema schema : schemas.values()) {
            if (hasExample(schema)) {
                continue;
            }
            if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
                schema.setExamples(List.of(schema.getEnumeration().get(0)));
            }
        }
        for (Schema schema : schemas.values()) {
            if (hasExample(schema) || schema.getProperties() == null) {
                continue;
            }
            Schema items = schema.getProperties().get("items");
            if (items == null || items.getItems() == null || items.getItems().getRef() == null
                    || !schema.getProperties().containsKey("nextCursor")) {
                continue;
            }
            String itemName = items.getItems().getRef().substring(items.getItems().getRef().lastIndexOf('/') + 1);
            Schema item = schemas.get(itemName);
            if (item != null && hasExample(item)) {
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("items", List.of(firstExample(item)));
                page.put("nextCursor", "MjAyNi0wMy0wMlQwNDoxNTowMFp8MGI5ZjZhNGU");
                schema.setExamples(List.of(page));
            }
        }
    }

    /**
     * Drops schemas nothing refers to (the raw {@code Page} that the scanner registers besides every
     * {@code PageX}), so the document carries no dead types.
     */
    private static void removeUnreferencedSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> push(pending, p.getSchema()));
                    }
                    if (operation.getRequestBody() != null) {
                        pushContent(pending, operation.getRequestBody().getContent());
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values()
                                .forEach(r -> pushContent(pending, r.getContent()));
                    }
                }
            }
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && schemas.get(name) != null) {
                    pending.push(schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> push(pending, p));
            }
            push(pending, schema.getItems());
            push(pending, schema.getAdditionalPropertiesSchema());
            for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
                    schema.getOneOf())) {
                if (composed != null) {
                    composed.forEach(c -> push(pending, c));
                }
            }
        }
        Map<String, Schema> kept = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            if (used.contains(name)) {
                kept.put(name, schema);
            }
        });
        openAPI.getComponents().setSchemas(kept);
    }

    private static void pushContent(Deque<Schema> pending, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> push(pending, m.getSchema()));
        }
    }

    private static void push(Deque<Schema> pending, Schema schema) {
        if (schema != null) {
            pending.push(schema);
        }
    }

    static boolean hasExample(Schema schema) {
        return schema.getExample() != null || (schema.getExamples() != null && !schema.getExamples().isEmpty());
    }

    private static Object firstExample(Schema schema) {
        return schema.getExamples() != null && !schema.getExamples().isEmpty()
                ? schema.getExamples().get(0)
                : schema.getExample();
    }
}
