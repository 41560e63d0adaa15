package kz.migration.common.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.outbox.Outbox;
import kz.migration.testsupport.KafkaTestConsumer;

/**
 * What every service must do on real infrastructure: be healthy with its database and Kafka (readiness: the
 * database only), expose metrics and its OpenAPI document, and get an event written in a transaction onto its topic.
 * Each service extends this once.
 */
public abstract class ServiceInfrastructureTest {

    @Inject
    Outbox outbox;

    /** An event this service emits. */
    protected abstract EventPayload sampleEvent();

    @Test
    void healthIsUpWithDatabaseAndKafkaAndReadinessNeedsOnlyTheDatabase() {
        // The topics are created beside the start-up: the startup check waits for them.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/started").then()
                .statusCode(200).body("checks.name", hasItem("event-topics")));
        given().get("/q/health").then().log().ifValidationFails().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Reactive Messaging - startup")))
                .body("checks.name", hasItem("event-topics"));
        // A broker outage must not take the service out of traffic: its events wait in the outbox.
        given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200)
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", not(hasItem(containsString("Kafka"))))
                // The messaging readiness check stays, with no Kafka channel in it.
                .body("checks.find { it.name.contains('Messaging') }.data", nullValue());
    }

    @Test
    void metricsIncludeTheOutboxBacklog() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("registry_outbox_backlog"));
    }

    /** What the alert rules and dashboards of deploy/ need: p99 needs buckets, saturation the pool and calendar. */
    @Test
    void metricsHaveLatencyBucketsPoolAndCalendar() {
        // Requests to /q/* are not timed; any /api request is, a 404 included.
        given().get("/api/v1/no-such-resource").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("le=\"0.25\""))
                .body(containsString("agroal_active_count"))
                .body(containsString("registry_calendar_days_remaining"));
    }

    @Test
    void openApiDescribesTheService() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", not(emptyOrNullString()))
                .body("info.description", not(emptyOrNullString()))
                .body("info.contact.name", not(emptyOrNullString()));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void eventWrittenInATransactionReachesItsTopic() {
        EventPayload payload = sampleEvent();
        String aggregateId = "smoke-" + UUID.randomUUID();
        CloudEvent event = QuarkusTransaction.requiringNew().call(() -> outbox.append(aggregateId, payload));
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, EventType.of(payload).topic().topicName())) {
            consumer.await(record -> aggregateId.equals(record.key()) && record.value().contains(event.id().toString()),
                    1, Duration.ofSeconds(30));
        }
    }
}
