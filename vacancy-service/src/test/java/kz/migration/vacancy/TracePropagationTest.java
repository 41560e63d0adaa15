package kz.migration.vacancy;

import static io.restassured.RestAssured.given;
import static kz.migration.vacancy.VacancyFixtures.randomIdentifier;
import static kz.migration.vacancy.VacancyFixtures.vacancy;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.event.EventCodec;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** The caller's W3C trace context reaches the events the request wrote (DESIGN §5: traces via OpenTelemetry). */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class TracePropagationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    DataSource dataSource;

    @Inject
    EventCodec codec;

    @Test
    void theEventsOfARequestCarryItsTraceWithTheServersSpanAsParent() throws Exception {
        String id = given().auth().oauth2(TestTokens.employer(randomIdentifier()))
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01").contentType(ContentType.JSON)
                .body(vacancy()).post("/api/v1/vacancies").then().statusCode(201).extract().path("id");

        List<String> traceparents = traceparentsOfEventsFor(id);
        assertFalse(traceparents.isEmpty(), "the post wrote an event");
        for (String traceparent : traceparents) {
            assertTrue(traceparent.startsWith("00-" + TRACE_ID + "-"), traceparent);
            assertFalse(traceparent.contains(CALLER_SPAN), "the parent is the service's own span: " + traceparent);
        }
    }

    private List<String> traceparentsOfEventsFor(String aggregateId) throws Exception {
        List<String> traceparents = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection
                        .prepareStatement("select envelope from outbox_event where aggregate_id = ? order by id")) {
            select.setString(1, aggregateId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    traceparents.add(codec.decode(rs.getString(1)).traceparent());
                }
            }
        }
        return traceparents;
    }
}
