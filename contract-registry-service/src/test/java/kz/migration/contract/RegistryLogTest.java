package kz.migration.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventCodec;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.contract.ContractAmended;
import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.common.event.contract.RegistryHeadAnchored;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.contract.domain.RegistryHashes;
import kz.migration.contract.service.RegistryService;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * The registry log: verification of the hash chain and the Merkle tree after a thousand mixed operations, tamper
 * detection, concurrency, the auditors' entry proofs and anchoring (RegistryTreeTest: the tree's proofs and
 * checkpoints).
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class RegistryLogTest {

    private static final String TRIGGER = "registry_entry_no_update_or_delete";
    private static final String PENDING_VACUUMS = "select vacuum_count from pg_stat_user_tables where relname = 'registry_pending'";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RegistryService registry;

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

    /**
     * A labour immigrant's permit backs any number of household employers' contracts, so one permit serves many
     * operations.
     */
    private PermitIssued labourImmigrantPermit() {
        return fixtures.issue(ContractFixtures.labourImmigrantPermit(ContractFixtures.randomPassport(),
                today().minusMonths(1), today().plusMonths(11)));
    }

    private static ExtractableResponse<Response> verify() {
        return given().auth().oauth2(TestTokens.role("auditor")).get("/api/v1/registry/verify").then()
                .statusCode(200).extract();
    }

    /** Tracks a contract's household employer, id and current ETag between operations. */
    private record Live(String iin, String id, long version) {
    }

    @Test
    void chainVerifiesAfterAThousandMixedOperationsAndPinpointsAnAlteredEntry() throws Exception {
        PermitIssued permit = labourImmigrantPermit();
        Random random = new Random(42);
        List<Live> live = new ArrayList<>();
        long headBefore = ((Number) verify().path("headSequence")).longValue();
        long vacuumsBefore = fixtures.queryLong(PENDING_VACUUMS);
        for (int op = 0; op < 1000; op++) {
            double dice = random.nextDouble();
            if (live.isEmpty() || dice < 0.5) {
                String iin = ContractFixtures.randomIin();
                ExtractableResponse<Response> created = ContractFixtures.registerAsIndividual(iin,
                        ContractFixtures.registration(permit)).then().statusCode(201).extract();
                live.add(new Live(iin, created.path("id"), 0));
            } else if (dice < 0.85) {
                int index = random.nextInt(live.size());
                Live c = live.get(index);
                String etag = given().auth().oauth2(TestTokens.individualEmployer(c.iin()))
                        .header("If-Match", "\"" + c.version() + "\"")
                        .contentType(ContentType.JSON)
                        .body(Map.of("signedOn", today().toString(), "salary", (600_000 + op) + ".00"))
                        .post("/api/v1/contracts/" + c.id() + "/amendments").then().statusCode(200).extract()
                        .header("ETag");
                live.set(index, new Live(c.iin(), c.id(), Long.parseLong(etag.replace("\"", ""))));
            } else {
                Live c = live.remove(random.nextInt(live.size()));
                given().auth().oauth2(TestTokens.individualEmployer(c.iin()))
                        .header("If-Match", "\"" + c.version() + "\"")
                        .contentType(ContentType.JSON)
                        .body(Map.of("terminatedOn", today().toString(), "reason", "WORKER_INITIATIVE"))
                        .post("/api/v1/contracts/" + c.id() + "/termination").then().statusCode(200);
            }
        }
        fixtures.awaitChained();
        ExtractableResponse<Response> intact = verify();
        assertEquals(true, intact.path("intact"));
        assertEquals(0, ((Number) intact.path("pendingEntries")).longValue());
        long head = ((Number) intact.path("headSequence")).longValue();
        assertTrue(head >= headBefore + 1000, "every operation appended an entry");
        // The Merkle tree over the same entries: its root, as verification recomputes it and as the latest checkpoint
        // signs it, equals the root recomputed from the stored rows by the definitions alone.
        assertEquals(head, ((Number) intact.path("treeSize")).longValue());
        String root = Base64.getEncoder()
                .encodeToString(IndependentTree.root(IndependentTree.leafHashes(dataSource, head), (int) head));
        assertEquals(root, intact.path("rootHash"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> fixtures
                .queryLong("select count(*) from registry_checkpoint where tree_size = ?", head) == 1);
        assertEquals(root, fixtures.queryString(
                "select encode(root_hash, 'base64') from registry_checkpoint where tree_size = ?", head));
        // The sequencer vacuums its queue every 100 chained entries in tests (autovacuum counts separately).
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> fixtures.queryLong(PENDING_VACUUMS) > vacuumsBefore);

        long altered = headBefore + 500;
        String original = fixtures.queryString("select state from registry_entry where sequence = ?", altered);
        try {
            // An attacker with database access lowers the salary in one entry's recorded state.
            tamper("update registry_entry set state = replace(state, '\"salary\":\"', '\"salary\":\"1') where sequence = "
                    + altered);
            ExtractableResponse<Response> broken = verify();
            assertEquals(false, broken.path("intact"));
            assertEquals(altered, ((Number) broken.path("firstBrokenSequence")).longValue());
            assertThat(broken.path("problem"), containsString("state hash"));

            // Recomputing the state hash as well only moves the failure to the entry hash of the same entry.
            tamper("update registry_entry set state_hash = '" + RegistryHashes.sha256(
                    fixtures.queryString("select state from registry_entry where sequence = ?", altered))
                    + "' where sequence = " + altered);
            ExtractableResponse<Response> stillBroken = verify();
            assertEquals(altered, ((Number) stillBroken.path("firstBrokenSequence")).longValue());
            assertThat(stillBroken.path("problem"), containsString("entry hash"));
        } finally {
            tamper("update registry_entry set state = '" + original.replace("'", "''") + "', state_hash = '"
                    + RegistryHashes.sha256(original) + "' where sequence = " + altered);
        }
        assertEquals(true, verify().path("intact"));
    }

    @Test
    void concurrentRegistrationsNeverForkTheChain() throws Exception {
        int threads = 8;
        int perThread = 25;
        List<PermitIssued> permits = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            permits.add(labourImmigrantPermit());
        }
        long headBefore = ((Number) verify().path("headSequence")).longValue();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (PermitIssued permit : permits) {
                results.add(pool.submit(() -> {
                    int created = 0;
                    for (int i = 0; i < perThread; i++) {
                        Response response = ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(),
                                ContractFixtures.registration(permit));
                        if (response.statusCode() == 201) {
                            created++;
                        } else {
                            refused.add(response.statusCode() + " " + response.asString());
                        }
                    }
                    return created;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(perThread, result.get(), () -> "refused: " + refused);
            }
        } finally {
            pool.shutdown();
        }
        fixtures.awaitChained();
        assertEquals(0, fixtures.queryLong("""
                select count(*) from (select previous_hash from registry_entry group by previous_hash
                having count(*) > 1) forks"""));
        assertEquals(fixtures.queryLong("select max(sequence) from registry_entry"),
                fixtures.queryLong("select count(*) from registry_entry"));
        // Every contract is in the log exactly once as REGISTERED.
        assertEquals(0, fixtures.queryLong("""
                select count(*) from labour_contract c where (select count(*) from registry_entry e
                where e.contract_id = c.id and e.action = 'REGISTERED') <> 1"""));
        ExtractableResponse<Response> verified = verify();
        assertEquals(true, verified.path("intact"));
        assertTrue(((Number) verified.path("headSequence")).longValue() >= headBefore + threads * perThread);
    }

    @Test
    void registrationDoesNotWaitForTheChainAndItsEventCarriesTheChainedSequenceAndTheRequestsOrigin()
            throws Exception {
        PermitIssued permit = labourImmigrantPermit();
        String requestId = "test-" + UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String callerSpan = "00f067aa0ba902b7";
        String id;
        try (Connection sequencer = dataSource.getConnection()) {
            // Another session holds the registry head, as the sequencer does while it chains a batch.
            sequencer.setAutoCommit(false);
            try (Statement statement = sequencer.createStatement()) {
                statement.execute("select sequence from registry_head where id = 1 for update");
            }
            id = given().auth().oauth2(TestTokens.individualEmployer(ContractFixtures.randomIin()))
                    .header("Idempotency-Key", UUID.randomUUID().toString()).header("X-Request-Id", requestId)
                    .header("X-Client-Id", "hr-portal-test")
                    .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                    .contentType(ContentType.JSON).body(ContractFixtures.registration(permit)).post("/api/v1/contracts")
                    .then().statusCode(201).extract().path("id");
            assertEquals(0, fixtures.queryLong("select count(*) from registry_entry where contract_id = ?::uuid",
                    id));
            assertEquals(1, fixtures.queryLong("select count(*) from registry_pending where contract_id = ?::uuid",
                    id));
            sequencer.rollback();
        }
        fixtures.awaitChained();
        long sequence = fixtures.queryLong(
                "select sequence from registry_entry where contract_id = ?::uuid and action = 'REGISTERED'", id);
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "contract.events")) {
            String value = consumer.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0).value();
            EventCodec codec = new EventCodec();
            CloudEvent envelope = codec.decode(value);
            ContractRegistered registered = codec.payload(envelope, ContractRegistered.class);
            assertTrue(sequence > 0);
            assertEquals(sequence, registered.registrySequence());
            // Appended later by the sequencer, yet still traceable to the registering request and system, and part
            // of the request's trace: its parent is the service's span of the request, not the caller's.
            assertEquals(requestId, envelope.correlationid());
            assertEquals("hr-portal-test", envelope.clientid());
            assertNotNull(envelope.traceparent(), "the event continues the request's trace");
            assertTrue(envelope.traceparent().startsWith("00-" + traceId + "-"), envelope.traceparent());
            assertFalse(envelope.traceparent().contains(callerSpan), envelope.traceparent());
        }
    }

    /**
     * Entries that wait together are chained in one batch, and the batch's events go to the outbox in one statement:
     * in chain order (a contract's amendments after its registration), each with its own entry's sequence.
     */
    @Test
    void aBatchEmitsItsEventsInChainOrderEachWithItsEntrysSequence() throws Exception {
        PermitIssued permit = labourImmigrantPermit();
        List<String> ids = new ArrayList<>();
        try (Connection sequencer = dataSource.getConnection()) {
            // Held like the sequencer holds it, so every change below waits in the queue for one batch.
            sequencer.setAutoCommit(false);
            try (Statement statement = sequencer.createStatement()) {
                statement.execute("select sequence from registry_head where id = 1 for update");
            }
            for (int i = 0; i < 4; i++) {
                String iin = ContractFixtures.randomIin();
                String id = ContractFixtures.registerAsIndividual(iin, ContractFixtures.registration(permit)).then()
                        .statusCode(201).extract().path("id");
                ids.add(id);
                long version = 0;
                for (int amendment = 0; amendment < i; amendment++) {
                    String etag = given().auth().oauth2(TestTokens.individualEmployer(iin))
                            .header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON)
                            .body(Map.of("signedOn", today().toString(), "salary", (700_000 + amendment) + ".00"))
                            .post("/api/v1/contracts/" + id + "/amendments").then().statusCode(200).extract()
                            .header("ETag");
                    version = Long.parseLong(etag.replace("\"", ""));
                }
            }
            assertEquals(10, fixtures.queryLong(
                    "select count(*) from registry_pending where contract_id::text = any (string_to_array(?, ','))",
                    String.join(",", ids)));
            sequencer.rollback();
        }
        fixtures.awaitChained();

        List<String> entries = new ArrayList<>();
        List<String> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String in = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
            try (var rows = statement.executeQuery("select sequence, contract_id, action from registry_entry"
                    + " where contract_id::text in (" + in + ") order by sequence")) {
                while (rows.next()) {
                    entries.add(rows.getLong(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            EventCodec codec = new EventCodec();
            try (var rows = statement.executeQuery(
                    "select envelope from outbox_event where aggregate_id in (" + in + ") order by id")) {
                while (rows.next()) {
                    CloudEvent envelope = codec.decode(rows.getString(1));
                    EventPayload payload = codec.payload(envelope);
                    String event = "unexpected " + envelope.type();
                    if (payload instanceof ContractRegistered registered) {
                        event = registered.registrySequence() + " " + registered.contractId() + " REGISTERED";
                    } else if (payload instanceof ContractAmended amended) {
                        event = amended.registrySequence() + " " + amended.contractId() + " AMENDED";
                    }
                    events.add(event);
                    assertEquals(envelope.subject(), event.split(" ")[1]);
                }
            }
        }
        assertEquals(10, entries.size());
        assertEquals(entries, events);
    }

    @Test
    void refusesUpdateAndDeleteOfRegistryEntries() throws Exception {
        PermitIssued permit = labourImmigrantPermit();
        ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(), ContractFixtures.registration(permit))
                .then()
                .statusCode(201);
        SQLException update = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> fixtures.execute("update registry_entry set action = 'AMENDED' where sequence = 1"));
        assertThat(update.getMessage(), containsString("append-only"));
        SQLException delete = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> fixtures.execute("delete from registry_entry where sequence = 1"));
        assertThat(delete.getMessage(), containsString("append-only"));
    }

    @Test
    void provesAnEntryWithItsNeighboursHashes() throws Exception {
        PermitIssued permit = labourImmigrantPermit();
        String first = ContractFixtures
                .registerAsIndividual(ContractFixtures.randomIin(), ContractFixtures.registration(permit))
                .then().statusCode(201).extract().path("id");
        ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(), ContractFixtures.registration(permit))
                .then()
                .statusCode(201);
        fixtures.awaitChained();
        long sequence = fixtures.queryLong("select max(sequence) from registry_entry where contract_id = ?::uuid",
                first);
        ExtractableResponse<Response> proof = given().auth().oauth2(TestTokens.role("ministry"))
                .get("/api/v1/registry/entries/" + sequence + "/proof").then().statusCode(200)
                .body("entry.contractId", is(first)).body("entry.action", is("REGISTERED")).extract();
        if (sequence > 1) {
            assertEquals(proof.<String>path("previous.entryHash"), proof.path("entry.previousHash"));
        }
        assertEquals(proof.<String>path("entry.entryHash"), proof.path("next.previousHash"));
        given().auth().oauth2(TestTokens.role("auditor")).get("/api/v1/registry/entries/999999999/proof").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.employer(ContractFixtures.randomBin()))
                .get("/api/v1/registry/entries/" + sequence + "/proof").then().statusCode(403);
    }

    @Test
    void anchorsTheHeadOnceUntilItMoves() {
        ContractFixtures
                .registerAsIndividual(ContractFixtures.randomIin(),
                        ContractFixtures.registration(labourImmigrantPermit()))
                .then().statusCode(201);
        fixtures.awaitChained();
        RegistryHeadAnchored anchored = registry.anchor().orElseThrow();
        assertTrue(registry.anchor().isEmpty(), "an unchanged head is not announced again");
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "contract.events")) {
            consumer.await(r -> "registry-head".equals(r.key()) && r.value().contains(anchored.headHash()), 1,
                    Duration.ofSeconds(30));
        }
    }

    /** Alters rows as someone with owner rights could: disable the append-only trigger, change, re-enable. */
    private void tamper(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter table registry_entry disable trigger " + TRIGGER);
            try {
                statement.executeUpdate(sql);
            } finally {
                statement.execute("alter table registry_entry enable trigger " + TRIGGER);
            }
        }
    }
}
