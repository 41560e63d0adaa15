package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.inspection.EmployerViolationRecorded;
import kz.migration.common.testing.Polls;
import kz.migration.permit.repository.EmployerViolationRepository;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** The labour inspectorate's compliance register in permit decisions: refusals and the officer's flags. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class EmployerComplianceTest extends PermitScenario {

    @Inject
    EmployerViolationRepository violations;

    private EmployerViolationRecorded violation(String bin, String kind, boolean serious, int daysAgo) {
        return new EmployerViolationRecorded(UUID.randomUUID(), "GR-2026-0" + (10000 + daysAgo), bin, null, null,
                kind, serious, ALMATY, "LABOUR_CODE_ART_23", today().minusDays(daysAgo), clock.instant());
    }

    @Test
    void aSeriousViolationFromKafkaRefusesTheEmployersNextApplicationOnItsNamedGround() {
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 3);
        EmployerViolationRecorded passport = violation(bin, "PASSPORT_WITHHELD", true, 10);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>("inspection.events", passport.caseNumber(),
                    event(passport.caseNumber(), passport)));
        }
        // Submit only once the event is in the register: a submission before it would be accepted and take a position.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> !violations.ofCompanySince(bin, today().minusYears(1)).isEmpty()));
        submit(bin, application(vacancy, ALMATY)).statusCode(422)
                .body("type", containsString("employer-serious-violation"))
                .body("findings[0].rule", is("permit.compliance.serious-violation-refuses"))
                .body("findings[0].ground", is("EMPLOYER_SERIOUS_VIOLATION"))
                .body("violationKind", is("PASSPORT_WITHHELD"))
                .body("caseNumber", is(passport.caseNumber()))
                .body("consideredAgainFrom", is(passport.confirmedOn().plusMonths(12).plusDays(1).toString()));
        given().auth().oauth2(TestTokens.employer(bin)).queryParam("vacancyId", vacancy.toString()).get(BASE).then()
                .statusCode(200).body("items.size()", is(0));
        // Another employer is not affected.
        String other = newBin();
        submit(other, application(passedVacancy(other, ALMATY, 1), ALMATY)).statusCode(201);
    }

    @Test
    void aViolationOlderThanThePeriodRefusesNothing() {
        String bin = newBin();
        Polls.deliver(consumer::onInspectionEvents, event(bin, violation(bin, "FORCED_LABOUR", true, 400)));
        submitted(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
    }

    @Test
    void lesserViolationsAndOnesConfirmedDuringReviewAreFlagsTheOfficerSees() {
        String bin = newBin();
        EmployerViolationRecorded hours = violation(bin, "EXCESSIVE_HOURS", false, 30);
        String record = event(bin, hours);
        Polls.deliver(consumer::onInspectionEvents, record);
        Polls.deliver(consumer::onInspectionEvents, record);
        UUID vacancy = passedVacancy(bin, ALMATY, 1);
        Map<String, Object> body = application(vacancy, ALMATY);
        body.put("recruitmentAgencyBin", "190840000283");
        UUID id = submitted(bin, body);
        // A page shows each application with its employer's flags, as the application itself does.
        given().auth().oauth2(TestTokens.officer(ALMATY)).queryParam("vacancyId", vacancy.toString()).get(BASE)
                .then().statusCode(200).body("items.size()", is(1)).body("items[0].complianceFlags", hasSize(1))
                .body("items[0].complianceFlags[0].caseNumber", is(hours.caseNumber()))
                .body("items[0].documentCheck", is("PENDING"));
        given().auth().oauth2(TestTokens.officer(ALMATY)).get(BASE + "/{id}", id).then().statusCode(200)
                .body("recruitmentAgencyBin", is("190840000283")).body("complianceFlags", hasSize(1))
                .body("complianceFlags[0].kind", is("EXCESSIVE_HOURS"))
                .body("complianceFlags[0].serious", is(false))
                .body("complianceFlags[0].caseNumber", is(hours.caseNumber()))
                .body("complianceFlags[0].confirmedOn", is(hours.confirmedOn().toString()));
        // Confirmed while the application is under review: it stays, the officer sees it flagged as serious.
        Polls.deliver(consumer::onInspectionEvents,
                event(bin, new EmployerViolationRecorded(UUID.randomUUID(), "GR-2026-020001", bin,
                        null, null, "WAGES_UNPAID_OR_LATE", true, ALMATY, "LABOUR_CODE_ART_113", today(),
                        Instant.now())));
        given().auth().oauth2(TestTokens.officer(ALMATY)).get(BASE + "/{id}", id).then().statusCode(200)
                .body("status", is("SUBMITTED")).body("complianceFlags", hasSize(2))
                .body("complianceFlags[0].kind", is("WAGES_UNPAID_OR_LATE"))
                .body("complianceFlags[0].serious", is(true));
    }
}
