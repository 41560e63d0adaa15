package kz.migration.permit;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.event.EventCodec;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.event.quota.QuotaRejected;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.event.vacancy.LabourMarketTestPassed;
import kz.migration.common.identifier.BusinessIdentifiers;
import kz.migration.common.testing.Polls;
import kz.migration.common.time.AdjustableClock;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.event.PermitEventConsumer;
import kz.migration.permit.repository.DocumentVerificationRepository;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.testsupport.TestTokens;

/** Steps shared by the permit-service component tests; each test builds its own employer, vacancy and worker. */
abstract class PermitScenario {

    static final String ALMATY = "750000000";
    static final String ASTANA = "710000000";
    static final String OCCUPATION = "2512";
    static final String BASE = "/api/v1/permit-applications";

    @Inject
    PermitEventConsumer consumer;

    @Inject
    EventCodec codec;

    @Inject
    AdjustableClock clock;

    @Inject
    PermitApplicationRepository applications;

    @Inject
    DocumentVerificationRepository verifications;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String newBin() {
        while (true) {
            try {
                return BusinessIdentifiers
                        .withCheckDigit(
                                String.format("%011d", ThreadLocalRandom.current().nextLong(1L, 99_999_999_999L)));
            } catch (IllegalArgumentException e) {
                // this prefix has no valid check digit; draw again
            }
        }
    }

    void setToday(LocalDate date) {
        Instant target = date.atTime(10, 0).atZone(clock.getZone()).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The encoded CloudEvent, delivered as Kafka would deliver it; returned so a test can redeliver it. */
    String event(String aggregateId, EventPayload payload) {
        return codec.encode(codec.envelope(EventType.of(payload), aggregateId, payload, clock.instant(), null, null));
    }

    UUID passedVacancy(String bin, String region, int positions) {
        UUID vacancyId = UUID.randomUUID();
        Polls.deliver(consumer::onVacancyEvents,
                event(vacancyId.toString(), new LabourMarketTestPassed(vacancyId, bin, region,
                        OCCUPATION, positions, new BigDecimal("500000.00"), clock.instant())));
        return vacancyId;
    }

    static Map<String, Object> staff(int citizens, int foreigners) {
        return Map.of("citizens", citizens, "foreigners", foreigners);
    }

    /** A compliant category-3 application for one worker, to be varied by the test. */
    Map<String, Object> application(UUID vacancyId, String region) {
        Map<String, Object> worker = new HashMap<>();
        worker.put("fullName", "Ivan Petrov");
        worker.put("citizenship", "IN");
        worker.put("passportNumber", "P" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        worker.put("passportExpiry", today().plusYears(5).toString());
        worker.put("educationDocumentId", "DIP-" + UUID.randomUUID().toString().substring(0, 8));
        worker.put("educationCountry", "IN");
        worker.put("legalisationReference", "APO-2024-1183");
        Map<String, Object> body = new HashMap<>();
        body.put("vacancyId", vacancyId.toString());
        body.put("region", region);
        body.put("category", "CATEGORY_3");
        body.put("occupationCode", OCCUPATION);
        body.put("termDays", 365);
        body.put("worker", worker);
        body.put("salary", Map.of("amount", "550000.00", "currency", "KZT"));
        body.put("headcount", Map.of("category1", staff(2, 0), "category2", staff(5, 1), "category3",
                staff(60, 2), "category4", staff(40, 1), "intraCorporateTransfer", staff(0, 0)));
        body.put("totalEmployees", 110);
        body.put("smallBusiness", false);
        return body;
    }

    /** Submits with a fresh Idempotency-Key, as a client does for a new application. */
    ValidatableResponse submit(String bin, Map<String, Object> body) {
        return submit(bin, body, UUID.randomUUID().toString());
    }

    ValidatableResponse submit(String bin, Map<String, Object> body, String idempotencyKey) {
        var request = given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post(BASE).then();
    }

    UUID submitted(String bin, Map<String, Object> body) {
        return UUID.fromString(submit(bin, body, UUID.randomUUID().toString()).statusCode(201).extract().path("id"));
    }

    void mfaAnswers(UUID applicationId, String answer) {
        UUID requestId = verifications.forApplication(applicationId).orElseThrow().id;
        Map<String, Object> body = new HashMap<>();
        body.put("answer", answer);
        body.put("reason", "REJECTED".equals(answer) ? "apostille register has no such stamp" : null);
        given().auth().oauth2(TestTokens.role("mfa")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/document-verifications/{id}/answer", requestId).then().statusCode(200);
    }

    void startReview(UUID applicationId, String region) {
        given().auth().oauth2(TestTokens.officer(region)).post(BASE + "/{id}/review", applicationId).then()
                .statusCode(200);
    }

    ValidatableResponse decide(UUID applicationId, String region, String decision, List<String> grounds) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("grounds", grounds);
        return given().auth().oauth2(TestTokens.officer(region)).contentType(ContentType.JSON).body(body)
                .post(BASE + "/{id}/decision", applicationId).then();
    }

    /** Registered, document confirmed, under review and approved: waiting for quota-service. */
    UUID approved(String bin, Map<String, Object> body) {
        UUID id = submitted(bin, body);
        String region = (String) body.get("region");
        mfaAnswers(id, "CONFIRMED");
        startReview(id, region);
        decide(id, region, "APPROVE", null).statusCode(200);
        return id;
    }

    UUID reservationOf(UUID applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> applications.findById(applicationId).reservationId);
    }

    PermitApplication stored(UUID applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> applications.findById(applicationId));
    }

    String quotaReserved(UUID applicationId) {
        UUID reservationId = reservationOf(applicationId);
        String record = event(reservationId.toString(), new QuotaReserved(reservationId, applicationId,
                today().getYear(), ALMATY, "CATEGORY_3", 7, clock.instant()));
        Polls.deliver(consumer::onQuotaEvents, record);
        return record;
    }

    String quotaRejected(UUID applicationId) {
        UUID reservationId = reservationOf(applicationId);
        String record = event(reservationId.toString(), new QuotaRejected(reservationId, applicationId,
                today().getYear(), ALMATY, "CATEGORY_3", "allocation used up", clock.instant()));
        Polls.deliver(consumer::onQuotaEvents, record);
        return record;
    }

    ValidatableResponse pay(UUID applicationId, String reference, String amount) {
        return given().auth().oauth2(TestTokens.role("payment-gateway")).contentType(ContentType.JSON)
                .body(Map.of("paymentReference", reference, "amount", Map.of("amount", amount, "currency", "KZT"),
                        "paidAt", clock.instant().toString()))
                .post(BASE + "/{id}/fee-payment", applicationId).then();
    }

    /** A category-3 permit issued on a fresh vacancy of {@code bin} in Almaty; returns its application id. */
    UUID issued(String bin) {
        return issued(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY), "346000.00");
    }

    UUID issued(String bin, Map<String, Object> body, String fee) {
        UUID id = approved(bin, body);
        quotaReserved(id);
        pay(id, "PAY-" + UUID.randomUUID(), fee).statusCode(200).body("status", org.hamcrest.Matchers.is("ISSUED"));
        return id;
    }

    ValidatableResponse get(UUID applicationId, String token) {
        return given().auth().oauth2(token).get(BASE + "/{id}", applicationId).then();
    }

    /** Event types this service wrote to its outbox for one application, in order. */
    @SuppressWarnings("unchecked")
    List<String> outboxTypes(UUID applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select event_type from outbox_event where aggregate_id = ?1 order by id")
                .setParameter(1, applicationId.toString()).getResultList());
    }

    long outboxCount(UUID applicationId, EventType type) {
        return outboxTypes(applicationId).stream().filter(type.type()::equals).count();
    }
}
