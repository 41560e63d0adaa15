package kz.migration.vacancy;

import static io.restassured.RestAssured.given;
import static kz.migration.vacancy.VacancyFixtures.get;
import static kz.migration.vacancy.VacancyFixtures.outcome;
import static kz.migration.vacancy.VacancyFixtures.patch;
import static kz.migration.vacancy.VacancyFixtures.posted;
import static kz.migration.vacancy.VacancyFixtures.randomIdentifier;
import static kz.migration.vacancy.VacancyFixtures.refer;
import static kz.migration.vacancy.VacancyFixtures.vacancy;
import static kz.migration.vacancy.VacancyFixtures.version;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.event.EventType;
import kz.migration.common.time.AdjustableClock;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;
import kz.migration.vacancy.config.VacancyConfig;
import kz.migration.vacancy.service.LabourMarketTestJob;

/** The 15-calendar-day domestic search and the job that passes it exactly once. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class LabourMarketTestJobTest {

    @Inject
    LabourMarketTestJob job;

    @Inject
    AdjustableClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    VacancyConfig config;

    private final String bin = randomIdentifier();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void passesOnlyAfterFifteenFullCalendarDays() {
        // Posted on D: the 15 full days are D+1..D+15, so the test passes on D+16 and not on D+15.
        LocalDate postedOn = LocalDate.now(clock);
        UUID id = posted(bin, vacancy());
        get(bin, id).body("foreignLabourAllowedFrom", is(postedOn.plusDays(16).toString()));

        clock.advance(Duration.ofDays(15));
        job.run();
        get(bin, id).body("labourMarketTestPassed", is(false));
        assertEquals(0, passedEvents(id));

        clock.advance(Duration.ofDays(1));
        job.run();
        get(bin, id).body("labourMarketTestPassed", is(true)).body("passedPositions", is(2))
                .body("labourMarketTestPassedAt", notNullValue());
        assertEquals(1, passedEvents(id));
    }

    @Test
    void anUndecidedReferralHoldsTheTestUntilItsOutcomeIsRecorded() {
        UUID id = posted(bin, vacancy());
        clock.advance(Duration.ofDays(10));
        UUID referral = refer(id, randomIdentifier());

        clock.advance(Duration.ofDays(6));
        job.run();
        get(bin, id).body("labourMarketTestPassed", is(false));
        assertEquals(0, passedEvents(id));

        outcome(id, referral, Map.of("outcome", "NO_SHOW")).statusCode(200);
        job.run();
        get(bin, id).body("labourMarketTestPassed", is(true)).body("passedPositions", is(2));
        assertEquals(1, passedEvents(id));
    }

    @Test
    void anUndecidedReferralPastItsDueDayFlagsTheEmployerAndHoldsTheTestNoLonger() {
        int outcomeDays = config.referrals().outcomeDays();
        UUID id = posted(bin, vacancy());
        clock.advance(Duration.ofDays(12));
        LocalDate referredOn = LocalDate.now(clock);
        UUID referral = refer(id, randomIdentifier());
        LocalDate dueOn = referredOn.plusDays(outcomeDays);
        referrals(id).body("items[0].outcomeDueOn", is(dueOn.toString()));

        clock.advance(Duration.ofDays(4));
        job.run();
        get(bin, id).body("labourMarketTestPassed", is(false));

        advanceTo(dueOn);
        job.run();
        get(bin, id).body("labourMarketTestPassed", is(false));
        assertEquals(0, events(id, EventType.REFERRAL_OUTCOME_OVERDUE));

        clock.advance(Duration.ofDays(1));
        job.run();
        job.run();
        get(bin, id).body("labourMarketTestPassed", is(true));
        assertEquals(1, passedEvents(id));
        assertEquals(1, events(id, EventType.REFERRAL_OUTCOME_OVERDUE));
        referrals(id).body("items[0].outcomeOverdueOn", is(dueOn.plusDays(1).toString()));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("limit", 200).get("/api/v1/employer-flags")
                .then().statusCode(200)
                .body("items.find { it.employerBin == '" + bin + "' }.reasons", contains("OVERDUE_OUTCOMES"))
                .body("items.find { it.employerBin == '" + bin + "' }.overdueOutcomes", is(1));

        // A late outcome is recorded; the referral stays marked and the employer flagged.
        outcome(id, referral, Map.of("outcome", "NO_SHOW")).statusCode(200)
                .body("outcomeOverdueOn", is(dueOn.plusDays(1).toString()));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("limit", 200).get("/api/v1/employer-flags")
                .then().statusCode(200)
                .body("items.find { it.employerBin == '" + bin + "' }.reasons", contains("OVERDUE_OUTCOMES"));
    }

    @Test
    void materialChangeRestartsTheFifteenDaysAndRecordsWhy() {
        UUID id = posted(bin, vacancy());
        clock.advance(Duration.ofDays(10));
        LocalDate changedOn = LocalDate.now(clock);
        patch(bin, id, version(bin, id), Map.of("salary", Map.of("amount", "400000.00", "currency", "KZT")))
                .statusCode(200).body("searchStartedOn", is(changedOn.toString()))
                .body("foreignLabourAllowedFrom", is(changedOn.plusDays(16).toString())).body("searchRestarts", is(1));
        given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/vacancies/{id}/changes", id).then()
                .statusCode(200).body("items[0].material", is(true))
                .body("items[0].reasons", contains("SALARY_LOWERED"));

        clock.advance(Duration.ofDays(6));
        job.run();
        get(bin, id).body("labourMarketTestPassed", is(false));

        clock.advance(Duration.ofDays(10));
        job.run();
        get(bin, id).body("labourMarketTestPassed", is(true));
    }

    @Test
    void immaterialChangeKeepsTheSearchRunning() {
        LocalDate postedOn = LocalDate.now(clock);
        UUID id = posted(bin, vacancy());
        clock.advance(Duration.ofDays(10));
        patch(bin, id, version(bin, id), Map.of("title", "Lead Java developer", "salary",
                Map.of("amount", "500000.00", "currency", "KZT"), "workSchedule", "SHIFT"))
                .statusCode(200).body("searchStartedOn", is(postedOn.toString())).body("searchRestarts", is(0));
        given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/vacancies/{id}/changes", id).then()
                .statusCode(200).body("items[0].material", is(false)).body("items[0].reasons", empty());

        clock.advance(Duration.ofDays(6));
        job.run();
        get(bin, id).body("labourMarketTestPassed", is(true));
    }

    @Test
    void raisedRequirementsAreMaterial() {
        UUID id = posted(bin, vacancy());
        patch(bin, id, version(bin, id), Map.of("requirements",
                Map.of("educationLevel", "POSTGRADUATE", "experienceYears", 5, "languages", List.of("en", "kk", "ru"))))
                .statusCode(200).body("searchRestarts", is(1));
        given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/vacancies/{id}/changes", id).then()
                .body("items[0].reasons", contains("EDUCATION_RAISED", "EXPERIENCE_RAISED", "LANGUAGES_ADDED"));
    }

    @Test
    void afterTheTestPassedOnlyImmaterialChangesAreAccepted() {
        UUID id = posted(bin, vacancy());
        clock.advance(Duration.ofDays(16));
        job.run();
        patch(bin, id, version(bin, id), Map.of("salary", Map.of("amount", "300000.00", "currency", "KZT")))
                .statusCode(422)
                .body("type", is("https://registry.migration.gov.kz/problems/vacancy-labour-market-test-passed"))
                .body("reasons", contains("SALARY_LOWERED"));
        patch(bin, id, version(bin, id), Map.of("salary", Map.of("amount", "500000.00", "currency", "KZT")))
                .statusCode(200).body("labourMarketTestPassed", is(true)).body("salary.amount", is("500000.00"));
        job.run();
        assertEquals(1, passedEvents(id));
    }

    @Test
    void hiresReduceThePositionsThatPass() {
        UUID id = posted(bin, vacancy(VacancyFixtures.ALMATY, "450000.00", 3));
        UUID referral = refer(id, randomIdentifier());
        outcome(id, referral, Map.of("outcome", "HIRED")).statusCode(200);

        clock.advance(Duration.ofDays(16));
        job.run();
        get(bin, id).body("labourMarketTestPassed", is(true)).body("passedPositions", is(2))
                .body("openPositions", is(2)).body("hiredCitizens", is(1));
        assertEquals(2, passedEventPositions(id));
    }

    @Test
    void closedVacancyNeverPasses() {
        UUID id = posted(bin, vacancy());
        given().auth().oauth2(TestTokens.employer(bin)).post("/api/v1/vacancies/{id}/close", id).then()
                .statusCode(200).body("status", is("CLOSED")).body("closeReason", is("WITHDRAWN_BY_EMPLOYER"));

        clock.advance(Duration.ofDays(30));
        job.run();
        get(bin, id).body("labourMarketTestPassed", is(false));
        assertEquals(0, passedEvents(id));
    }

    @Test
    void runningTheJobTwiceEmitsTheEventOnceAndItReachesKafka() {
        UUID id = posted(bin, vacancy());
        clock.advance(Duration.ofDays(16));
        job.run();
        job.run();
        assertEquals(1, passedEvents(id));

        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "vacancy.events")) {
            List<ConsumerRecord<String, String>> records = consumer.await(r -> isPassedEvent(r, id), 1,
                    Duration.ofSeconds(30));
            String value = records.get(0).value();
            assertTrue(value.contains("\"employerBin\":\"" + bin + "\"") && value.contains("\"positions\":2"), value);
            assertEquals(1, consumer.drain(Duration.ofSeconds(2)).stream().filter(r -> isPassedEvent(r, id)).count());
        }
    }

    @Test
    void jobsRunningConcurrentlyOnTwoInstancesEmitTheEventOnce() throws Exception {
        List<UUID> ids = List.of(posted(bin, vacancy()), posted(bin, vacancy()), posted(bin, vacancy()));
        clock.advance(Duration.ofDays(16));
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> instance = () -> {
            start.await();
            return job.run();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(instance);
            Future<Integer> second = pool.submit(instance);
            start.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        for (UUID id : ids) {
            get(bin, id).body("labourMarketTestPassed", is(true));
            assertEquals(1, passedEvents(id), "events of " + id);
        }
    }

    private void advanceTo(LocalDate day) {
        clock.advance(Duration.ofDays(LocalDate.now(clock).until(day).getDays()));
    }

    private static ValidatableResponse referrals(UUID vacancyId) {
        return given().auth().oauth2(TestTokens.role("labour-exchange")).get("/api/v1/vacancies/{id}/referrals",
                vacancyId).then().statusCode(200);
    }

    private long events(UUID id, EventType type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select count(*) from outbox_event where aggregate_id = ?1 and event_type = ?2""")
                .setParameter(1, id.toString()).setParameter(2, type.type()).getSingleResult()).longValue());
    }

    private static boolean isPassedEvent(ConsumerRecord<String, String> record, UUID id) {
        return id.toString().equals(record.key())
                && record.value().contains(EventType.LABOUR_MARKET_TEST_PASSED.type());
    }

    private long passedEvents(UUID id) {
        return events(id, EventType.LABOUR_MARKET_TEST_PASSED);
    }

    private int passedEventPositions(UUID id) {
        String envelope = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery("""
                select envelope from outbox_event where aggregate_id = ?1 and event_type = ?2""")
                .setParameter(1, id.toString()).setParameter(2, EventType.LABOUR_MARKET_TEST_PASSED.type())
                .getSingleResult());
        return Integer.parseInt(envelope.replaceAll(".*\"positions\":(\\d+).*", "$1"));
    }
}
