package kz.migration.common.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventCodec;
import kz.migration.common.event.Topic;
import kz.migration.common.event.vacancy.VacancyChanged;
import kz.migration.common.probe.ProbeConsumer;
import kz.migration.common.probe.ProbeEffect;
import kz.migration.common.testing.DatabaseOutage;
import kz.migration.common.web.RequestContext;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestInfrastructure;

/**
 * The outbox and inbox on real PostgreSQL and Kafka, with the failures they exist for: rollbacks, a relay dying
 * between publish and mark, a broker outage, a database outage while consuming, a poison record, and two relays
 * racing.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class EventBackboneTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOPIC = Topic.VACANCY.topicName();

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventCodec codec;

    @Inject
    MeterRegistry meters;

    @Inject
    Tracer tracer;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void eventAppendedInRolledBackTransactionIsNeverPublished() throws Exception {
        UUID vacancy = UUID.randomUUID();
        QuarkusTransaction.begin();
        CloudEvent rolledBack = outbox.append(vacancy.toString(), changed(vacancy, 1));
        QuarkusTransaction.rollback();
        CloudEvent committed = append(vacancy, 2);

        publishAll();

        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, TOPIC)) {
            consumer.await(r -> r.value().contains(committed.id().toString()), 1, WAIT);
            assertFalse(consumer.drain(Duration.ZERO).stream()
                    .anyMatch(r -> r.value().contains(rolledBack.id().toString())));
        }
        assertEquals(0L, outboxRows(rolledBack.id()));
        await().atMost(WAIT).until(() -> effects(vacancy) == 1);
    }

    @Test
    void appendAllWritesTheBatchInListOrderEachWithItsOwnOrigin() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<Outbox.Caused> batch = List.of(
                new Outbox.Caused(first.toString(), changed(first, 1), origin("request-a", "client-a")),
                new Outbox.Caused(second.toString(), changed(second, 1), origin("request-b", "client-b")),
                new Outbox.Caused(first.toString(), changed(first, 2), origin("request-c", "client-a")));
        List<CloudEvent> appended = QuarkusTransaction.requiringNew().call(() -> outbox.appendAll(batch));

        @SuppressWarnings("unchecked")
        List<String> stored = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select envelope from outbox_event where aggregate_id in (?1, ?2) order by id")
                .setParameter(1, first.toString()).setParameter(2, second.toString()).getResultList());
        assertEquals(appended.stream().map(codec::encode).toList(), stored);
        assertEquals(List.of("request-a", "request-b", "request-c"),
                stored.stream().map(codec::decode).map(CloudEvent::correlationid).toList());
        assertEquals(List.of(first.toString(), second.toString(), first.toString()),
                stored.stream().map(codec::decode).map(CloudEvent::subject).toList());
    }

    private static EventOrigin origin(String requestId, String clientId) {
        return new EventOrigin(new RequestContext.Ids(requestId, clientId), null);
    }

    @Test
    void theConsumersWorkContinuesTheTraceOfTheRequestThatWroteTheEvent() throws Exception {
        UUID vacancy = UUID.randomUUID();
        Span request = tracer.spanBuilder("POST /api/v1/vacancies").setSpanKind(SpanKind.SERVER).startSpan();
        CloudEvent event;
        try (Scope scope = request.makeCurrent()) {
            event = append(vacancy, 3);
        } finally {
            request.end();
        }
        String traceId = request.getSpanContext().getTraceId();
        assertTrue(event.traceparent().startsWith("00-" + traceId + "-" + request.getSpanContext().getSpanId()),
                event.traceparent());
        CloudEvent untraced = append(UUID.randomUUID(), 4);
        assertNull(untraced.traceparent(), "no trace, no traceparent");

        publishAll();
        // The relay also puts it in a Kafka header, where other systems' tracing instrumentation looks for it.
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, TOPIC)) {
            Header header = consumer
                    .await(r -> r.value().contains(event.id().toString()), 1, WAIT).get(0).headers()
                    .lastHeader("traceparent");
            assertEquals(event.traceparent(), new String(header.value(), StandardCharsets.UTF_8));
            assertNull(consumer.await(r -> r.value().contains(untraced.id().toString()), 1, WAIT).get(0).headers()
                    .lastHeader("traceparent"), "no trace, no header");
        }

        await().atMost(WAIT).until(() -> effects(vacancy) == 1);
        assertEquals(traceId, QuarkusTransaction.requiringNew()
                .call(() -> ProbeEffect.<ProbeEffect>find("vacancyId", vacancy).firstResult().traceId));
    }

    @Test
    void relayDyingBetweenPublishAndMarkRepublishesAndTheInboxAppliesTheEffectOnce() throws Exception {
        UUID vacancy = UUID.randomUUID();
        CloudEvent event = append(vacancy, 7);
        double duplicatesBefore = duplicates();

        assertTrue(relay.publishBatch(false) >= 1, "published without marking, as a relay killed before commit");
        assertEquals(1L, pendingRows(event.id()), "still pending after the simulated crash");
        publishAll();
        assertEquals(0L, pendingRows(event.id()));

        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, TOPIC)) {
            consumer.await(r -> r.value().contains(event.id().toString()), 2, WAIT);
        }
        await().atMost(WAIT).until(() -> duplicates() > duplicatesBefore);
        assertEquals(1L, effects(vacancy));
    }

    @Test
    void whileKafkaIsDownWritesSucceedAndAfterItReturnsEverythingIsDeliveredInAggregateOrder() throws Exception {
        UUID vacancy = UUID.randomUUID();
        publishAll();
        TestInfrastructure.get().kafka().stop();
        try {
            for (int sequence = 0; sequence < 20; sequence++) {
                append(vacancy, sequence);
            }
            assertThrows(Exception.class, () -> relay.publishBatch(true), "publishing fails while Kafka is down");
            relay.refreshBacklog();
            assertTrue(meters.get("registry.outbox.backlog").gauge().value() >= 20, "backlog grows");
            // Still ready for traffic: readiness needs the database only, the events wait in the outbox.
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            TestInfrastructure.get().kafka().restart();
        }
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            publishAll();
            return true;
        });

        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, TOPIC)) {
            List<Integer> sequences = consumer.await(r -> vacancy.toString().equals(r.key()), 20, WAIT).stream()
                    .map(r -> codec.payload(codec.decode(r.value()), VacancyChanged.class).openPositions())
                    .distinct().toList();
            assertEquals(java.util.stream.IntStream.range(0, 20).boxed().toList(), sequences);
        }
        await().atMost(WAIT).until(() -> effects(vacancy) == 20);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheNextRecordIsProcessed() throws Exception {
        UUID vacancy = UUID.randomUUID();
        String unreadable = "not an event " + UUID.randomUUID();
        CloudEvent failing = append(vacancy, -1);
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(TOPIC, vacancy.toString(), unreadable)).get();
        }
        append(vacancy, 3);
        publishAll();

        await().atMost(WAIT).until(() -> effects(vacancy) == 1);
        try (KafkaTestConsumer deadLetters = new KafkaTestConsumer(bootstrap, Topic.VACANCY.deadLetterTopicName())) {
            List<ConsumerRecord<String, String>> dead = deadLetters.await(
                    r -> r.value().equals(unreadable) || r.value().contains(failing.id().toString()), 2, WAIT);
            for (ConsumerRecord<String, String> record : dead) {
                String reason = new String(record.headers().lastHeader("dead-letter-reason").value(),
                        StandardCharsets.UTF_8);
                assertFalse(reason.isBlank(), "the failure is in the headers");
            }
        }
        assertTrue(meters.get("registry.inbox.dead.lettered").tag("consumer", ProbeConsumer.CONSUMER).counters()
                .stream().mapToDouble(c -> c.count()).sum() >= 2);
    }

    @Test
    void aDatabaseOutageWhileConsumingDelaysTheEffectButNeverDeadLettersTheEvent() throws Exception {
        UUID vacancy = UUID.randomUUID();
        CloudEvent event = append(vacancy, 11);
        String envelope = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("update outbox_event set published_at = now() where event_id = ?1 returning "
                        + "envelope")
                .setParameter(1, event.id()).getSingleResult());
        double deadLetteredBefore = deadLettered();
        double transientBefore = transientFailures();

        try (DatabaseOutage outage = DatabaseOutage.begin(); KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(TOPIC, vacancy.toString(), envelope)).get();
            // More failed attempts than the dead-letter limit (3) while the database is away.
            await().atMost(WAIT).until(() -> transientFailures() >= transientBefore + 6);
        }
        dataSource.flush(AgroalDataSource.FlushMode.ALL);

        await().atMost(WAIT).until(() -> effects(vacancy) == 1);
        assertEquals(deadLetteredBefore, deadLettered());
        try (KafkaTestConsumer deadLetters = new KafkaTestConsumer(bootstrap, Topic.VACANCY.deadLetterTopicName())) {
            assertTrue(deadLetters.drain(Duration.ofSeconds(2)).stream()
                    .noneMatch(r -> r.value().contains(event.id().toString())), "not dead-lettered");
        }
    }

    @Test
    void twoRelaysRacingOnOneOutboxPublishEachRowExactlyOnce() throws Exception {
        publishAll();
        Set<UUID> ids = new HashSet<>();
        UUID vacancy = UUID.randomUUID();
        for (int sequence = 0; sequence < 300; sequence++) {
            ids.add(append(vacancy, sequence).id());
        }
        ExecutorService relays = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                runs.add(relays.submit(() -> {
                    int published = 0;
                    while (pendingRows() > 0) {
                        published += relay.publishBatch(true);
                    }
                    return published;
                }));
            }
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertEquals(300, total);
        } finally {
            relays.shutdownNow();
        }
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, TOPIC)) {
            List<ConsumerRecord<String, String>> records = consumer.await(r -> vacancy.toString().equals(r.key()), 300,
                    WAIT);
            Map<UUID, Long> perEvent = consumer.drain(Duration.ofSeconds(1)).stream()
                    .filter(r -> vacancy.toString().equals(r.key()))
                    .collect(Collectors.groupingBy(r -> codec.decode(r.value()).id(), Collectors.counting()));
            assertEquals(ids, perEvent.keySet());
            assertTrue(perEvent.values().stream().allMatch(count -> count == 1), "no row published twice");
            assertEquals(300, records.size());
        }
    }

    private CloudEvent append(UUID vacancy, int sequence) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.append(vacancy.toString(), changed(vacancy, sequence)));
    }

    private static VacancyChanged changed(UUID vacancy, int sequence) {
        return new VacancyChanged(vacancy, "123456789021", "750000000", "2512", sequence, new BigDecimal("400000"),
                false, List.of("test"), LocalDate.of(2026, 1, 1));
    }

    private void publishAll() throws Exception {
        while (relay.publishBatch(true) > 0) {
            // drain every pending batch
        }
    }

    private long effects(UUID vacancy) {
        return QuarkusTransaction.requiringNew().call(() -> ProbeEffect.countFor(vacancy));
    }

    private long pendingRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where published_at is null").getSingleResult())
                .longValue());
    }

    private long pendingRows(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where published_at is null and event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }

    private long outboxRows(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }

    private double duplicates() {
        return meters.find("registry.inbox.duplicates").tag("consumer", ProbeConsumer.CONSUMER).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    private double deadLettered() {
        return meters.find("registry.inbox.dead.lettered").tag("consumer", ProbeConsumer.CONSUMER).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    private double transientFailures() {
        return meters.find("registry.inbox.transient.failures").tag("consumer", ProbeConsumer.CONSUMER).counters()
                .stream().mapToDouble(c -> c.count()).sum();
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }
}
