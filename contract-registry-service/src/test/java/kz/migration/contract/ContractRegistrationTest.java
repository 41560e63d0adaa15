package kz.migration.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;

import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.time.AdjustableClock;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** POST /api/v1/contracts against the permit read-model fed by real PermitIssued events. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class ContractRegistrationTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";
    private static final ZoneId ALMATY_ZONE = ZoneId.of("Asia/Almaty");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AdjustableClock clock;

    @Inject
    WorkingDayCalendar calendar;

    ContractFixtures fixtures;

    @BeforeEach
    void openFeed() {
        fixtures = new ContractFixtures(dataSource);
    }

    @AfterEach
    void closeFeedAndResetClock() {
        fixtures.close();
        clock.reset();
    }

    ContractFixtures fixtures() {
        return fixtures;
    }

    private static LocalDate today() {
        return LocalDate.now(ALMATY_ZONE);
    }

    private PermitIssued issuedPermit(String bin) {
        return fixtures().issue(ContractFixtures.employerPermit(bin, ContractFixtures.randomPassport(),
                today().minusDays(10), today().plusYears(1)));
    }

    @Test
    void registersContractAndPublishesContractRegisteredWithTheVacancy() {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        String id = ContractFixtures.register(bin, ContractFixtures.registration(permit)).then().statusCode(201)
                .header("ETag", is("\"0\"")).header("Location", notNullValue())
                .body("contractNumber", matchesPattern("LC-\\d{4}-\\d{6}"))
                .body("status", is("ACTIVE")).body("late", is(false)).body("permitKind", is("EMPLOYER"))
                .body("salary", is("650000.00")).body("employerBin", is(bin))
                .extract().path("id");
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "contract.events")) {
            String value = consumer.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0).value();
            org.hamcrest.MatcherAssert.assertThat(value, containsString("kz.migration.contract.registered.v1"));
            org.hamcrest.MatcherAssert.assertThat(value,
                    containsString("\"vacancyId\":\"" + permit.vacancyId() + "\""));
            org.hamcrest.MatcherAssert.assertThat(value, containsString("\"registrySequence\":"));
        }
    }

    @Test
    void replaysTheFirstResultForTheSameIdempotencyKeyAndRefusesItWithAnotherBody() {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        Map<String, Object> body = ContractFixtures.registration(permit);
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(TestTokens.employer(bin)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/contracts").then().statusCode(201)
                .header("Idempotency-Replayed", "false").extract().path("id");
        given().auth().oauth2(TestTokens.employer(bin)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/contracts").then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", is(first));
        body.put("position", "Team lead");
        given().auth().oauth2(TestTokens.employer(bin)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/contracts").then().statusCode(409)
                .body("type", is(PROBLEMS + "idempotency-key-reused"));
    }

    @Test
    void answersTheRegistrationAsJsonWithItsLocationAndVersionAndReplaysTheSameBytes() {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        Map<String, Object> body = ContractFixtures.registration(permit);
        String key = UUID.randomUUID().toString();
        io.restassured.response.Response first = given().auth().oauth2(TestTokens.employer(bin))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/api/v1/contracts")
                .then().statusCode(201).extract().response();
        String id = first.path("id");
        org.hamcrest.MatcherAssert.assertThat(first.header("Location"), org.hamcrest.Matchers.endsWith(
                "/api/v1/contracts/" + id));
        org.hamcrest.MatcherAssert.assertThat(first.header("ETag"), is("\"0\""));
        // The stored response is sent as it is, typed without a charset parameter, as it always was.
        org.hamcrest.MatcherAssert.assertThat(first.contentType(), is("application/json"));
        io.restassured.response.Response replay = given().auth().oauth2(TestTokens.employer(bin))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/api/v1/contracts")
                .then().statusCode(201).header("Idempotency-Replayed", "true").extract().response();
        org.hamcrest.MatcherAssert.assertThat(replay.asByteArray(), is(first.asByteArray()));
        org.hamcrest.MatcherAssert.assertThat(replay.contentType(), is(first.contentType()));
    }

    /**
     * Java's own HttpClient, and any client that upgrades plain HTTP to HTTP/2 (h2c), sends the body as HTTP/2 data
     * frames: a registration must read it there as over HTTP/1.1. A body handler that read it ahead of the REST route
     * left RESTEasy pausing an ended HTTP/2 request: 500 "Request has already been read".
     */
    @Test
    void registersOverHttp2() throws Exception {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                ContractFixtures.registration(permit));
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_2).build();
        java.net.http.HttpRequest upgrade = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + RestAssured.port + "/q/health/live")).GET().build();
        // The upgrade to h2c happens on a request without a body; the registration then goes over HTTP/2.
        client.send(upgrade, java.net.http.HttpResponse.BodyHandlers.discarding());
        java.net.http.HttpResponse<String> answer = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + RestAssured.port + "/api/v1/contracts"))
                .header("Authorization", "Bearer " + TestTokens.employer(bin))
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(java.net.http.HttpClient.Version.HTTP_2, answer.version(), "the request did not go over HTTP/2");
        assertEquals(201, answer.statusCode(), answer.body());
    }

    @Test
    void refusesUnknownPermit() {
        String bin = ContractFixtures.randomBin();
        PermitIssued never = ContractFixtures.employerPermit(bin, ContractFixtures.randomPassport(), today(),
                today().plusYears(1));
        refused(bin, ContractFixtures.registration(never), "permit-unknown");
    }

    @Test
    void refusesPermitThatIsNoLongerIssued() {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        fixtures().publish(ContractFixtures.key(permit), new kz.migration.common.event.permit.PermitRevoked(
                permit.permitNumber(), bin, permit.region(), "FORGED_DOCUMENTS", today().plusYears(1),
                java.time.Instant.now()));
        fixtures().awaitPermitStatus(permit.permitNumber(), "REVOKED");
        refused(bin, ContractFixtures.registration(permit), "permit-not-issued").body("permitStatus", is("REVOKED"));
    }

    @Test
    void refusesPermitOfAnotherEmployer() {
        PermitIssued permit = issuedPermit(ContractFixtures.randomBin());
        refused(ContractFixtures.randomBin(), ContractFixtures.registration(permit), "permit-other-employer");
    }

    @Test
    void aLabourImmigrantPermitBacksTheContractsOfSeveralHouseholdEmployers() {
        // The permit is the worker's own: they may work for several households, or change employer, on it.
        PermitIssued permit = fixtures().issue(ContractFixtures.labourImmigrantPermit(
                ContractFixtures.randomPassport(), today().minusDays(3), today().plusMonths(12)));
        ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(), ContractFixtures.registration(permit))
                .then().statusCode(201).body("permitKind", is("LABOUR_IMMIGRANT"));
        ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(), ContractFixtures.registration(permit))
                .then().statusCode(201);
    }

    @Test
    void refusesRegionOtherThanThePermits() {
        String bin = ContractFixtures.randomBin();
        Map<String, Object> body = ContractFixtures.registration(issuedPermit(bin));
        body.put("region", ContractFixtures.ASTANA);
        refused(bin, body, "permit-region-mismatch").body("permitRegion", is(ContractFixtures.ALMATY));
    }

    @Test
    void refusesOccupationOtherThanThePermits() {
        String bin = ContractFixtures.randomBin();
        Map<String, Object> body = ContractFixtures.registration(issuedPermit(bin));
        body.put("occupationCode", ContractFixtures.WELDER);
        refused(bin, body, "permit-occupation-mismatch");
    }

    @Test
    void refusesDatesOutsideThePermitsValidity() {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        Map<String, Object> endsLate = ContractFixtures.registration(permit);
        endsLate.put("endDate", permit.validTo().plusDays(1).toString());
        refused(bin, endsLate, "contract-outside-permit-validity");
        Map<String, Object> startsEarly = ContractFixtures.registration(permit);
        startsEarly.put("startDate", permit.validFrom().minusDays(1).toString());
        refused(bin, startsEarly, "contract-outside-permit-validity");
    }

    @Test
    void refusesWorkerWhosePassportIsNotThePermits() {
        String bin = ContractFixtures.randomBin();
        Map<String, Object> body = ContractFixtures.registration(issuedPermit(bin));
        @SuppressWarnings("unchecked")
        Map<String, Object> worker = (Map<String, Object>) body.get("worker");
        worker.put("passportNumber", ContractFixtures.randomPassport());
        refused(bin, body, "worker-document-mismatch");
    }

    @Test
    void listsEveryMismatchAndNamesTheFirst() {
        String bin = ContractFixtures.randomBin();
        Map<String, Object> body = ContractFixtures.registration(issuedPermit(bin));
        body.put("region", ContractFixtures.ASTANA);
        body.put("occupationCode", ContractFixtures.WELDER);
        refused(bin, body, "permit-region-mismatch").body("mismatches",
                contains("permit-region-mismatch", "permit-occupation-mismatch"));
    }

    @Test
    void refusesASecondActiveContractOnOneEmployerPermit() {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        ContractFixtures.register(bin, ContractFixtures.registration(permit)).then().statusCode(201);
        refused(bin, ContractFixtures.registration(permit), "permit-already-in-use");
    }

    @Test
    void flagsRegistrationLateExactlyOnTheSixthWorkingDayAfterSigning() {
        // Signed Thu 2025-03-20: Nauryz (21-25 March, with carry-over days off) pushes the 5th working day to 1 April.
        LocalDate signed = LocalDate.of(2025, 3, 20);
        assertEquals(5, calendar.workingDaysBetween(signed, LocalDate.of(2025, 4, 1)));
        assertEquals(6, calendar.workingDaysBetween(signed, LocalDate.of(2025, 4, 2)));
        String bin = ContractFixtures.randomBin();
        PermitIssued first = fixtures().issue(ContractFixtures.employerPermit(bin, ContractFixtures.randomPassport(),
                LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28)));
        PermitIssued second = fixtures().issue(ContractFixtures.employerPermit(bin,
                ContractFixtures.randomPassport(), LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28)));

        moveClockTo(LocalDate.of(2025, 4, 1));
        Map<String, Object> onTime = ContractFixtures.registration(first);
        onTime.put("signedOn", signed.toString());
        ContractFixtures.register(bin, onTime).then().statusCode(201).body("late", is(false));

        moveClockTo(LocalDate.of(2025, 4, 2));
        Map<String, Object> late = ContractFixtures.registration(second);
        late.put("signedOn", signed.toString());
        ContractFixtures.register(bin, late).then().statusCode(201).body("late", is(true));

        given().auth().oauth2(TestTokens.role("ministry")).queryParam("year", 2025)
                .queryParam("region", ContractFixtures.ALMATY).get("/api/v1/contracts/statistics").then()
                .statusCode(200).body("regions[0].late", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void aSigningDateAtTheEndOfTimeIsRefusedWithoutCountingTheDaysSinceIt() {
        String bin = ContractFixtures.randomBin();
        Map<String, Object> body = ContractFixtures.registration(issuedPermit(bin));
        body.put("signedOn", "-999999999-01-01");
        // Counting working days up to today took hours of CPU under the permit's row lock; bounded here so that a
        // regression fails instead of hanging the build.
        given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 60_000))).auth().oauth2(TestTokens.employer(bin))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/contracts").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("signedOn"));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("registeredTo", "+999999999-12-31")
                .get("/api/v1/contracts").then().statusCode(400).body("violations.field", contains("registeredTo"));
    }

    @Test
    void rejectsInvalidRequestsWithFieldViolations() {
        String bin = ContractFixtures.randomBin();
        Map<String, Object> body = ContractFixtures.registration(issuedPermit(bin));
        body.put("permitNumber", "123");
        body.put("weeklyHours", 169);
        body.put("salary", "-1");
        ContractFixtures.register(bin, body).then().statusCode(400).body("type", is(PROBLEMS + "validation"))
                .body("violations.field", hasItem("permitNumber")).body("violations.field", hasItem("weeklyHours"))
                .body("violations.field", hasItem("salary"));
        Map<String, Object> unknownField = ContractFixtures.registration(issuedPermit(bin));
        unknownField.put("bonus", "1");
        ContractFixtures.register(bin, unknownField).then().statusCode(400);
        Map<String, Object> endsBeforeStart = ContractFixtures.registration(issuedPermit(bin));
        endsBeforeStart.put("endDate", today().minusDays(30).toString());
        ContractFixtures.register(bin, endsBeforeStart).then().statusCode(400)
                .body("violations.field", hasItem("endDate"));
    }

    @Test
    void requiresATokenAndTheEmployerRole() {
        String bin = ContractFixtures.randomBin();
        Map<String, Object> body = ContractFixtures.registration(issuedPermit(bin));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k1").body(body).post("/api/v1/contracts")
                .then().statusCode(401).body("type", is(PROBLEMS + "unauthenticated"));
        given().auth().oauth2(TestTokens.officer(ContractFixtures.ALMATY)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "k1").body(body).post("/api/v1/contracts").then().statusCode(403)
                .body("type", is(PROBLEMS + "forbidden"));
        given().auth().oauth2(TestTokens.role("auditor")).get("/api/v1/registry/verify").then().statusCode(200);
        given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/registry/verify").then().statusCode(403);
    }

    private io.restassured.response.ValidatableResponse refused(String bin, Map<String, Object> body, String type) {
        return ContractFixtures.register(bin, body).then().statusCode(422).body("type", is(PROBLEMS + type));
    }

    /** Shifts the service clock to 10:00 in Almaty on {@code date}. */
    private void moveClockTo(LocalDate date) {
        clock.reset();
        ZonedDateTime target = date.atTime(10, 0).atZone(ALMATY_ZONE);
        clock.advance(Duration.between(clock.instant(), target.toInstant()));
    }
}
