package kz.migration.quota;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** A change made by an event consumer is audited as the consumer, with the event's correlation id. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class EventDrivenAuditTest {

    @Test
    void recordsAReservationMadeFromAnEventAsTheConsumer() {
        QuotaKey key = new QuotaKey(QuotaFixtures.freshYear(), QuotaFixtures.region(2), QuotaFixtures.category(0));
        QuotaFixtures.setPlan(key.year(), key.category(), Map.of(key.region(), 3)).statusCode(201);
        PermitApproved approval = QuotaFixtures.approval(key);
        CloudEvent event = QuotaFixtures.publish(UUID.randomUUID(), approval);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(TestTokens.role("auditor"))
                .queryParam("action", "quota-reservation.reserve")
                .queryParam("resourceId", approval.reservationId().toString())
                .get("/api/v1/audit-records").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].subject", startsWith("system:"))
                .body("items[0].role", is("system"))
                .body("items[0].outcome", is("SUCCESS"))
                .body("items[0].correlationId", is(event.correlationid())));
    }
}
