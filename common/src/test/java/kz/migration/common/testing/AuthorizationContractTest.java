package kz.migration.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import kz.migration.common.security.Roles;
import kz.migration.testsupport.TestTokens;

/**
 * The authorisation contract of a service, generated from its own OpenAPI document so that a new endpoint is
 * covered the day it appears: every operation that declares roles answers 401 problem+json without a token and
 * 403 problem+json to every other role; every operation without roles is deliberately public. Each service
 * extends this once.
 */
public abstract class AuthorizationContractTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One operation of the document, with the roles its security requirement names (empty = public). */
    protected record Operation(String method, String path, List<String> roles) {
        String concretePath() {
            return path.replaceAll("\\{[^}]*(?i:bin)[^}]*}", "291417776310")
                    .replaceAll("\\{[^}]*(?i:year)[^}]*}", "2026")
                    .replaceAll("\\{[^}]*(?i:seq)[^}]*}", "1")
                    .replaceAll("\\{[^}]*(?i:number)[^}]*}", "XX-2026-000001")
                    .replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @SuppressWarnings("unchecked")
    protected List<Operation> operations() {
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        List<Operation> operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        for (var path : paths.entrySet()) {
            for (var method : path.getValue().entrySet()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) method.getValue();
                List<String> roles = new ArrayList<>();
                List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation
                        .get("security");
                if (security != null) {
                    security.forEach(requirement -> requirement.values().forEach(roles::addAll));
                }
                operations.add(new Operation(method.getKey(), path.getKey(), roles));
            }
        }
        return operations;
    }

    /** Operations that are public on purpose (verification by permit or contract number, open vacancies). */
    protected boolean isPublic(Operation operation) {
        return operation.path().startsWith("/api/v1/public/");
    }

    @Test
    void everyOperationIsEitherRoleProtectedOrDeliberatelyPublic() {
        List<Operation> operations = operations();
        assertFalse(operations.isEmpty(), "the service documents its operations");
        for (Operation operation : operations) {
            assertTrue(!operation.roles().isEmpty() || isPublic(operation),
                    operation + " declares no roles and is not under /api/v1/public/");
        }
    }

    @Test
    void everyProtectedOperationAnswers401WithoutAToken() {
        for (Operation operation : operations()) {
            if (operation.roles().isEmpty()) {
                continue;
            }
            Response response = send(given(), operation);
            assertEquals(401, response.statusCode(), operation + " without a token");
            assertEquals("application/problem+json", response.contentType().split(";")[0], operation + " content type");
        }
    }

    @Test
    void everyProtectedOperationAnswers403ToEveryOtherRole() {
        for (Operation operation : operations()) {
            if (operation.roles().isEmpty()) {
                continue;
            }
            for (String role : Roles.ALL) {
                if (operation.roles().contains(role)) {
                    continue;
                }
                Response response = send(given().auth().oauth2(tokenFor(role)), operation);
                assertEquals(403, response.statusCode(), operation + " as " + role);
                assertEquals("application/problem+json", response.contentType().split(";")[0],
                        operation + " as " + role + " content type");
            }
        }
    }

    protected static String tokenFor(String role) {
        return switch (role) {
            case Roles.EMPLOYER -> TestTokens.employer("291417776310");
            case Roles.OFFICER -> TestTokens.officer("750000000");
            case Roles.INSPECTOR -> TestTokens.inspector("750000000");
            case Roles.ADVOCATE -> TestTokens.advocate("authorization-suite");
            default -> TestTokens.role(role);
        };
    }

    private static Response send(RequestSpecification request, Operation operation) {
        RequestSpecification withBody = operation.method().equals("get") || operation.method().equals("delete")
                ? request
                : request.contentType(ContentType.JSON).body("{}");
        return withBody.header("If-Match", "\"0\"").request(operation.method().toUpperCase(), operation.concretePath());
    }
}
