package kz.migration.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.permit.PermitExpired;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitRevoked;
import kz.migration.contract.api.RegisterContractRequest;
import kz.migration.contract.domain.ContractEmployer;
import kz.migration.contract.service.ContractRegistrationService;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Amendments, termination, replacement, the permit's end, and who may read what. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class ContractLifecycleTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";
    private static final Pattern DUPLICATES = Pattern.compile(
            "registry_inbox_duplicates_total\\{consumer=\"contract-registry-service\"[^}]*\\} ([0-9.E]+)");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ContractRegistrationService contracts;

    @Inject
    ObjectMapper objectMapper;

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

    private PermitIssued issuedPermit(String bin) {
        return fixtures.issue(ContractFixtures.employerPermit(bin, ContractFixtures.randomPassport(),
                today().minusMonths(2), today().plusYears(1)));
    }

    private ExtractableResponse<Response> registered(String bin, PermitIssued permit, LocalDate signedOn) {
        Map<String, Object> body = ContractFixtures.registration(permit);
        body.put("startDate", permit.validFrom().plusDays(1).toString());
        body.put("signedOn", signedOn.toString());
        return ContractFixtures.register(bin, body).then().statusCode(201).extract();
    }

    @Test
    void amendsWithIfMatchAndFlagsAnAmendmentRegisteredAfterFifteenDays() {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        String id = registered(bin, permit, today().minusDays(40)).path("id");
        String path = "/api/v1/contracts/" + id + "/amendments";
        Map<String, Object> raise = Map.of("signedOn", today().minusDays(15).toString(), "salary", "700000.00");

        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON).body(raise).post(path).then()
                .statusCode(428).body("type", is(PROBLEMS + "precondition-required"));
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(raise).post(path).then().statusCode(412).body("type", is(PROBLEMS + "stale-version"));
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(raise).post(path).then().statusCode(200).header("ETag", "\"1\"").body("salary", is("700000.00"))
                .body("amendmentCount", is(1)).body("lateAmendments", is(0));
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("signedOn", today().minusDays(16).toString(), "position", "Lead developer")).post(path)
                .then().statusCode(200).header("ETag", "\"2\"").body("position", is("Lead developer"))
                .body("amendmentCount", is(2)).body("lateAmendments", is(1));
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("signedOn", today().toString(), "endDate", permit.validTo().plusDays(1).toString()))
                .post(path).then().statusCode(422).body("type", is(PROBLEMS + "contract-outside-permit-validity"));
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("signedOn", today().toString())).post(path).then().statusCode(400);
        given().auth().oauth2(TestTokens.employer(ContractFixtures.randomBin())).header("If-Match", "\"2\"")
                .contentType(ContentType.JSON).body(raise).post(path).then().statusCode(404);
    }

    @Test
    void terminatesOnceAndPublishesContractTerminated() {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        String id = registered(bin, permit, today().minusDays(3)).path("id");
        String path = "/api/v1/contracts/" + id + "/termination";
        Map<String, Object> end = Map.of("terminatedOn", today().toString(), "reason", "MUTUAL_AGREEMENT");
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(end).post(path).then().statusCode(200).body("status", is("TERMINATED"))
                .body("terminatedOn", is(today().toString()));
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(end).post(path).then().statusCode(409).body("type", is(PROBLEMS + "state-conflict"));
        // The permit is free again: a new contract may be registered on it.
        registered(bin, permit, today());
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "contract.events")) {
            assertThat(consumer.await(r -> id.equals(r.key()) && r.value().contains("contract.terminated.v1"), 1,
                    Duration.ofSeconds(30)).get(0).value(), containsString("MUTUAL_AGREEMENT"));
        }
    }

    @Test
    void recordsReplacementByACitizenWithoutPublishingTheIin() {
        String bin = ContractFixtures.randomBin();
        String id = registered(bin, issuedPermit(bin), today().minusDays(3)).path("id");
        String iin = ContractFixtures.randomBin();
        String path = "/api/v1/contracts/" + id + "/replacement";
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON)
                .body(Map.of("citizenIin", "123456789012", "replacedOn", today().toString())).post(path).then()
                .statusCode(400).body("violations[0].field", is("citizenIin"));
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON)
                .body(Map.of("citizenIin", iin, "replacedOn", today().toString())).post(path).then()
                .statusCode(201).body("replacedByCitizenOn", is(today().toString()));
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON)
                .body(Map.of("citizenIin", iin, "replacedOn", today().toString())).post(path).then()
                .statusCode(409).body("type", is(PROBLEMS + "replacement-already-reported"));
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "contract.events")) {
            String value = consumer.await(r -> id.equals(r.key()) && r.value().contains("foreign-worker-replaced"),
                    1, Duration.ofSeconds(30)).get(0).value();
            assertThat(value, not(containsString(iin)));
        }
    }

    @Test
    void aContractThatHasNotStartedCanBeTerminatedButNotBeforeItWasSigned() {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        Map<String, Object> body = ContractFixtures.registration(permit);
        body.put("startDate", today().plusDays(30).toString());
        body.put("signedOn", today().minusDays(2).toString());
        String id = ContractFixtures.register(bin, body).then().statusCode(201).extract().path("id");
        String path = "/api/v1/contracts/" + id + "/termination";

        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("terminatedOn", today().minusDays(3).toString(), "reason", "MUTUAL_AGREEMENT"))
                .post(path).then().statusCode(400).body("violations.field", org.hamcrest.Matchers.contains(
                        "terminatedOn"));
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("terminatedOn", today().toString(), "reason", "WORKER_INITIATIVE")).post(path).then()
                .statusCode(200).body("status", is("TERMINATED"));
        // The permit backs no active contract any more.
        ContractFixtures.register(bin, ContractFixtures.registration(permit)).then().statusCode(201);
    }

    @Test
    void marksContractsWhenTheirPermitIsRevokedOrExpires() throws Exception {
        String bin = ContractFixtures.randomBin();
        PermitIssued revokedPermit = issuedPermit(bin);
        PermitIssued expiringPermit = issuedPermit(bin);
        String revokedId = registered(bin, revokedPermit, today()).path("id");
        String expiredId = registered(bin, expiringPermit, today()).path("id");

        fixtures.publish(ContractFixtures.key(revokedPermit), new PermitRevoked(revokedPermit.permitNumber(), bin,
                revokedPermit.region(), "VIOLATIONS", today().plusYears(1), Instant.now()));
        fixtures.publish(ContractFixtures.key(expiringPermit), new PermitExpired(expiringPermit.permitNumber(), bin,
                expiringPermit.region(), today()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals("PERMIT_REVOKED", status(bin, revokedId));
            assertEquals("PERMIT_EXPIRED", status(bin, expiredId));
        });
        fixtures.awaitChained();
        assertEquals(1, fixtures.queryLong(
                "select count(*) from registry_entry where contract_id = ?::uuid and action = 'PERMIT_ENDED'",
                revokedId));
        // A contract whose permit ended can still be terminated, so the registry shows how it ended.
        given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("terminatedOn", today().toString(), "reason", "PERMIT_ENDED"))
                .post("/api/v1/contracts/" + revokedId + "/termination").then().statusCode(200)
                .body("status", is("TERMINATED"));
    }

    @Test
    void aRevocationArrivingWhileARegistrationHoldsThePermitWaitsForItAndMarksItsContract() throws Exception {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        RegisterContractRequest request = objectMapper.convertValue(ContractFixtures.registration(permit),
                RegisterContractRequest.class);
        // A registration in flight: it holds the permit's row lock, and its new contract is invisible to others
        // until it commits. A revocation that did not wait for it would miss that contract for good.
        QuarkusTransaction.begin();
        UUID contractId;
        try {
            contractId = contracts.register(ContractEmployer.company(bin), UUID.randomUUID().toString(), request)
                    .result().id();
            fixtures.publish(ContractFixtures.key(permit), new PermitRevoked(permit.permitNumber(), bin,
                    permit.region(), "VIOLATIONS", today().plusYears(1), Instant.now()));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.queryLong(
                    "select count(*) from pg_stat_activity where datname = current_database() "
                            + "and wait_event_type = 'Lock' and query ilike '%permit_view%'") == 1);
            assertEquals("ISSUED", fixtures.queryString(
                    "select status from permit_view where permit_number = ?", permit.permitNumber()));
        } finally {
            QuarkusTransaction.commit();
        }
        fixtures.awaitPermitStatus(permit.permitNumber(), "REVOKED");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "PERMIT_REVOKED".equals(fixtures.queryString(
                "select status from labour_contract where id = ?::uuid", contractId.toString())));
    }

    @Test
    void aPermitIssuedReplayedAfterItsRevocationStaysRevoked() throws Exception {
        // The PermitIssued went to the dead-letter topic; the revocation arrived; then the dead letter is replayed.
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = ContractFixtures.employerPermit(bin, ContractFixtures.randomPassport(),
                today().minusMonths(1), today().plusYears(1));
        fixtures.publish(ContractFixtures.key(permit), new PermitRevoked(permit.permitNumber(), bin, permit.region(),
                "VIOLATIONS", today().plusYears(1), Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.queryLong(
                "select count(*) from permit_ended_unseen where permit_number = ?", permit.permitNumber()) == 1);

        fixtures.publish(ContractFixtures.key(permit), permit);

        fixtures.awaitPermitStatus(permit.permitNumber(), "REVOKED");
        ContractFixtures.register(bin, ContractFixtures.registration(permit)).then().statusCode(422)
                .body("type", is(PROBLEMS + "permit-not-issued"));
    }

    @Test
    void redeliveredPermitEventsChangeNothing() throws Exception {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = ContractFixtures.employerPermit(bin, ContractFixtures.randomPassport(),
                today().minusMonths(1), today().plusYears(1));
        CloudEvent issued = fixtures.envelope(ContractFixtures.key(permit), permit);
        fixtures.send(issued);
        fixtures.awaitPermitStatus(permit.permitNumber(), "ISSUED");
        String id = registered(bin, permit, today()).path("id");
        CloudEvent revoked = fixtures.envelope(ContractFixtures.key(permit), new PermitRevoked(
                permit.permitNumber(), bin, permit.region(), "VIOLATIONS", today().plusYears(1), Instant.now()));
        fixtures.send(revoked);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "PERMIT_REVOKED".equals(status(bin, id)));
        fixtures.awaitChained();
        long entries = fixtures.queryLong("select count(*) from registry_entry where contract_id = ?::uuid", id);
        double duplicatesBefore = duplicates();

        fixtures.send(issued);
        fixtures.send(revoked);
        fixtures.send(revoked);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() >= duplicatesBefore + 3);
        assertEquals("REVOKED", fixtures.queryString(
                "select status from permit_view where permit_number = ?", permit.permitNumber()));
        assertEquals("PERMIT_REVOKED", status(bin, id));
        fixtures.awaitChained();
        assertEquals(entries, fixtures.queryLong("select count(*) from registry_entry where contract_id = ?::uuid",
                id));
        assertEquals(1, fixtures.queryLong("select count(*) from inbox_event where event_id = ?::uuid",
                revoked.id().toString()));
    }

    @Test
    void officersReadTheirRegionOnlyAndEmployersTheirOwnContractsOnly() {
        String bin = ContractFixtures.randomBin();
        String id = registered(bin, issuedPermit(bin), today()).path("id");
        String path = "/api/v1/contracts/" + id;
        given().auth().oauth2(TestTokens.employer(bin)).get(path).then().statusCode(200).header("ETag", "\"0\"");
        given().auth().oauth2(TestTokens.officer(ContractFixtures.ALMATY)).get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.role("auditor")).get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.officer(ContractFixtures.ASTANA)).get(path).then().statusCode(404)
                .body("type", is(PROBLEMS + "not-found"));
        given().auth().oauth2(TestTokens.employer(ContractFixtures.randomBin())).get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.role("mfa")).get(path).then().statusCode(403);
        given().get(path).then().statusCode(401);
    }

    @Test
    void workerChecksTheContractPubliclyWithNumberAndPassport() {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        String number = registered(bin, permit, today()).path("contractNumber");
        given().contentType(ContentType.JSON)
                .body(Map.of("contractNumber", number, "passportNumber", permit.workerDocumentNumber()))
                .post("/api/v1/public/contracts/lookup").then().statusCode(200).body("status", is("ACTIVE"))
                .body("salary", is("650000.00")).body("worker", nullValue());
        String wrongPassport = given().contentType(ContentType.JSON)
                .body(Map.of("contractNumber", number, "passportNumber", ContractFixtures.randomPassport()))
                .post("/api/v1/public/contracts/lookup").then().statusCode(404).extract().path("detail");
        String unknownNumber = given().contentType(ContentType.JSON)
                .body(Map.of("contractNumber", "LC-2026-999999", "passportNumber", permit.workerDocumentNumber()))
                .post("/api/v1/public/contracts/lookup").then().statusCode(404).extract().path("type");
        assertEquals(PROBLEMS + "not-found", unknownNumber);
        assertThat(wrongPassport, not(containsString(permit.workerDocumentNumber())));
    }

    @Test
    void ministrySearchesByEmployerPageByPageWithACursor() {
        String bin = ContractFixtures.randomBin();
        for (int i = 0; i < 5; i++) {
            registered(bin, issuedPermit(bin), today());
        }
        Set<String> seen = new HashSet<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestTokens.role("ministry")).queryParam("employerBin", bin)
                    .queryParam("status", "ACTIVE").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get("/api/v1/contracts").then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            seen.addAll(ids);
            pageSizes.add(ids.size());
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(List.of(2, 2, 1), pageSizes);
        given().auth().oauth2(TestTokens.employer(ContractFixtures.randomBin())).queryParam("employerBin", bin)
                .get("/api/v1/contracts").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("limit", 500).get("/api/v1/contracts").then()
                .statusCode(400).body("violations[0].field", is("limit"));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("cursor", "garbage")
                .get("/api/v1/contracts").then().statusCode(400).body("violations[0].field", is("cursor"));
        given().auth().oauth2(TestTokens.role("auditor")).queryParam("workerDocument", "NOSUCH1")
                .get("/api/v1/contracts").then().statusCode(200).body("items", hasSize(0))
                .body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("year", today().getYear())
                .get("/api/v1/contracts/statistics").then().statusCode(200).body("regions", notNullValue());
    }

    private String status(String bin, String id) {
        return given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/contracts/" + id).then().statusCode(200)
                .extract().path("status");
    }

    private static double duplicates() {
        Matcher m = DUPLICATES.matcher(given().get("/q/metrics").then().extract().asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
