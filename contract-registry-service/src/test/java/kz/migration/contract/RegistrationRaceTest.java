package kz.migration.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import kz.migration.common.event.permit.PermitIssued;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * Registrations read and judge without a lock, then write in one call that locks the permit: these races are made
 * to happen by holding the permit's row lock from the test until the registrations wait for it (no sleeps), then
 * changing the permit or letting them through.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class RegistrationRaceTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";

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

    @Test
    void aPermitRevokedBetweenTheReadAndTheWriteIsJudgedAgainAndRefused() throws Exception {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        String key = UUID.randomUUID().toString();
        CompletableFuture<Response> registration;
        try (Connection holder = lockPermit(permit.permitNumber())) {
            registration = CompletableFuture.supplyAsync(() -> register(bin, key, permit));
            awaitRegistrationsWaiting(1);
            // What the read-model does on PermitRevoked (its @Version moves the version), under the lock it holds.
            try (PreparedStatement revoke = holder.prepareStatement("""
                    update permit_view set status = 'REVOKED', version = version + 1 where permit_number = ?""")) {
                revoke.setString(1, permit.permitNumber());
                revoke.executeUpdate();
            }
            holder.commit();
        }
        registration.get().then().statusCode(422).body("type", is(PROBLEMS + "permit-not-issued"));
        assertNothingWritten(permit.permitNumber(), key);
    }

    @Test
    void twoConcurrentRegistrationsWithOneKeyRegisterOnceAndTheSecondReplaysTheFirstsBytes() throws Exception {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        String key = UUID.randomUUID().toString();
        List<Response> responses = whileThePermitIsLocked(permit, 2, () -> register(bin, key, permit));

        responses.forEach(response -> response.then().statusCode(201));
        assertEquals(List.of("false", "true"), responses.stream().map(r -> r.header("Idempotency-Replayed"))
                .sorted().toList());
        assertArrayEquals(responses.get(0).asByteArray(), responses.get(1).asByteArray());
        assertEquals(1, fixtures.queryLong("select count(*) from labour_contract where permit_number = ?",
                permit.permitNumber()));
    }

    @Test
    void twoConcurrentRegistrationsOnOneEmployerPermitLeaveExactlyOneActiveContract() throws Exception {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        List<Response> responses = whileThePermitIsLocked(permit, 2,
                () -> register(bin, UUID.randomUUID().toString(), permit));

        assertEquals(List.of(201, 422), responses.stream().map(Response::statusCode).sorted().toList());
        responses.stream().filter(r -> r.statusCode() == 422)
                .forEach(r -> r.then().body("type", is(PROBLEMS + "permit-already-in-use")));
        assertEquals(1, fixtures.queryLong("select count(*) from labour_contract where permit_number = ? "
                + "and status = 'ACTIVE'", permit.permitNumber()));
    }

    @Test
    void aReplayAnswersTheFirstResponsesBytes() throws Exception {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        String key = UUID.randomUUID().toString();
        Response first = register(bin, key, permit);
        Response replay = register(bin, key, permit);

        first.then().statusCode(201).header("Idempotency-Replayed", "false");
        replay.then().statusCode(201).header("Idempotency-Replayed", "true").header("ETag", first.header("ETag"))
                .header("Location", first.header("Location"));
        assertArrayEquals(first.asByteArray(), replay.asByteArray());
        assertEquals(first.asString(), fixtures.queryString(
                "select response from idempotency_record where idempotency_key = ?", key));
    }

    @Test
    void aRefusalLeavesNoContractNoPendingEntryNoStoredKeyAndOneFailureAuditRecord() throws Exception {
        String bin = ContractFixtures.randomBin();
        PermitIssued permit = issuedPermit(bin);
        Map<String, Object> body = ContractFixtures.registration(permit);
        body.put("region", ContractFixtures.ASTANA);
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.employer(bin)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/contracts").then().statusCode(422)
                .body("type", is(PROBLEMS + "permit-region-mismatch"));
        assertNothingWritten(permit.permitNumber(), key);
    }

    private void assertNothingWritten(String permitNumber, String key) throws SQLException {
        assertEquals(0, fixtures.queryLong("select count(*) from labour_contract where permit_number = ?",
                permitNumber));
        // The pending entry and the chained one both carry the contract's state, which names the permit.
        assertEquals(0, fixtures.queryLong("select (select count(*) from registry_pending where state like ?) "
                + "+ (select count(*) from registry_entry where state like ?)", "%" + permitNumber + "%",
                "%" + permitNumber + "%"));
        assertEquals(0, fixtures.queryLong("select count(*) from idempotency_record where idempotency_key = ?", key));
        assertEquals(0, auditRecords(permitNumber, "SUCCESS"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> auditRecords(permitNumber, "REFUSED") == 1);
        assertEquals(1, auditRecords(permitNumber, "REFUSED"));
    }

    private long auditRecords(String permitNumber, String outcome) throws SQLException {
        return fixtures.queryLong("select count(*) from audit_record where action = 'contract.register' "
                + "and resource_id = ? and outcome = ?", permitNumber, outcome);
    }

    /** Starts {@code count} registrations while the permit's row is locked, lets them through once all wait. */
    private List<Response> whileThePermitIsLocked(PermitIssued permit, int count,
            java.util.function.Supplier<Response> registration) throws Exception {
        List<CompletableFuture<Response>> running;
        try (Connection holder = lockPermit(permit.permitNumber())) {
            running = Stream.generate(() -> CompletableFuture.supplyAsync(registration)).limit(count).toList();
            awaitRegistrationsWaiting(count);
            holder.rollback();
        }
        return running.stream().map(CompletableFuture::join).toList();
    }

    private Connection lockPermit(String permitNumber) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "select 1 from permit_view where permit_number = ? for update")) {
            lock.setString(1, permitNumber);
            lock.executeQuery().close();
        }
        return connection;
    }

    /** Registrations inside register_contract, waiting for a lock: the permit's row, or a key another claimed. */
    private void awaitRegistrationsWaiting(int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.queryLong(
                "select count(*) from pg_stat_activity where datname = current_database() "
                        + "and wait_event_type = 'Lock' and query ilike '%register_contract(%'") == count);
    }

    private PermitIssued issuedPermit(String bin) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        return fixtures.issue(ContractFixtures.employerPermit(bin, ContractFixtures.randomPassport(),
                today.minusDays(10), today.plusYears(1)));
    }

    private static Response register(String bin, String key, PermitIssued permit) {
        return given().auth().oauth2(TestTokens.employer(bin)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(ContractFixtures.registration(permit)).post("/api/v1/contracts");
    }
}
