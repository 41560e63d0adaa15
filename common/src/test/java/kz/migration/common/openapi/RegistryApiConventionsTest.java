package kz.migration.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.web.PublicRateLimiter;

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

    @Test
    void anOperationBehindThePublicRateLimitDeclaresItsFailClosed503WithRetryAfter() {
        Operation operation = publicGet();

        Operation filtered = filter(operation);

        APIResponse unavailable = filtered.getResponses().getAPIResponse("503");
        assertNotNull(unavailable, "the limiter's 503 is declared");
        assertEquals(RegistryApiConventions.RATE_LIMIT_UNAVAILABLE, unavailable.getDescription());
        assertNotNull(unavailable.getHeaders().get(RegistryApiConventions.RETRY_AFTER));
        Map<?, ?> example = exampleValue(unavailable, RegistryApiConventions.RATE_LIMIT_UNAVAILABLE_EXAMPLE);
        assertEquals(ProblemType.UNAVAILABLE.uri().toString(), example.get("type"));
        assertEquals(503, example.get("status"));
        assertEquals(PublicRateLimiter.UNAVAILABLE_DETAIL, example.get("detail"));
        assertEquals(PublicRateLimiter.UNAVAILABLE_SECONDS, example.get("retryAfterSeconds"));

        APIResponse limited = filtered.getResponses().getAPIResponse("429");
        assertNotNull(limited.getHeaders().get(RegistryApiConventions.RETRY_AFTER));
        assertEquals(PublicRateLimiter.CAPACITY_DETAIL,
                exampleValue(limited, RegistryApiConventions.RATE_LIMIT_FULL_EXAMPLE).get("detail"));
        assertNotNull(exampleValue(limited, ProblemType.TOO_MANY_REQUESTS.slug()));
    }

    @Test
    void theLimitersUnavailableJoinsA503TheOperationDeclaresItself() {
        Operation operation = publicGet();
        operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                .description("certificate-key-expired: the signing key's period of use has ended")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .addExample("certificateKeyExpired",
                                OASFactory.createExample().value(Map.of("status", 503))))));

        APIResponse unavailable = filter(operation).getResponses().getAPIResponse("503");

        assertEquals("certificate-key-expired: the signing key's period of use has ended; or "
                + RegistryApiConventions.RATE_LIMIT_UNAVAILABLE, unavailable.getDescription());
        Map<String, ?> examples = unavailable.getContent().getMediaType(Problem.MEDIA_TYPE).getExamples();
        assertEquals(List.of("certificateKeyExpired", RegistryApiConventions.RATE_LIMIT_UNAVAILABLE_EXAMPLE),
                List.copyOf(examples.keySet()));
        assertEquals("#/components/schemas/" + RegistryApiConventions.PROBLEM_SCHEMA,
                unavailable.getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef());
    }

    @Test
    void anOperationNotBehindTheLimitGetsNo503() {
        assertNull(filter(securedGet()).getResponses().getAPIResponse("503"));
    }

    @Test
    void filteringTwiceAddsNothingTwice() {
        Operation operation = publicGet();
        Operation once = filter(operation);
        String description = once.getResponses().getAPIResponse("503").getDescription();

        Operation twice = filter(once);

        assertEquals(description, twice.getResponses().getAPIResponse("503").getDescription());
        assertTrue(twice.getResponses().getAPIResponse("503").getContent().getMediaType(Problem.MEDIA_TYPE)
                .getExamples().size() == 1);
    }

    /** A token-less lookup behind the public rate limit, which declares its 429 as such operations do. */
    private static Operation publicGet() {
        return OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("The contract"))
                        .addAPIResponse("429", OASFactory.createAPIResponse().description("Too many lookups")));
    }

    private static Map<?, ?> exampleValue(APIResponse response, String name) {
        Object value = response.getContent().getMediaType(Problem.MEDIA_TYPE).getExamples().get(name).getValue();
        assertTrue(value instanceof Map<?, ?>, name + " is an object");
        return (Map<?, ?>) value;
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
