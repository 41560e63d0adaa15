package kz.migration.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import kz.migration.common.security.Roles;
import kz.migration.common.testing.OpenApiOperations.ApiOperation;
import kz.migration.common.testing.OpenApiOperations.ApiParameter;
import kz.migration.testsupport.TestTokens;

/**
 * Owner isolation, generated from the service's OpenAPI document: every operation with a path parameter that an
 * employer, an officer, an inspector or an advocate may call is called with that role but ANOTHER owner's BIN or
 * region (another advocate's organisation) on a record of the owner made by {@link #createOwnedRecords}, and must
 * answer exactly as for a missing record (404 for reads), change nothing, and lists must show none of the owner's
 * records. A path without a fixture fails the suite, so a new
 * endpoint is covered the day it appears.
 * <p>
 * The fixtures are also the service's main flow for two more checks: every successful write made through the API
 * has an audit record (found by its unique X-Request-Id), and the service's log output holds none of the personal
 * data the flow used, nor its bearer tokens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OwnerIsolationContractTest {

    private static final Set<String> SCOPED_ROLES = Set.of(Roles.EMPLOYER, Roles.OFFICER, Roles.INSPECTOR,
            Roles.ADVOCATE);
    private static final Pattern UUIDS = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMBERS = Pattern.compile("\\b([A-Z]{2}-\\d{4}-)\\d{6}\\b");
    private static final Path LOG_FILE = Path.of("target", "quarkus-test.log");

    @Inject
    DataSource dataSource;

    private final String ownerBin = TestIdentifiers.randomBin();
    private final String otherBin = TestIdentifiers.randomBin();
    private final String ownerAdvocate = "owner-" + UUID.randomUUID();
    private Map<String, String> owned;
    private final List<Write> writes = new ArrayList<>();
    private final Set<String> tokensUsed = new LinkedHashSet<>();
    private long logOffset;

    /** A successful write of the fixture flow and the request id it was sent with. */
    protected record Write(String operation, String requestId) {
    }

    /**
     * Creates one record of every kind the service owns, belonging to employer {@code bin} in {@code region}
     * (through the API where possible), and returns for every path template with parameters the concrete path of
     * the owner's record, e.g. {@code "/api/v1/vacancies/{id}" -> "/api/v1/vacancies/3f2...}"}.
     */
    protected abstract Map<String, String> createOwnedRecords(String bin, String region);

    /** The owner's region (a KATO code). */
    protected String ownerRegion() {
        return "750000000";
    }

    /** Another region, for the officer who must not see the owner's records. */
    protected String otherRegion() {
        return "710000000";
    }

    /** The body sent with a write as the other owner; a valid body reaches the owner check behind validation. */
    protected Object bodyFor(ApiOperation operation) {
        return "{}";
    }

    /** Personal data the fixtures sent (passport numbers, IINs): never in the log. */
    protected Set<String> personalData() {
        return Set.of();
    }

    /** Tables that background work (consumers, jobs) may change while the suite runs. */
    protected Set<String> tablesChangedInTheBackground() {
        return Set.of();
    }

    /** Operations whose path parameters do not name an owned record (e.g. a public registry sequence). */
    protected boolean notOwnerScoped(ApiOperation operation) {
        return false;
    }

    protected String ownerBin() {
        return ownerBin;
    }

    /** The organisation of the advocate who owns what it filed ({@code TestTokens.advocate(ownerAdvocate())}). */
    protected String ownerAdvocate() {
        return ownerAdvocate;
    }

    private synchronized Map<String, String> owned() {
        if (owned == null) {
            logOffset = logSize();
            Filter recorder = (request, response, context) -> {
                String requestId = "flow-" + UUID.randomUUID();
                request.header("X-Request-Id", requestId);
                String authorization = request.getHeaders().getValue("Authorization");
                if (authorization != null) {
                    tokensUsed.add(authorization.replaceFirst("^Bearer ", ""));
                }
                Response answer = context.next(request, response);
                String path = request.getURI().replaceFirst("^https?://[^/]+", "");
                boolean write = !request.getMethod().equals("GET") && path.startsWith("/api/v1/")
                        && !path.startsWith("/api/v1/public/");
                if (write && answer.statusCode() < 300) {
                    writes.add(new Write(request.getMethod() + " " + path, requestId));
                }
                return answer;
            };
            List<Filter> previous = new ArrayList<>(RestAssured.filters());
            RestAssured.filters(recorder);
            try {
                owned = new LinkedHashMap<>(createOwnedRecords(ownerBin, ownerRegion()));
            } finally {
                RestAssured.replaceFiltersWith(previous);
            }
        }
        return owned;
    }

    private List<ApiOperation> scopedWithPath() {
        return OpenApiOperations.read().operations().stream()
                .filter(o -> o.hasPathParameters() && o.roles().stream().anyMatch(SCOPED_ROLES::contains))
                .filter(o -> !notOwnerScoped(o)).toList();
    }

    @Test
    void everyOwnerScopedOperationHasAFixture() {
        Map<String, String> fixtures = owned();
        List<String> missing = scopedWithPath().stream().filter(o -> !fixtures.containsKey(o.path()))
                .map(ApiOperation::toString).toList();
        assertEquals(List.of(), missing,
                "operations an employer or officer may call without an owned record in createOwnedRecords");
    }

    @Test
    void anotherOwnerIsAnsweredAsForAMissingRecordAndChangesNothing() {
        Map<String, String> fixtures = owned();
        ServiceTables tables = new ServiceTables(dataSource, tablesChangedInTheBackground());
        Map<String, String> ownerViewsBefore = ownerViews(fixtures);
        Map<String, Long> countsBefore = tables.counts();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (ApiOperation operation : scopedWithPath()) {
            String path = fixtures.get(operation.path());
            if (path == null) {
                continue;
            }
            for (String role : operation.roles()) {
                if (!SCOPED_ROLES.contains(role)) {
                    continue;
                }
                String token = otherOwnersToken(role);
                Response other = send(operation, token, path);
                Response missing = send(operation, token, missingPath(path));
                calls++;
                String what = operation + " as another " + role + " on " + path;
                if (other.statusCode() < 400) {
                    failures.add(what + " -> " + other.statusCode() + " " + other.asString());
                } else if (operation.method().equals("get") && other.statusCode() != 404) {
                    failures.add(what + " -> " + other.statusCode() + ", not 404");
                } else if (other.statusCode() != missing.statusCode()) {
                    failures.add(what + " -> " + other.statusCode() + " but a missing record -> "
                            + missing.statusCode() + " (tells the record exists)");
                } else if (HostileInputContractTest.problemDefect(other) != null) {
                    failures.add(what + ": " + HostileInputContractTest.problemDefect(other));
                }
            }
        }
        assertTrue(calls > 0 || fixtures.isEmpty(), "no owner-scoped operation was called");
        assertEquals(List.of(), failures);
        assertEquals(countsBefore, tables.counts(), "another owner's attempts changed rows");
        assertEquals(ownerViewsBefore, ownerViews(fixtures), "another owner's attempts changed the owner's records");
    }

    @Test
    void listsShowAnotherOwnerNoneOfTheOwnersRecords() {
        Set<String> ownerIds = new LinkedHashSet<>();
        for (String path : owned().values()) {
            UUIDS.matcher(path).results().forEach(m -> ownerIds.add(m.group()));
            Matcher numbers = NUMBERS.matcher(path);
            while (numbers.find()) {
                ownerIds.add(numbers.group());
            }
        }
        List<String> failures = new ArrayList<>();
        for (ApiOperation operation : OpenApiOperations.read().operations()) {
            if (!operation.method().equals("get") || operation.hasPathParameters()) {
                continue;
            }
            for (String role : operation.roles()) {
                if (!SCOPED_ROLES.contains(role)) {
                    continue;
                }
                String token = otherOwnersToken(role);
                for (Map<String, String> query : ownerFilters(operation)) {
                    Response response = given().auth().oauth2(token).queryParams(query).get(operation.path());
                    String body = response.asString();
                    ownerIds.stream().filter(body::contains).forEach(id -> failures
                            .add(operation + " as another " + role + " " + query + " shows " + id));
                    if (body.contains(ownerBin)) {
                        failures.add(operation + " as another " + role + " " + query + " shows BIN " + ownerBin);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everySuccessfulWriteOfTheFlowHasAnAuditRecord() {
        owned();
        String auditor = TestTokens.role(Roles.AUDITOR);
        List<String> unaudited = new ArrayList<>();
        for (Write write : writes) {
            List<String> outcomes = given().auth().oauth2(auditor).queryParam("correlationId", write.requestId())
                    .get("/api/v1/audit-records").then().statusCode(200).extract().path("items.outcome");
            if (!outcomes.contains("SUCCESS")) {
                unaudited.add(write.operation() + " (" + write.requestId() + ")");
            }
        }
        assertEquals(List.of(), unaudited, "successful writes without an audit record");
    }

    @Test
    void theFlowsLogHoldsNoPersonalDataOrTokens() throws IOException {
        owned();
        String log = readLogFrom(logOffset);
        assertTrue(Files.exists(LOG_FILE), "the test profile logs to " + LOG_FILE);
        for (String value : personalData()) {
            assertTrue(!log.contains(value), "the log holds personal data " + value.charAt(0) + "...");
        }
        for (String token : tokensUsed) {
            assertTrue(!log.contains(token), "the log holds a bearer token");
        }
        assertTrue(!Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.eyJ").matcher(log).find(), "the log holds a JWT");
    }

    private String otherOwnersToken(String role) {
        return switch (role) {
            case Roles.EMPLOYER -> TestTokens.employer(otherBin);
            case Roles.INSPECTOR -> TestTokens.inspector(otherRegion());
            case Roles.ADVOCATE -> TestTokens.advocate("other-" + ownerAdvocate);
            default -> TestTokens.officer(otherRegion());
        };
    }

    private String ownersToken(String role) {
        return switch (role) {
            case Roles.EMPLOYER -> TestTokens.employer(ownerBin);
            case Roles.OFFICER -> TestTokens.officer(ownerRegion());
            case Roles.INSPECTOR -> TestTokens.inspector(ownerRegion());
            case Roles.ADVOCATE -> TestTokens.advocate(ownerAdvocate);
            default -> TestTokens.role(role);
        };
    }

    private List<Map<String, String>> ownerFilters(ApiOperation operation) {
        List<Map<String, String>> queries = new ArrayList<>();
        queries.add(Map.of());
        Map<String, String> filters = new HashMap<>();
        for (ApiParameter parameter : operation.in("query")) {
            String name = parameter.name().toLowerCase();
            if (name.contains("bin")) {
                filters.put(parameter.name(), ownerBin);
            } else if (name.contains("region")) {
                filters.put(parameter.name(), ownerRegion());
            }
        }
        if (!filters.isEmpty()) {
            queries.add(filters);
        }
        return queries;
    }

    /** The owner's own view of each fixture that has a GET, to prove nothing of it changed. */
    private Map<String, String> ownerViews(Map<String, String> fixtures) {
        Map<String, String> views = new LinkedHashMap<>();
        for (ApiOperation operation : OpenApiOperations.read().operations()) {
            String path = fixtures.get(operation.path());
            if (path == null || !operation.method().equals("get")) {
                continue;
            }
            String role = List.of(Roles.EMPLOYER, Roles.OFFICER, Roles.INSPECTOR, Roles.ADVOCATE).stream()
                    .filter(operation.roles()::contains).findFirst()
                    .orElse(operation.roles().isEmpty() ? Roles.AUDITOR : operation.roles().get(0));
            String token = ownersToken(role);
            Response response = given().auth().oauth2(token).get(path);
            views.put(path, response.statusCode() + " " + response.asString());
        }
        return views;
    }

    private Response send(ApiOperation operation, String token, String path) {
        RequestSpecification spec = given().auth().oauth2(token).header("If-Match", "\"0\"")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (!operation.method().equals("get") && !operation.method().equals("delete")) {
            Object body = bodyFor(operation);
            spec = spec.contentType("application/json")
                    .body(body instanceof String text ? text : HostileBodies.write(body));
        }
        return spec.request(operation.method().toUpperCase(), path);
    }

    /** The same path with every record id replaced by one that does not exist. */
    private static String missingPath(String path) {
        String withoutUuids = UUIDS.matcher(path).replaceAll(m -> UUID.randomUUID().toString());
        return NUMBERS.matcher(withoutUuids).replaceAll(
                m -> m.group(1) + String.format("%06d", ThreadLocalRandom.current().nextInt(900_000, 1_000_000)));
    }

    private static long logSize() {
        try {
            return Files.exists(LOG_FILE) ? Files.size(LOG_FILE) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String readLogFrom(long offset) throws IOException {
        if (!Files.exists(LOG_FILE)) {
            return "";
        }
        byte[] bytes = Files.readAllBytes(LOG_FILE);
        int from = (int) Math.min(offset, bytes.length);
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }
}
