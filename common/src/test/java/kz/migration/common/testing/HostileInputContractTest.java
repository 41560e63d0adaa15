package kz.migration.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import kz.migration.common.security.Roles;
import kz.migration.common.testing.OpenApiOperations.ApiOperation;
import kz.migration.common.testing.OpenApiOperations.ApiParameter;
import kz.migration.testsupport.TestTokens;

/**
 * Malformed and hostile requests, generated from the service's own OpenAPI document: for every operation with a
 * request body, each field replaced by each hostile value and the body damaged as a whole; for every query
 * parameter, hostile values. All are sent with a role the operation allows and the caller's own BIN/region (an
 * advocate: its own organisation), so they
 * reach validation and the service. Every answer must be below 500, every error a problem+json with status, title
 * and detail, and a refused request must leave the service's tables as they were ({@link ServiceTables}). At least
 * {@link #minimumCases()} requests per service; each service extends this once.
 */
public abstract class HostileInputContractTest {

    private static final List<String> HOSTILE_QUERY_VALUES = List.of("-1", "0", "99999999999999999999", "abc",
            "' OR '1'='1", "1; DROP TABLE audit_record; --", "<script>alert(1)</script>", "\u0000", "%00",
            "😀😀😀", "\u202E", "2026-02-30", "0000-01-01", "+1000000000-01-01", "NaN", "1e400", "A".repeat(2000),
            "../../etc/passwd", "true", "[]", "{}", "not-a-cursor", "eyJhbGciOiJub25lIn0", "000000000000",
            "123456789012");

    @Inject
    DataSource dataSource;

    /** The BIN of the employer whose token sends the requests. */
    protected String ownerBin() {
        return OWNER_BIN;
    }

    /** The region of the officer whose token sends the requests. */
    protected String ownerRegion() {
        return "750000000";
    }

    /** The organisation of the advocate whose token sends the requests. */
    protected String ownerAdvocate() {
        return "hostile-input-suite";
    }

    /** How many requests the suite must send at least. */
    protected int minimumCases() {
        return 1000;
    }

    /** How many requests at most (a seeded sample when more are generated), to keep the run short. */
    protected int maximumCases() {
        return 1500;
    }

    /** Tables that background work (consumers, scheduled jobs) may change while the suite runs. */
    protected Set<String> tablesChangedInTheBackground() {
        return Set.of();
    }

    /** A value for a path parameter; services may return a real record's id to reach deeper. */
    protected String pathValue(ApiOperation operation, String name) {
        String lower = name.toLowerCase();
        if (lower.contains("bin")) {
            return ownerBin();
        }
        if (lower.contains("region")) {
            return ownerRegion();
        }
        if (lower.contains("year")) {
            return "2026";
        }
        if (lower.contains("category")) {
            return "CATEGORY_3";
        }
        if (lower.contains("seq")) {
            return "1";
        }
        if (lower.contains("number")) {
            return "WP-2026-000001";
        }
        return UUID.randomUUID().toString();
    }

    private static final String OWNER_BIN = TestIdentifiers.randomBin();

    @Test
    void hostileRequestsAreRefusedWithProblemDetailsAndChangeNothing() {
        OpenApiOperations document = OpenApiOperations.read();
        HostileBodies bodies = new HostileBodies(document);
        List<Request> requests = new ArrayList<>();
        for (ApiOperation operation : document.operations()) {
            if (operation.roles().isEmpty()) {
                for (ApiParameter query : operation.in("query")) {
                    HOSTILE_QUERY_VALUES.forEach(value -> requests.add(Request.query(operation, query.name(), value)));
                }
                continue;
            }
            if (operation.body() != null) {
                bodies.cases(operation.body()).forEach(c -> requests.add(Request.body(operation, c)));
            }
            for (ApiParameter query : operation.in("query")) {
                HOSTILE_QUERY_VALUES.forEach(value -> requests.add(Request.query(operation, query.name(), value)));
            }
        }
        if (requests.size() > maximumCases()) {
            Collections.shuffle(requests, new Random(20260302L));
            requests.subList(maximumCases(), requests.size()).clear();
        }
        assertTrue(requests.size() >= minimumCases(),
                "only " + requests.size() + " hostile requests could be generated from the OpenAPI document");

        ServiceTables tables = new ServiceTables(dataSource, tablesChangedInTheBackground());
        Map<String, String> tokens = new HashMap<>();
        List<String> failures = new ArrayList<>();
        Map<String, Long> before = tables.counts();
        int accepted = 0;
        int cutOff = 0;
        for (Request request : requests) {
            Response response;
            try {
                response = send(request, tokens);
            } catch (Exception e) { // RestAssured rethrows the client's checked IOExceptions undeclared
                if (!(rootCause(e) instanceof SocketException) || !request.oversized()) {
                    throw new IllegalStateException(request + " failed", e);
                }
                // the server answered 413 and closed the connection while the client was still sending
                cutOff++;
                continue;
            }
            int status = response.statusCode();
            Map<String, Long> after = tables.counts();
            if (status >= 500) {
                failures.add(request + " -> " + status + " " + abbreviate(response.asString()));
            } else if (status >= 400) {
                String problem = problemDefect(response);
                if (problem != null) {
                    failures.add(request + " -> " + status + ": " + problem);
                }
                if (!after.equals(before)) {
                    failures.add(request + " -> " + status + " but changed row counts " + before + " -> " + after);
                }
            } else {
                accepted++;
            }
            before = after;
        }
        System.out.printf(
                "Hostile input: %d requests, %d accepted as valid, %d cut off at the body limit, %d failures%n",
                requests.size(), accepted, cutOff, failures.size());
        assertEquals(before, tables.counts(), "row counts after the cut-off requests");
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests.size() + " hostile requests misbehaved:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private Response send(Request request, Map<String, String> tokens) {
        ApiOperation operation = request.operation();
        RequestSpecification spec = given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig
                .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        if (!operation.roles().isEmpty()) {
            String role = operation.roles().get(0);
            spec = spec.auth().oauth2(tokens.computeIfAbsent(role, this::tokenFor));
        }
        spec = spec.header("Idempotency-Key", UUID.randomUUID().toString()).header("If-Match", "\"0\"");
        if (request.bodyCase() != null) {
            HostileBodies.Case body = request.bodyCase();
            spec = body.contentType().startsWith("application/json")
                    ? spec.contentType(body.contentType()).body(body.body().getBytes(StandardCharsets.UTF_8))
                    : spec.contentType(body.contentType()).body(body.body());
        } else if (!operation.method().equals("get") && !operation.method().equals("delete")) {
            spec = spec.contentType("application/json").body("{}");
        }
        if (request.queryName() != null) {
            spec = spec.queryParam(request.queryName(), request.queryValue());
        }
        String path = operation.path();
        for (ApiParameter parameter : operation.in("path")) {
            path = path.replace("{" + parameter.name() + "}", pathValue(operation, parameter.name()));
        }
        return spec.request(operation.method().toUpperCase(), path);
    }

    private String tokenFor(String role) {
        return switch (role) {
            case Roles.EMPLOYER -> TestTokens.employer(ownerBin());
            case Roles.OFFICER -> TestTokens.officer(ownerRegion());
            case Roles.INSPECTOR -> TestTokens.inspector(ownerRegion());
            case Roles.ADVOCATE -> TestTokens.advocate(ownerAdvocate());
            default -> TestTokens.role(role);
        };
    }

    /** What is wrong with an error answer as problem+json, or null. */
    static String problemDefect(Response response) {
        String contentType = response.contentType();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "content type " + contentType + ", body " + abbreviate(response.asString());
        }
        try {
            Map<String, Object> problem = response.jsonPath().getMap("$");
            if (!(problem.get("status") instanceof Number status) || status.intValue() != response.statusCode()) {
                return "status member " + problem.get("status");
            }
            if (problem.get("title") == null || problem.get("detail") == null) {
                return "no title or detail: " + problem;
            }
            return null;
        } catch (RuntimeException unreadable) {
            return "unreadable problem body " + abbreviate(response.asString());
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 300 ? text : text.substring(0, 300) + "...";
    }

    private record Request(ApiOperation operation, HostileBodies.Case bodyCase, String queryName, String queryValue) {
        static Request body(ApiOperation operation, HostileBodies.Case bodyCase) {
            return new Request(operation, bodyCase, null, null);
        }

        boolean oversized() {
            return bodyCase != null && bodyCase.body().length() > 256 * 1024;
        }

        static Request query(ApiOperation operation, String name, String value) {
            return new Request(operation, null, name, value);
        }

        @Override
        public String toString() {
            String what = bodyCase != null
                    ? bodyCase.description()
                    : "?" + queryName + "="
                            + (queryValue.length() > 40 ? queryValue.substring(0, 40) + "..." : queryValue);
            return operation + " [" + what + "]";
        }
    }
}
