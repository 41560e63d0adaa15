package kz.migration.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import kz.migration.common.problem.Problem;

class RegistryApiConventionsTest {

    @Test
    void quarkusGenericDescriptionsGiveWayToTheConventionsWording() {
        Operation operation = securedGet();
        operation.getResponses()
                .addAPIResponse("400", OASFactory.createAPIResponse().description("Bad Request"))
                .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed"));

        Operation filtered = filter(operation);

        assertEquals("Invalid request: the violations name each field", description(filtered, "400"));
        assertEquals("No valid bearer token", description(filtered, "401"));
        assertEquals("The token's role may not call this operation", description(filtered, "403"));
        assertNotNull(filtered.getResponses().getAPIResponse("401").getContent().getMediaType(Problem.MEDIA_TYPE)
                .getExamples().get("unauthenticated"));
    }

    @Test
    void aDescriptionWrittenOnTheResourceIsKept() {
        Operation operation = securedGet();
        operation.getResponses().addAPIResponse("403",
                OASFactory.createAPIResponse().description("The contract belongs to another employer"));

        Operation filtered = filter(operation);

        assertEquals("The contract belongs to another employer", description(filtered, "403"));
        assertEquals("No valid bearer token", description(filtered, "401"));
    }

    private static Operation securedGet() {
        return OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt", List.of("employer")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().description("The contract")));
    }

    private static Operation filter(Operation operation) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(
                "/api/v1/contracts/{id}", OASFactory.createPathItem().GET(operation)));
        new RegistryApiConventions().filterOpenAPI(openAPI);
        return openAPI.getPaths().getPathItem("/api/v1/contracts/{id}").getGET();
    }

    private static String description(Operation operation, String status) {
        APIResponse response = operation.getResponses().getAPIResponse(status);
        return response.getDescription();
    }
}
