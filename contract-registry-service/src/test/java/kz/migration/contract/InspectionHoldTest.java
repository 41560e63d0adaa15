package kz.migration.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import kz.migration.common.event.inspection.TerminationHoldLifted;
import kz.migration.common.event.inspection.TerminationHoldPlaced;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * The labour inspectorate's side of the registry: the contract events carry what the inspectorate matches wages and
 * shows the worker by, and termination holds from inspection.events stop the employer ending the worker's contract.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class InspectionHoldTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";
    private static final String AGENCY = "190840000283";

    @Inject
    AgroalDataSource dataSource;

    ContractFixtures fixtures;

    @BeforeEach
    void openFeed() {
        fixtures = new ContractFixtures(dataSource);
    }

    @AfterEach
    void closeFeed() {
        fixtures.close();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Almaty"));
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static JsonNode data(String cloudEvent) throws Exception {
        return new ObjectMapper().readTree(cloudEvent).get("data");
    }

    private Map<String, Object> registered(String bin, PermitIssued permit) {
        Map<String, Object> body = ContractFixtures.registration(permit);
        body.put("employerName", "TOO Qazaq Soft");
        body.put("recruitmentAgencyBin", AGENCY);
        Response response = ContractFixtures.register(bin, body);
        response.then().statusCode(201).body("employerName", is("TOO Qazaq Soft"))
                .body("recruitmentAgencyBin", is(AGENCY));
        return response.as(Map.class);
    }

    private static Response terminate(String bin, Object id, long version, String reason) {
        return given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"" + version + "\"")
                .contentType(ContentType.JSON).body(Map.of("terminatedOn", today().toString(), "reason", reason))
                .post("/api/v1/contracts/" + id + "/termination");
    }

    @Test
    void contractEventsCarryThePassportEmployerNameSalaryHoursAndAgency() throws Exception {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = fixtures.issue(ContractFixtures.employerPermit(bin, ContractFixtures.randomPassport(),
                today().minusMonths(1), today().plusYears(1)));
        String id = (String) registered(bin, permit).get("id");
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("signedOn", today().toString(), "salary", "700000.00"))
                .post("/api/v1/contracts/" + id + "/amendments").then().statusCode(200);
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("signedOn", today().toString(), "position", "Lead developer"))
                .post("/api/v1/contracts/" + id + "/amendments").then().statusCode(200);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap(), "contract.events")) {
            var records = consumer.await(r -> id.equals(r.key()), 3, Duration.ofSeconds(30));
            String registeredEvent = records.stream().map(r -> r.value())
                    .filter(v -> v.contains("contract.registered.v1")).findFirst().orElseThrow();
            assertThat(registeredEvent, containsString("\"workerDocumentNumber\":\"" + permit.workerDocumentNumber()));
            assertThat(registeredEvent, containsString("\"employerName\":\"TOO Qazaq Soft\""));
            assertEquals(0, new BigDecimal("650000.00").compareTo(data(registeredEvent).get("salary").decimalValue()));
            assertThat(registeredEvent, containsString("\"currency\":\"KZT\""));
            assertThat(registeredEvent, containsString("\"weeklyHours\":40"));
            assertThat(registeredEvent, containsString("\"recruitmentAgencyBin\":\"" + AGENCY + "\""));
            List<String> amended = records.stream().map(r -> r.value())
                    .filter(v -> v.contains("contract.amended.v1")).toList();
            assertEquals(0, new BigDecimal("700000.00").compareTo(data(amended.get(0)).get("salary").decimalValue()));
            assertTrue(data(amended.get(1)).path("salary").isNull(), "a position change carries no salary");
        }
    }

    @Test
    void aHoldRefusesTheEmployersTerminationUntilTheInspectorLiftsIt() throws Exception {
        String bin = ContractFixtures.randomBin();
        String passport = ContractFixtures.randomPassport();
        PermitIssued permit = fixtures.issue(
                ContractFixtures.employerPermit(bin, passport, today().minusMonths(1), today().plusYears(1)));
        Object id = registered(bin, permit).get("id");
        UUID holdId = UUID.randomUUID();
        // A case filed with the permit number: the hold names the permit and the passport, not the contract.
        fixtures.publish(holdId.toString(), new TerminationHoldPlaced(holdId, "GR-2026-000777", bin, null, passport,
                permit.permitNumber(), null, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> fixtures
                .queryLong("select count(*) from termination_hold where hold_id = ? and lifted_at is null",
                        holdId) == 1);

        for (String reason : List.of("EMPLOYER_INITIATIVE", "MUTUAL_AGREEMENT", "OTHER")) {
            terminate(bin, id, 0, reason).then().statusCode(409)
                    .body("type", is(PROBLEMS + "termination-hold-in-force"))
                    .body("detail", not(containsString("GR-2026-000777")));
        }
        given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/contracts/" + id).then().statusCode(200)
                .body("status", is("ACTIVE")).body("version", is(0));

        fixtures.publish(holdId.toString(), new TerminationHoldLifted(holdId, "GR-2026-000777", "inspector-1",
                "LIFTED_BY_INSPECTOR", Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> fixtures
                .queryLong("select count(*) from termination_hold where hold_id = ? and lifted_at is not null",
                        holdId) == 1);
        terminate(bin, id, 0, "EMPLOYER_INITIATIVE").then().statusCode(200).body("status", is("TERMINATED"));
    }

    @Test
    void theWorkerMayStillLeaveAndALiftBeforeItsHoldKeepsItOutOfForce() throws Exception {
        String bin = ContractFixtures.randomBin();
        String passport = ContractFixtures.randomPassport();
        PermitIssued permit = fixtures.issue(
                ContractFixtures.employerPermit(bin, passport, today().minusMonths(1), today().plusYears(1)));
        Object held = registered(bin, permit).get("id");
        String contractNumber = given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/contracts/" + held)
                .then().extract().path("contractNumber");
        UUID holdId = UUID.randomUUID();
        fixtures.publish(holdId.toString(), new TerminationHoldPlaced(holdId, "GR-2026-000778", bin, null, passport,
                null, contractNumber, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> fixtures
                .queryLong("select count(*) from termination_hold where hold_id = ?", holdId) == 1);
        terminate(bin, held, 0, "WORKER_INITIATIVE").then().statusCode(200).body("status", is("TERMINATED"));

        // The lift overtakes its hold (a replay from the dead-letter topic): the hold never comes into force.
        String otherBin = ContractFixtures.randomBin();
        String otherPassport = ContractFixtures.randomPassport();
        PermitIssued other = fixtures.issue(ContractFixtures.employerPermit(otherBin, otherPassport,
                today().minusMonths(1), today().plusYears(1)));
        Object free = registered(otherBin, other).get("id");
        UUID lateHold = UUID.randomUUID();
        fixtures.publish(lateHold.toString(), new TerminationHoldLifted(lateHold, "GR-2026-000779", "inspector-1",
                "LIFTED_BY_INSPECTOR", Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> fixtures
                .queryLong("select count(*) from termination_hold where hold_id = ?", lateHold) == 1);
        fixtures.publish(lateHold.toString(), new TerminationHoldPlaced(lateHold, "GR-2026-000779", otherBin, null,
                otherPassport, other.permitNumber(), null, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> fixtures
                .queryLong("select count(*) from termination_hold where hold_id = ? and placed_at is not null",
                        lateHold) == 1);
        terminate(otherBin, free, 0, "EMPLOYER_INITIATIVE").then().statusCode(200);
    }
}
