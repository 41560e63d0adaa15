package kz.migration.vacancy;

import static kz.migration.vacancy.VacancyFixtures.get;
import static kz.migration.vacancy.VacancyFixtures.posted;
import static kz.migration.vacancy.VacancyFixtures.randomIdentifier;
import static kz.migration.vacancy.VacancyFixtures.vacancy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventCodec;
import kz.migration.common.event.EventType;
import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.testsupport.RegistryTestResource;

/** contract.ContractRegistered from Kafka fills a position of the named vacancy, once per contract. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class ContractRegisteredConsumerTest {

    @Inject
    EventCodec codec;

    @Inject
    EntityManager entityManager;

    private final String bin = randomIdentifier();

    @Test
    void redeliveredContractRegisteredFillsThePositionOnlyOnce() {
        UUID vacancyId = posted(bin, vacancy(VacancyFixtures.ALMATY, "450000", 2));
        UUID contractId = UUID.randomUUID();
        CloudEvent event = envelope(contractId, vacancyId);

        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, event);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> get(bin, vacancyId).body("filledByForeignWorkers", is(1)));

            send(producer, event);
            // the same contract under a new event id (a replay by the producer) is recognised by its contract id
            CloudEvent replay = envelope(contractId, vacancyId);
            send(producer, replay);
            await().atMost(Duration.ofSeconds(30)).until(() -> inboxRows(replay.id()) == 1);
            // a later event of the same key is applied after the redelivered ones, so they have been seen
            CloudEvent marker = envelope(contractId, UUID.randomUUID());
            send(producer, marker);
            await().atMost(Duration.ofSeconds(30)).until(() -> inboxRows(marker.id()) == 1);
        }
        get(bin, vacancyId).body("filledByForeignWorkers", is(1)).body("openPositions", is(1))
                .body("status", is("OPEN"));
        assertEquals(1, fills(vacancyId));
    }

    @Test
    void lastPositionFilledByAForeignWorkerClosesTheVacancy() {
        UUID vacancyId = posted(bin, vacancy(VacancyFixtures.ALMATY, "450000", 1));
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, envelope(UUID.randomUUID(), vacancyId));
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> get(bin, vacancyId).body("status", is("CLOSED")).body("closeReason", is("FILLED"))
                        .body("openPositions", is(0)));
    }

    private CloudEvent envelope(UUID contractId, UUID vacancyId) {
        ContractRegistered registered = new ContractRegistered(contractId, "LC-2026-000001", "WP-2026-000001",
                "EMPLOYER", vacancyId, bin, VacancyFixtures.ALMATY, "2512", LocalDate.now(),
                LocalDate.now().plusYears(1),
                false, 1, Instant.now());
        return codec.envelope(EventType.CONTRACT_REGISTERED, contractId.toString(), registered, Instant.now(), null,
                null);
    }

    private void send(KafkaProducer<String, String> producer, CloudEvent event) {
        try {
            producer.send(new ProducerRecord<>("contract.events", event.subject(), codec.encode(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaProducer<String, String> producer() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    private long inboxRows(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from inbox_event where event_id = ?1").setParameter(1, eventId).getSingleResult())
                .longValue());
    }

    private long fills(UUID vacancyId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from foreign_worker_fill where vacancy_id = ?1").setParameter(1, vacancyId)
                .getSingleResult()).longValue());
    }
}
