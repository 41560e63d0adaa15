package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.testing.OpenApiOperations;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * The request-body examples this service publishes for its labour-immigrant operations, read from the served
 * /q/openapi, are accepted by the API: each one is posted once, in the order of the flow, and succeeds.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class LabourImmigrantApiExamplesTest extends PermitScenario {

    static final String PATH = LabourImmigrantSteps.PATH;

    /** The examples' own day: their tax is the 2026 one and the payment example was made that morning. */
    static final LocalDate EXAMPLES_DAY = LocalDate.of(2026, 12, 8);

    final LabourImmigrantSteps steps = new LabourImmigrantSteps(this);

    /** "POST /path" → every example of its JSON request body, from the media type and from the schema. */
    @SuppressWarnings("unchecked")
    static Map<String, List<Map<String, Object>>> requestExamples() {
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        OpenApiOperations operations = OpenApiOperations.read();
        Map<String, List<Map<String, Object>>> examples = new TreeMap<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!path.startsWith(PATH) || !(value instanceof Map<?, ?> operation)
                    || operation.get("requestBody") == null) {
                return;
            }
            Map<String, Object> media = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) operation
                    .get("requestBody")).get("content")).get("application/json");
            List<Map<String, Object>> found = new ArrayList<>();
            ((Map<String, Map<String, Object>>) media.getOrDefault("examples", Map.of()))
                    .forEach((name, example) -> found.add((Map<String, Object>) example.get("value")));
            if (media.get("example") != null) {
                found.add((Map<String, Object>) media.get("example"));
            }
            Map<String, Object> schema = operations.resolve((Map<String, Object>) media.get("schema"));
            ((List<Map<String, Object>>) schema.getOrDefault("examples", List.of())).forEach(found::add);
            if (schema.get("example") != null) {
                found.add((Map<String, Object>) schema.get("example"));
            }
            examples.put(method.toUpperCase() + " " + path, found);
        }));
        return examples;
    }

    static Map<String, Object> only(Map<String, List<Map<String, Object>>> examples, String operation) {
        List<Map<String, Object>> found = examples.get(operation);
        assertEquals(1, found.size(), operation + " examples: " + found);
        return found.get(0);
    }

    @Test
    void everyPublishedRequestExampleIsAcceptedInTheOrderOfTheFlow() {
        setToday(EXAMPLES_DAY);
        Map<String, List<Map<String, Object>>> examples = requestExamples();
        assertEquals(List.of("POST " + PATH, "POST " + PATH + "/requests/{id}/agreement",
                "POST " + PATH + "/requests/{id}/decision", "POST " + PATH + "/tax-dues/{reference}/payment",
                "POST " + PATH + "/{number}/extensions"), new ArrayList<>(examples.keySet()));
        examples.values().forEach(found -> assertFalse(found.isEmpty()));

        Map<String, Object> request = only(examples, "POST " + PATH);
        String region = (String) request.get("region");
        String id = LabourImmigrantSteps.file(LabourImmigrantSteps.officer(region), request).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(LabourImmigrantSteps.police()).contentType(ContentType.JSON)
                .body(only(examples, "POST " + PATH + "/requests/{id}/agreement"))
                .post(PATH + "/requests/{id}/agreement", id).then().statusCode(200);
        String reference = given().auth().oauth2(LabourImmigrantSteps.officer(region)).contentType(ContentType.JSON)
                .body(only(examples, "POST " + PATH + "/requests/{id}/decision"))
                .post(PATH + "/requests/{id}/decision", id).then().statusCode(200)
                .body("status", is("AWAITING_TAX")).extract().path("taxDue.reference");
        given().auth().oauth2(TestTokens.role("payment-gateway")).contentType(ContentType.JSON)
                .body(only(examples, "POST " + PATH + "/tax-dues/{reference}/payment"))
                .post(PATH + "/tax-dues/{reference}/payment", reference).then().statusCode(200)
                .body("status", is("PAID"));
        steps.quotaAnswers(id, true);
        String number = LabourImmigrantSteps.getRequest(LabourImmigrantSteps.officer(region), id)
                .body("status", is("ISSUED")).extract().path("permitNumber");
        given().auth().oauth2(LabourImmigrantSteps.officer(region)).contentType(ContentType.JSON)
                .body(only(examples, "POST " + PATH + "/{number}/extensions"))
                .post(PATH + "/{number}/extensions", number).then().statusCode(200)
                .body("taxDue.purpose", is("EXTENSION"));
    }
}
