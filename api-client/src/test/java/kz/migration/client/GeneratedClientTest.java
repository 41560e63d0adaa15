package kz.migration.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import kz.migration.client.vacancy.ApiClient;
import kz.migration.client.vacancy.ApiException;
import kz.migration.client.vacancy.ApiResponse;
import kz.migration.client.vacancy.api.VacanciesApi;
import kz.migration.client.vacancy.model.Vacancy;
import kz.migration.client.vacancy.model.VacancyPatch;

/**
 * The generated client speaks the registry's conventions: it sends the bearer token, X-Client-Id, a fresh
 * X-Request-Id, If-Match and Idempotency-Key, reads the typed answer and its ETag, and turns problem+json into an
 * {@link ApiProblem}. Against a stub server; the acceptance tests use it against the real stack.
 */
class GeneratedClientTest {

    private static final UUID VACANCY = UUID.fromString("0b9f6a4e-8d1c-4c7e-9f55-0d8c2b1f7a10");

    private HttpServer server;
    private final Map<String, String> received = new ConcurrentHashMap<>();
    private VacanciesApi vacancies;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/vacancies", this::answer);
        server.start();
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + server.getAddress().getPort());
        client.setRequestInterceptor(RegistryHeaders.bearer("dev-token", "acceptance-tests"));
        vacancies = new VacanciesApi(client);
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    @Test
    void sendsTheIntegrationHeadersAndReadsTheVersionedAnswer() throws Exception {
        ApiResponse<Vacancy> answer = vacancies.patchVacancyWithHttpInfo(VACANCY, new VacancyPatch().positions(3),
                "\"2\"");

        assertEquals(200, answer.getStatusCode());
        assertEquals(VACANCY, answer.getData().getId());
        assertEquals("\"3\"", answer.getHeaders().get("ETag").get(0));
        assertEquals("Bearer dev-token", received.get("Authorization"));
        assertEquals("acceptance-tests", received.get("X-Client-Id"));
        assertEquals("\"2\"", received.get("If-Match"));
        assertTrue(received.get("X-Request-Id").matches("[0-9a-f-]{36}"), received.get("X-Request-Id"));
    }

    @Test
    void sendsTheIdempotencyKeyOfACreate() throws Exception {
        vacancies.postVacancy(new kz.migration.client.vacancy.model.VacancyRequest().title("Welder"), "post-1");

        assertEquals("post-1", received.get("Idempotency-Key"));
        assertEquals("POST", received.get("method"));
    }

    @Test
    void problemJsonBecomesAnApiProblem() {
        ApiException refused = assertThrows(ApiException.class,
                () -> vacancies.getVacancy(UUID.fromString("00000000-0000-0000-0000-000000000000")));

        ApiProblem problem = ApiProblem.parse(refused.getResponseBody());
        assertEquals(404, refused.getCode());
        assertEquals("not-found", problem.slug());
        assertEquals("corr-1", problem.correlationId());
        assertEquals("VACANCY", problem.members().get("what"));
    }

    private void answer(HttpExchange exchange) throws IOException {
        received.put("method", exchange.getRequestMethod());
        exchange.getRequestHeaders().forEach((name, values) -> received.put(canonical(name), values.get(0)));
        boolean unknown = exchange.getRequestURI().getPath().endsWith("00000000-0000-0000-0000-000000000000");
        String body = unknown
                ? "{\"type\":\"https://registry.migration.gov.kz/problems/not-found\",\"title\":\"Not found\","
                        + "\"status\":404,\"detail\":\"no such vacancy\",\"correlationId\":\"corr-1\",\"what\":\"VACANCY\"}"
                : "{\"id\":\"" + VACANCY + "\",\"title\":\"Welder\",\"positions\":3,\"version\":3}";
        exchange.getResponseHeaders().add("Content-Type", unknown ? "application/problem+json" : "application/json");
        exchange.getResponseHeaders().add("ETag", "\"3\"");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(unknown ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The JDK server capitalises header names its own way (X-request-id); compare them in one spelling. */
    private static String canonical(String name) {
        for (String known : new String[] { "Authorization", "X-Client-Id", "X-Request-Id", "If-Match",
                "Idempotency-Key" }) {
            if (known.equalsIgnoreCase(name)) {
                return known;
            }
        }
        return name;
    }
}
