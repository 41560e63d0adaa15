package kz.migration.quota;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventCodec;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.identifier.KatoRegions;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.testsupport.TestTokens;

/**
 * Test data: a fresh balance key per test (no two tests in this JVM share one), permit events published as real
 * CloudEvents on permit.events, and ministry calls over HTTP.
 */
final class QuotaFixtures {

    private static final List<String> REGIONS = List.copyOf(KatoRegions.all().keySet());
    private static final List<PermitCategory> CATEGORIES = java.util.Arrays.stream(PermitCategory.values())
            .filter(PermitCategory::countsAgainstQuota).toList();
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2030);

    static final EventCodec CODEC = new EventCodec();

    private QuotaFixtures() {
    }

    /** A year no other test uses, so every region and category of it is this test's own. */
    static int freshYear() {
        return NEXT_YEAR.getAndIncrement();
    }

    static String region(int index) {
        return REGIONS.get(index);
    }

    static PermitCategory category(int index) {
        return CATEGORIES.get(index);
    }

    static String ministry() {
        return TestTokens.bearer(TestTokens.role("ministry"));
    }

    /**
     * Sets a one-category plan with the given region → units shares, under the year's current plan ETag when it has
     * a plan; returns the response for assertions.
     */
    static ValidatableResponse setPlan(int year, PermitCategory category, Map<String, Integer> shares) {
        int national = shares.values().stream().mapToInt(Integer::intValue).sum();
        List<Map<String, Object>> regions = new ArrayList<>();
        shares.forEach((region, units) -> regions.add(Map.of("region", region, "allocated", units)));
        String ministry = ministry();
        String etag = given().header("Authorization", ministry).get("/api/v1/quota-plans/{year}", year).header("ETag");
        var request = given().header("Authorization", ministry).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.body(Map.of("year", year, "reason", "Order of the ministry for the test", "categories",
                List.of(Map.of("category", category.name(), "national", national, "regions", regions))))
                .post("/api/v1/quota-plans").then();
    }

    static ValidatableResponse balance(QuotaKey key) {
        return given().header("Authorization", ministry())
                .get("/api/v1/quotas/{year}/{region}/{category}", key.year(), key.region(), key.category()).then();
    }

    static PermitApproved approval(QuotaKey key) {
        return approval(key.year(), key.region(), key.category().name());
    }

    static PermitApproved approval(int year, String region, String category) {
        return new PermitApproved(UUID.randomUUID(), UUID.randomUUID(), "NEW", "123456789012", region, category,
                year, "UZB", "2141", Instant.now());
    }

    /** The envelope permit-service's outbox would publish, keyed by the application id. */
    static CloudEvent envelope(UUID applicationId, EventPayload payload) {
        return CODEC.envelope(EventType.of(payload), applicationId.toString(), payload, Instant.now(), null, null);
    }

    static KafkaProducer<String, String> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(properties);
    }

    static ProducerRecord<String, String> record(CloudEvent event) {
        return new ProducerRecord<>(EventType.fromType(event.type()).orElseThrow().topic().topicName(),
                event.subject(), CODEC.encode(event));
    }

    /** Publishes one event and waits for the broker's acknowledgement. */
    static CloudEvent publish(UUID applicationId, EventPayload payload) {
        CloudEvent event = envelope(applicationId, payload);
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(record(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return event;
    }
}
