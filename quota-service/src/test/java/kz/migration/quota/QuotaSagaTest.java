package kz.migration.quota;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitLapsed;
import kz.migration.common.event.permit.PermitRefused;
import kz.migration.common.event.permit.PermitRenewed;
import kz.migration.common.event.permit.PermitWithdrawn;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;

/** The saga over real Kafka: reserve, consume, release, each once per reservation, and the threshold alerts. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class QuotaSagaTest {

    @Test
    void issuedPermitConsumesItsReservationOnceEvenWhenRepeated() {
        QuotaKey key = new QuotaKey(QuotaFixtures.freshYear(), QuotaFixtures.region(0), PermitCategory.CATEGORY_1);
        QuotaFixtures.setPlan(key.year(), key.category(), Map.of(key.region(), 10)).statusCode(201);
        PermitApproved approved = approve(key, "RESERVED");

        PermitIssued issued = issued(key, approved);
        QuotaFixtures.publish(approved.applicationId(), issued);
        QuotaFixtures.publish(approved.applicationId(), issued);
        awaitStatus(approved.reservationId(), "CONSUMED");
        awaitLedgerRows(key, 3);
        QuotaFixtures.balance(key).body("reserved", is(0)).body("used", is(1)).body("free", is(9));
        given().header("Authorization", QuotaFixtures.ministry()).queryParam("year", key.year())
                .get("/api/v1/quota-statistics/citizenships").then().statusCode(200)
                .body("citizenships", hasSize(1)).body("citizenships[0].citizenship", is("UZB"))
                .body("citizenships[0].used", is(1)).body("citizenships[0].reserved", is(0));
        List<ConsumerRecord<String, String>> answers = answers(approved.reservationId(), 2);
        assertEquals(List.of("kz.migration.quota.reserved.v1", "kz.migration.quota.consumed.v1"),
                answers.stream().map(r -> QuotaFixtures.CODEC.decode(r.value()).type()).toList());
    }

    @Test
    void renewedPermitConsumesTheRenewalReservation() {
        QuotaKey key = new QuotaKey(QuotaFixtures.freshYear(), QuotaFixtures.region(1), PermitCategory.CATEGORY_2);
        QuotaFixtures.setPlan(key.year(), key.category(), Map.of(key.region(), 2)).statusCode(201);
        PermitApproved renewal = approve(key, "RESERVED");
        QuotaFixtures.publish(renewal.applicationId(), new PermitRenewed("WP-" + key.year() + "-000042",
                renewal.reservationId(), "123456789012", key.region(), key.category().name(), "2141",
                LocalDate.of(key.year(), 1, 1), LocalDate.of(key.year(), 12, 31), 1, key.year(), Instant.now()));
        awaitStatus(renewal.reservationId(), "CONSUMED");
        QuotaFixtures.balance(key).body("used", is(1)).body("reserved", is(0));
    }

    @Test
    void lapsedWithdrawnAndRefusedApprovalsReleaseTheirUnitOnce() {
        QuotaKey key = new QuotaKey(QuotaFixtures.freshYear(), QuotaFixtures.region(2), PermitCategory.CATEGORY_3);
        QuotaFixtures.setPlan(key.year(), key.category(), Map.of(key.region(), 3)).statusCode(201);
        PermitApproved lapsing = approve(key, "RESERVED");
        PermitApproved withdrawn = approve(key, "RESERVED");
        PermitApproved refused = approve(key, "RESERVED");
        QuotaFixtures.balance(key).body("free", is(0));

        PermitLapsed lapse = new PermitLapsed(lapsing.applicationId(), lapsing.reservationId(), "123456789012",
                key.region(), key.category().name(), key.year(), Instant.now());
        QuotaFixtures.publish(lapsing.applicationId(), lapse);
        QuotaFixtures.publish(lapsing.applicationId(), lapse);
        QuotaFixtures.publish(withdrawn.applicationId(), new PermitWithdrawn(withdrawn.applicationId(),
                withdrawn.reservationId(), "123456789012", key.region(), key.category().name(), key.year(),
                Instant.now()));
        QuotaFixtures.publish(refused.applicationId(), new PermitRefused(refused.applicationId(),
                refused.reservationId(), "123456789012", key.region(), key.category().name(), key.year(),
                List.of("MFA_REJECTED_DOCUMENT"), Instant.now()));
        awaitStatus(lapsing.reservationId(), "RELEASED");
        awaitStatus(withdrawn.reservationId(), "RELEASED");
        awaitStatus(refused.reservationId(), "RELEASED");
        awaitLedgerRows(key, 7);
        QuotaFixtures.balance(key).body("reserved", is(0)).body("free", is(3));
        // A release cannot be undone by a late issue: the unit stays free.
        QuotaFixtures.publish(lapsing.applicationId(), issued(key, lapsing));
        approve(key, "RESERVED");
        QuotaFixtures.balance(key).body("reserved", is(1)).body("used", is(0));
    }

    @Test
    void rejectsApprovalWhenNoQuotaIsAllocated() {
        QuotaKey key = new QuotaKey(QuotaFixtures.freshYear(), QuotaFixtures.region(3), PermitCategory.SEASONAL);
        PermitApproved approved = approve(key, "REJECTED");
        reservation(approved.reservationId()).body("reason", is("NO_QUOTA_ALLOCATED"));
        CloudEvent answer = QuotaFixtures.CODEC.decode(answers(approved.reservationId(), 1).get(0).value());
        assertEquals("kz.migration.quota.rejected.v1", answer.type());
        assertEquals("NO_QUOTA_ALLOCATED", answer.data().get("reason").asText());
        assertEquals(approved.applicationId().toString(), answer.data().get("applicationId").asText());
    }

    @Test
    void intraCorporateTransferApprovalsNeverTouchTheQuota() {
        int year = QuotaFixtures.freshYear();
        PermitApproved ict = QuotaFixtures.approval(year, QuotaFixtures.region(4), "INTRA_CORPORATE_TRANSFER");
        QuotaFixtures.publish(ict.applicationId(), ict);
        PermitApproved marker = QuotaFixtures.approval(year, QuotaFixtures.region(4), "CATEGORY_1");
        QuotaFixtures.publish(ict.applicationId(), marker);
        // Same key, same partition: once the later approval is decided, the ICT one has been consumed too.
        awaitStatus(marker.reservationId(), "REJECTED");
        reservation(ict.reservationId()).statusCode(404);
        assertEquals(1, answers(marker.reservationId(), 1).size());
    }

    @Test
    void announcesEightyAndOneHundredPercentOncePerCrossing() {
        QuotaKey key = new QuotaKey(QuotaFixtures.freshYear(), QuotaFixtures.region(5), PermitCategory.CATEGORY_4);
        QuotaFixtures.setPlan(key.year(), key.category(), Map.of(key.region(), 5)).statusCode(201);
        for (int i = 0; i < 4; i++) {
            approve(key, "RESERVED");
        }
        PermitApproved fifth = approve(key, "RESERVED");
        approve(key, "REJECTED");
        QuotaFixtures.publish(fifth.applicationId(), new PermitWithdrawn(fifth.applicationId(),
                fifth.reservationId(), "123456789012", key.region(), key.category().name(), key.year(),
                Instant.now()));
        awaitStatus(fifth.reservationId(), "RELEASED");
        approve(key, "RESERVED");

        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "quota.events")) {
            List<Integer> thresholds = consumer.await(record -> record.key().equals(key.aggregateId())
                    && record.value().contains("threshold-reached"), 3, Duration.ofSeconds(20)).stream()
                    .map(r -> QuotaFixtures.CODEC.decode(r.value()).data().get("thresholdPercent").asInt())
                    .toList();
            List<ConsumerRecord<String, String>> all = consumer.drain(Duration.ofSeconds(1)).stream()
                    .filter(record -> record.key().equals(key.aggregateId())
                            && record.value().contains("threshold-reached"))
                    .toList();
            assertEquals(List.of(80, 100, 100), thresholds);
            assertEquals(3, all.size());
        }
    }

    private static PermitApproved approve(QuotaKey key, String expectedStatus) {
        PermitApproved approved = QuotaFixtures.approval(key);
        QuotaFixtures.publish(approved.applicationId(), approved);
        awaitStatus(approved.reservationId(), expectedStatus);
        return approved;
    }

    private static PermitIssued issued(QuotaKey key, PermitApproved approved) {
        return new PermitIssued("WP-" + key.year() + "-000001", approved.reservationId(), approved.applicationId(),
                UUID.randomUUID(), "EMPLOYER", "123456789012", key.region(), key.category().name(), "2141", "UZB",
                "N1234567", LocalDate.of(key.year(), 1, 1), LocalDate.of(key.year(), 12, 31), key.year(),
                null, Instant.now());
    }

    private static void awaitStatus(UUID reservationId, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().header("Authorization", QuotaFixtures.ministry())
                    .get("/api/v1/quota-reservations/{id}", reservationId);
            return response.statusCode() == 200 && status.equals(response.path("status"));
        });
    }

    private static void awaitLedgerRows(QuotaKey key, int rows) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().header("Authorization", QuotaFixtures.ministry())
                        .get("/api/v1/quotas/{year}/{region}/{category}/ledger", key.year(), key.region(),
                                key.category())
                        .<List<?>>path("items").size() >= rows);
        given().header("Authorization", QuotaFixtures.ministry())
                .get("/api/v1/quotas/{year}/{region}/{category}/ledger", key.year(), key.region(), key.category())
                .then().body("items", hasSize(rows));
    }

    private static ValidatableResponse reservation(UUID reservationId) {
        return given().header("Authorization", QuotaFixtures.ministry())
                .get("/api/v1/quota-reservations/{id}", reservationId).then();
    }

    /** Quota answers for one reservation, in publication order (they share the reservation id as key). */
    private static List<ConsumerRecord<String, String>> answers(UUID reservationId, int expected) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "quota.events")) {
            consumer.await(record -> record.key().equals(reservationId.toString()), expected,
                    Duration.ofSeconds(20));
            return consumer.drain(Duration.ofSeconds(1)).stream()
                    .filter(record -> record.key().equals(reservationId.toString())).toList();
        }
    }
}
