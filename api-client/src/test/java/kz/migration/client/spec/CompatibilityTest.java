package kz.migration.client.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * /api/v1 stays backward compatible: each service's current spec is compared with its last released spec in
 * docs/openapi/released/ and any breaking change fails the build. The checker itself is shown to catch a removed
 * field and to accept additions.
 */
class CompatibilityTest {

    static List<String> services() {
        return OpenApiDocument.SERVICES;
    }

    private static OpenApiDocument released(String service) {
        return OpenApiDocument.read(OpenApiDocument.RELEASED.resolve(service + ".yaml"));
    }

    private static OpenApiDocument current(String service) {
        return OpenApiDocument.read(OpenApiDocument.DIRECTORY.resolve(service + ".yaml"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void currentSpecIsBackwardCompatibleWithTheReleasedOne(String service) {
        assertTrue(Files.exists(OpenApiDocument.RELEASED.resolve(service + ".yaml")), "released baseline of " + service);
        List<String> breaking = CompatibilityChecker.breakingChanges(released(service), current(service));
        assertEquals(List.of(), breaking, service + " breaks v1 clients:\n" + String.join("\n", breaking));
    }

    @Test
    void removingAResponseFieldIsBreaking() {
        OpenApiDocument changed = released("vacancy-service").copy();
        schema(changed, "Vacancy").remove("labourMarketTestPassed");

        List<String> breaking = CompatibilityChecker.breakingChanges(released("vacancy-service"), changed);

        assertTrue(breaking.stream().anyMatch(b -> b.startsWith("GET /api/v1/vacancies/{id} response 200")
                && b.endsWith("property labourMarketTestPassed removed")), breaking.toString());
    }

    @Test
    void additiveChangesAreAccepted() {
        OpenApiDocument changed = released("vacancy-service").copy();
        schema(changed, "Vacancy").put("archivedOn", Map.of("type", "string", "format", "date"));
        schema(changed, "VacancyRequest").put("internalReference", Map.of("type", "string", "maxLength", 64));
        changed.paths().put("/api/v1/vacancy-archives", Map.of("get", Map.of("operationId", "listArchives",
                "responses", Map.of("200", Map.of("description", "One page")))));

        assertEquals(List.of(), CompatibilityChecker.breakingChanges(released("vacancy-service"), changed));
    }

    @Test
    void newRequiredInputsNarrowedConstraintsAndRemovedOperationsAreBreaking() {
        OpenApiDocument changed = released("vacancy-service").copy();
        Map<String, Object> request = OpenApiDocument.map(changed.schemas().get("VacancyRequest"));
        List<Object> required = new ArrayList<>((List<?>) request.get("required"));
        required.add("costCentre");
        request.put("required", required);
        schema(changed, "VacancyRequest").put("costCentre", Map.of("type", "string"));
        OpenApiDocument.map(schema(changed, "VacancyRequest").get("title")).put("maxLength", 3);
        OpenApiDocument.map(changed.paths().get("/api/v1/vacancies/{id}")).remove("patch");

        List<String> breaking = CompatibilityChecker.breakingChanges(released("vacancy-service"), changed);

        assertTrue(breaking.stream().anyMatch(b -> b.equals("POST /api/v1/vacancies request body: property costCentre became required")), breaking.toString());
        assertTrue(breaking.stream().anyMatch(b -> b.endsWith(".title: maxLength lowered from 200 to 3")), breaking.toString());
        assertTrue(breaking.contains("removed operation PATCH /api/v1/vacancies/{id}"), breaking.toString());
    }

    /** The properties of a component schema, to change in place. */
    private static Map<String, Object> schema(OpenApiDocument document, String name) {
        return OpenApiDocument.map(OpenApiDocument.map(document.schemas().get(name)).get("properties"));
    }
}
