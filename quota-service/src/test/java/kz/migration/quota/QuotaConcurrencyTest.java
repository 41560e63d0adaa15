package kz.migration.quota;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventType;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;

/**
 * The never-over-issue target on real PostgreSQL and Kafka: thousands of approvals for one balance, over every
 * partition, with redeliveries and repeated approvals mixed in, and ministry reallocations racing with them.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class QuotaConcurrencyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoThousandApprovalsAgainstOneHundredUnitsReserveExactlyOneHundred() throws Exception {
        QuotaKey key = new QuotaKey(QuotaFixtures.freshYear(), QuotaFixtures.region(0), PermitCategory.CATEGORY_3);
        QuotaFixtures.setPlan(key.year(), key.category(), Map.of(key.region(), 100)).statusCode(201);

        List<CloudEvent> approvals = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            PermitApproved approved = QuotaFixtures.approval(key);
            approvals.add(QuotaFixtures.envelope(approved.applicationId(), approved));
        }
        Random random = new Random(8);
        List<CloudEvent> published = new ArrayList<>(approvals);
        // Redeliveries: the same envelope (same event id) again, as after a consumer crash before commit.
        for (int i = 0; i < 150; i++) {
            published.add(approvals.get(random.nextInt(approvals.size())));
        }
        // Repeated approvals: the same reservation in a new envelope (new event id), e.g. a replayed outbox row.
        for (int i = 0; i < 50; i++) {
            CloudEvent original = approvals.get(random.nextInt(approvals.size()));
            PermitApproved payload = QuotaFixtures.CODEC.payload(original, PermitApproved.class);
            published.add(QuotaFixtures.envelope(payload.applicationId(), payload));
        }
        Collections.shuffle(published, random);
        Set<Integer> partitions = publish(published);
        assertThat(partitions.size(), greaterThan(3));

        await().atMost(Duration.ofSeconds(50)).pollInterval(Duration.ofMillis(500))
                .until(() -> countReservations(key, null) == 2000 && inboxCount(published) == 2050);

        assertEquals(100, countReservations(key, "RESERVED"));
        assertEquals(1900, countReservations(key, "REJECTED"));
        QuotaFixtures.balance(key).statusCode(200).body("allocated", is(100)).body("reserved", is(100))
                .body("used", is(0)).body("free", is(0));
        assertEquals(100, ledgerRows(key, "RESERVE"));
        ledgerIsConsistent(key.year());

        Map<String, Integer> answers = quotaAnswers(approvals, 2000);
        assertEquals(100, answers.get(EventType.QUOTA_RESERVED.type()));
        assertEquals(1900, answers.get(EventType.QUOTA_REJECTED.type()));
    }

    @Test
    void reallocationsOverHttpRacingWithReservationsNeverOverIssue() throws Exception {
        int year = QuotaFixtures.freshYear();
        QuotaKey hot = new QuotaKey(year, QuotaFixtures.region(1), PermitCategory.CATEGORY_4);
        QuotaKey donor = new QuotaKey(year, QuotaFixtures.region(2), PermitCategory.CATEGORY_4);
        QuotaFixtures.setPlan(year, hot.category(), Map.of(hot.region(), 100, donor.region(), 200)).statusCode(201);

        List<CloudEvent> approvals = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            PermitApproved approved = QuotaFixtures.approval(hot);
            approvals.add(QuotaFixtures.envelope(approved.applicationId(), approved));
        }
        String ministry = QuotaFixtures.ministry();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> intoHot = new ArrayList<>();
        List<Future<Integer>> outOfHot = new ArrayList<>();
        Future<Set<Integer>> publishing = pool.submit(() -> publish(approvals.subList(0, 400)));
        for (int i = 0; i < 40; i++) {
            intoHot.add(pool.submit(() -> reallocate(ministry, donor, hot, 3)));
            outOfHot.add(pool.submit(() -> reallocate(ministry, hot, donor, 2)));
        }
        publishing.get();
        int movedIn = 0;
        for (Future<Integer> status : intoHot) {
            assertEquals(201, status.get());
            movedIn += 3;
        }
        int movedOut = 0;
        for (Future<Integer> status : outOfHot) {
            // Taking from the hot region succeeds only while it has free units; otherwise a clean 422.
            assertThat(status.get(), anyOf(is(201), is(422)));
            movedOut += status.get() == 201 ? 2 : 0;
        }
        pool.shutdown();
        // Once the race is over, 200 more approvals are more than can possibly be free: the hot balance fills up.
        publish(approvals.subList(400, 600));
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                .until(() -> countReservations(hot, null) == 600);

        int hotAllocated = 100 + movedIn - movedOut;
        int reserved = countReservations(hot, "RESERVED");
        assertEquals(hotAllocated, reserved);
        assertEquals(600 - reserved, countReservations(hot, "REJECTED"));
        QuotaFixtures.balance(hot).statusCode(200).body("allocated", is(hotAllocated)).body("reserved", is(reserved))
                .body("free", is(0));
        QuotaFixtures.balance(donor).statusCode(200).body("allocated", is(200 - movedIn + movedOut))
                .body("reserved", is(0));
        ledgerIsConsistent(year);
    }

    @Test
    void databaseItselfRefusesOverIssueAndLedgerRewrites() throws Exception {
        QuotaKey key = new QuotaKey(QuotaFixtures.freshYear(), QuotaFixtures.region(3), PermitCategory.SEASONAL);
        QuotaFixtures.setPlan(key.year(), key.category(), Map.of(key.region(), 2)).statusCode(201);
        // Even a statement that skips the conditional WHERE cannot break the invariant or rewrite history.
        assertRefused("update quota_allocation set reserved = 2, used = 1 where year = " + key.year(),
                "quota_allocation_not_over_issued");
        assertRefused("update quota_allocation set reserved = -1 where year = " + key.year(), "check");
        assertRefused("update quota_ledger set allocated_delta = 3 where year = " + key.year(), "append-only");
        assertRefused("delete from quota_ledger where year = " + key.year(), "append-only");
        QuotaFixtures.balance(key).statusCode(200).body("allocated", is(2)).body("reserved", is(0));
        ledgerIsConsistent(key.year());
    }

    private void assertRefused(String sql, String messagePart) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> statement.executeUpdate(sql));
            assertTrue(refused.getMessage().contains(messagePart), refused.getMessage());
        }
    }

    private int reallocate(String ministry, QuotaKey from, QuotaKey to, int units) {
        return given().header("Authorization", ministry).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("year", from.year(), "category", from.category().name(), "fromRegion", from.region(),
                        "toRegion", to.region(), "units", units, "reason", "Seasonal demand"))
                .post("/api/v1/quota-reallocations").then().extract().statusCode();
    }

    private static Set<Integer> publish(List<CloudEvent> events) throws Exception {
        Set<Integer> partitions = new HashSet<>();
        try (KafkaProducer<String, String> producer = QuotaFixtures.producer()) {
            List<Future<org.apache.kafka.clients.producer.RecordMetadata>> acks = new ArrayList<>();
            for (CloudEvent event : events) {
                ProducerRecord<String, String> record = QuotaFixtures.record(event);
                acks.add(producer.send(record));
            }
            for (Future<org.apache.kafka.clients.producer.RecordMetadata> ack : acks) {
                partitions.add(ack.get().partition());
            }
        }
        return partitions;
    }

    private void ledgerIsConsistent(int year) {
        given().header("Authorization", QuotaFixtures.ministry()).queryParam("year", year)
                .get("/api/v1/quota-ledger/verification").then().statusCode(200).body("consistent", is(true));
    }

    /** Every answer on quota.events for these approvals, counted by type; fails on any duplicate answer. */
    private Map<String, Integer> quotaAnswers(List<CloudEvent> approvals, int expected) {
        Set<String> reservationIds = new HashSet<>();
        for (CloudEvent approval : approvals) {
            reservationIds.add(approval.data().get("reservationId").asText());
        }
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "quota.events")) {
            consumer.await(record -> reservationIds.contains(record.key()), expected, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> answers = consumer.drain(Duration.ofSeconds(2)).stream()
                    .filter(record -> reservationIds.contains(record.key())).toList();
            Map<String, Integer> byType = new HashMap<>();
            Set<String> answered = new HashSet<>();
            for (ConsumerRecord<String, String> answer : answers) {
                CloudEvent event = QuotaFixtures.CODEC.decode(answer.value());
                byType.merge(event.type(), 1, Integer::sum);
                assertTrue(answered.add(event.data().get("reservationId").asText()), "one answer per reservation");
            }
            assertEquals(expected, answered.size());
            return byType;
        }
    }

    private int countReservations(QuotaKey key, String status) throws SQLException {
        return count("""
                select count(*) from quota_reservation
                where year = ? and region = ? and category = ? and (cast(? as text) is null or status = ?)""",
                key.year(), key.region(), key.category().name(), status, status);
    }

    private int ledgerRows(QuotaKey key, String movement) throws SQLException {
        return count(
                "select count(*) from quota_ledger where year = ? and region = ? and category = ? and movement = ?",
                key.year(), key.region(), key.category().name(), movement);
    }

    private int inboxCount(List<CloudEvent> events) throws SQLException {
        return count("select count(*) from inbox_event where consumer = 'quota-service' and event_id = any(?)",
                (Object) events.stream().map(CloudEvent::id).distinct().toArray(UUID[]::new));
    }

    private int count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    statement.setNull(i + 1, java.sql.Types.NULL);
                } else if (parameters[i] instanceof UUID[] ids) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
