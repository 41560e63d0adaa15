package kz.migration.client.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every published spec follows the registry's API style (SpecLinter's rules). */
class SpecLintTest {

    static List<String> services() {
        return OpenApiDocument.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void publishedSpecPassesTheLintRules(String service) {
        OpenApiDocument document = OpenApiDocument.read(OpenApiDocument.DIRECTORY.resolve(service + ".yaml"));
        List<String> findings = SpecLinter.lint(document);
        assertEquals(List.of(), findings, service + ":\n" + String.join("\n", findings));
    }

    /** One operationId names one operation everywhere; only common's shared endpoints appear in every service. */
    @Test
    void operationIdsAreUniqueAcrossTheRegistry() {
        Map<String, String> operations = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String service : services()) {
            OpenApiDocument document = OpenApiDocument.read(OpenApiDocument.DIRECTORY.resolve(service + ".yaml"));
            for (OpenApiDocument.OperationRef operation : document.operations()) {
                String id = (String) operation.operation().get("operationId");
                String previous = operations.putIfAbsent(id, operation.id());
                if (previous != null && !previous.equals(operation.id())) {
                    clashes.add(id + " names " + previous + " and, in " + service + ", " + operation.id());
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void linterFlagsASingularCollectionAndAnErrorWithoutProblemJson() {
        OpenApiDocument document = OpenApiDocument
                .read(OpenApiDocument.DIRECTORY.resolve("vacancy-service.yaml")).copy();
        Map<String, Object> paths = document.paths();
        paths.put("/api/v1/vacancy/{id}/Notes", paths.get("/api/v1/vacancies/{id}"));
        Map<String, Object> get = OpenApiDocument.map(OpenApiDocument.map(paths.get("/api/v1/vacancies/{id}")).get("get"));
        OpenApiDocument.map(OpenApiDocument.map(get.get("responses")).get("404")).put("content",
                Map.of("application/json", Map.of()));
        List<String> findings = SpecLinter.lint(document);
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("plural: 'vacancy'")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("kebab-case: segment 'Notes'")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("problem-json: 404 of GET /api/v1/vacancies/{id}")),
                findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("operation-id: getVacancy is used twice")),
                findings.toString());
    }
}
