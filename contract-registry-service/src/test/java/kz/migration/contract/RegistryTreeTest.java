package kz.migration.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.http.conn.params.ConnRoutePNames;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import kz.migration.common.event.EventCodec;
import kz.migration.common.event.contract.RegistryCheckpointPublished;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.time.AdjustableClock;
import kz.migration.common.web.PublicRateLimitConfig;
import kz.migration.contract.api.RegistryVerification;
import kz.migration.contract.service.RegistryTree;
import kz.migration.contract.service.RegistryVerificationJob;
import kz.migration.contract.service.RegistryVerifier;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestInfrastructure;
import kz.migration.testsupport.TestTokens;
import kz.migration.tlog.Checkpoint;
import kz.migration.tlog.ConsistencyProof;
import kz.migration.tlog.Hash;
import kz.migration.tlog.InclusionProof;
import kz.migration.tlog.NoteSigner;
import kz.migration.tlog.ProofVerifier;
import kz.migration.tlog.VerificationException;
import kz.migration.tlog.VerifierKey;

/**
 * The registry log as a Merkle tree with signed checkpoints, on real PostgreSQL and Kafka: proofs for every tree size
 * from 1 to 300 against an independent recomputation, tampering with tree nodes and salts caught, the tree catching
 * up with entries chained before it, checkpoints and their keys, the public endpoints' refusals and limits, and the
 * metrics the alert rules read.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class RegistryTreeTest {

    private static final String ORIGIN = "registry.migration.gov.kz/contracts";
    private static final String NODE_TRIGGER = "registry_tree_node_no_update_or_delete";
    private static final String PUBLIC = "/api/v1/public/registry";
    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RegistryTree tree;

    @Inject
    RegistryVerifier verifier;

    @Inject
    RegistryVerificationJob verificationJob;

    @Inject
    AdjustableClock clock;

    @Inject
    PublicRateLimitConfig limits;

    ContractFixtures fixtures;

    @BeforeEach
    void openFeed() {
        fixtures = new ContractFixtures(dataSource);
    }

    @AfterEach
    void closeFeed() {
        fixtures.close();
        clock.reset();
    }

    @Test
    void inclusionAndConsistencyProofsVerifyForEveryTreeSizeFromOneTo300() throws Exception {
        ensureEntries(300);
        List<byte[]> leaves = IndependentTree.leafHashes(dataSource, 300);
        Hash[] roots = new Hash[301];
        for (int n = 1; n <= 300; n++) {
            roots[n] = Hash.of(IndependentTree.root(leaves, n));
        }
        int proofs = 0;
        for (int n = 1; n <= 300; n++) {
            for (int m : sample(n, 0)) {
                InclusionProof inclusion = tree.inclusionProof(m + 1, n);
                ProofVerifier.verifyInclusion(m, n, Hash.of(leaves.get(m)), inclusion.auditPath(), roots[n]);
                proofs++;
            }
            for (int m : sample(n, 1)) {
                ConsistencyProof consistency = tree.consistencyProof(m, n);
                ProofVerifier.verifyConsistency(m, n, roots[m], roots[n], consistency.path());
                proofs++;
            }
        }
        assertTrue(proofs > 4000, proofs + " proofs");
        // The public endpoints serve the same proofs.
        JsonPath inclusion = from("127.0.0.31").get(PUBLIC + "/entries/5/inclusion?treeSize=300").then()
                .statusCode(200).header("Cache-Control", containsString("immutable")).extract().jsonPath();
        assertEquals(4L, inclusion.getLong("leafIndex"));
        assertEquals(base64(tree.inclusionProof(5, 300).auditPath()), inclusion.getList("auditPath"));
        JsonPath consistency = from("127.0.0.31").get(PUBLIC + "/consistency?from=7&to=300").then().statusCode(200)
                .extract().jsonPath();
        ProofVerifier.verifyConsistency(7, 300, roots[7], roots[300],
                consistency.getList("proof", String.class).stream().map(Hash::fromBase64).toList());
    }

    @Test
    void anAlteredTreeNodeFailsTheNextConsistencyProofFromAnEarlierCheckpointAndVerification() throws Exception {
        ensureEntries(20);
        Checkpoint older = open(awaitCheckpointOfTheWholeTree());
        PermitIssued permit = labourImmigrantPermit();
        for (int i = 0; i < 3; i++) {
            ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(), ContractFixtures.registration(permit))
                    .then().statusCode(201);
        }
        fixtures.awaitChained();
        Checkpoint newer = open(awaitCheckpointOfTheWholeTree());
        assertTrue(newer.size() > older.size());
        List<Hash> proof = consistencyProof("127.0.0.32", older.size(), newer.size());
        ProofVerifier.verifyConsistency(older.size(), newer.size(), older.rootHash(), newer.rootHash(), proof);

        long[] node = storedNodeAmong(proof, older.size());
        try (Connection sequencer = holdRegistryHead()) {
            byte[] original = nodeHash(node);
            alterNode(node, IndependentTree.sha256("forged".getBytes(StandardCharsets.UTF_8)));
            try {
                VerificationException refused = assertThrows(VerificationException.class,
                        () -> ProofVerifier.verifyConsistency(older.size(), newer.size(), older.rootHash(),
                                newer.rootHash(), consistencyProof("127.0.0.32", older.size(), newer.size())));
                assertEquals(VerificationException.Reason.ROOT_MISMATCH, refused.reason());
                RegistryVerification broken = verifier.verify();
                assertEquals(false, broken.intact());
                assertTrue(broken.problem().contains("tree node at level " + node[0] + ", index " + node[1]),
                        broken.problem());
                assertEquals((node[1] + 1) << node[0], broken.firstBrokenSequence());
            } finally {
                alterNode(node, original);
            }
            sequencer.rollback();
        }
        assertTrue(verifier.verify().intact());
    }

    @Test
    void anAlteredSaltFailsTheScheduledVerificationAtTheContractsFirstEntryAndCountsInTheMetrics() throws Exception {
        String id = ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(),
                ContractFixtures.registration(labourImmigrantPermit())).then().statusCode(201).extract().path("id");
        fixtures.awaitChained();
        long sequence = fixtures.queryLong("select min(sequence) from registry_entry where contract_id = ?::uuid", id);
        double failuresBefore = verificationFailures();
        byte[] salt = salt(id);
        fixtures.execute("update labour_contract set state_salt = ? where id = ?::uuid", new byte[32], id);
        try {
            verificationJob.verify();
            assertEquals(failuresBefore + 1, verificationFailures(), "the scheduled verification counts a failure");
            RegistryVerification broken = verifier.verify();
            assertEquals(false, broken.intact());
            assertEquals(sequence, broken.firstBrokenSequence());
            assertTrue(broken.problem().contains("tree node at level 0, index " + (sequence - 1)), broken.problem());
        } finally {
            fixtures.execute("update labour_contract set state_salt = ? where id = ?::uuid", salt, id);
        }
        verificationJob.verify();
        assertEquals(failuresBefore + 2, verificationFailures(), "an intact log counts nothing");
    }

    @Test
    void theTreeCatchesUpWithEntriesChainedBeforeItHeldThem() throws Exception {
        ensureEntries(50);
        fixtures.awaitChained();
        RegistryVerification before = verifier.verify();
        assertTrue(before.intact(), before.problem());
        long size = before.treeSize();
        long kept = size - 37;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // As after the migration that introduced the tree: entries chained, the tree shorter.
                statement.execute("select 1 from registry_head where id = 1 for update");
                statement.execute("alter table registry_tree_node disable trigger " + NODE_TRIGGER);
                statement.executeUpdate("delete from registry_tree_node where ((index + 1) << level) > " + kept);
                statement.execute("alter table registry_tree_node enable trigger " + NODE_TRIGGER);
                statement.executeUpdate("update registry_head set tree_size = " + kept + " where id = 1");
            }
            connection.commit();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> fixtures.queryLong("select tree_size from registry_head where id = 1") == size);
        RegistryVerification after = verifier.verify();
        assertTrue(after.intact(), after.problem());
        assertEquals(before.rootHash(), after.rootHash());
        assertEquals(before.nodesChecked(), after.nodesChecked());
    }

    @Test
    void checkpointsAreSignedAtMostOnceASecondByThePublishedKeyAndPublishedAsEvents() throws Exception {
        // Only this test's checkpoints: an earlier test may have signed one on a clock it moved ahead, then reset.
        long sizeBefore = fixtures.queryLong("select tree_size from registry_head where id = 1");
        PermitIssued permit = labourImmigrantPermit();
        for (int i = 0; i < 15; i++) {
            ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(), ContractFixtures.registration(permit))
                    .then().statusCode(201);
        }
        fixtures.awaitChained();
        String note = awaitCheckpointOfTheWholeTree();
        List<Instant> signed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select signed_at from registry_checkpoint where tree_size > ? order by tree_size")) {
            select.setLong(1, sizeBefore);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    signed.add(rs.getObject(1, java.time.OffsetDateTime.class).toInstant());
                }
            }
        }
        for (int i = 1; i < signed.size(); i++) {
            assertTrue(!signed.get(i).isBefore(signed.get(i - 1).plusSeconds(1)), "at most one a second: " + signed);
        }

        JsonPath keys = from("127.0.0.33").get(PUBLIC + "/keys").then().statusCode(200).extract().jsonPath();
        assertEquals(ORIGIN, keys.getString("origin"));
        assertEquals(TestInfrastructure.get().checkpointKey().verifierKey(), keys.getString("keys[0].verifierKey"));
        assertEquals("ACTIVE", keys.getString("keys[0].status"));
        VerifierKey published = VerifierKey.parse(keys.getString("keys[0].verifierKey"));
        Checkpoint checkpoint = Checkpoint.open(note, ORIGIN, List.of(published));

        String forged = NoteSigner.generate(ORIGIN).signCheckpoint(checkpoint);
        VerificationException otherKey = assertThrows(VerificationException.class,
                () -> Checkpoint.open(forged, ORIGIN, List.of(published)));
        assertEquals(VerificationException.Reason.NO_TRUSTED_SIGNATURE, otherKey.reason());
        String grown = note.replaceFirst("\n" + checkpoint.size() + "\n", "\n" + (checkpoint.size() + 1) + "\n");
        VerificationException altered = assertThrows(VerificationException.class,
                () -> Checkpoint.open(grown, ORIGIN, List.of(published)));
        assertEquals(VerificationException.Reason.BAD_SIGNATURE, altered.reason());

        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "contract.events")) {
            String value = consumer.await(r -> "registry-checkpoint".equals(r.key()) && r.value().contains(
                    "\"treeSize\":" + checkpoint.size() + ","), 1, Duration.ofSeconds(30)).get(0).value();
            EventCodec codec = new EventCodec();
            RegistryCheckpointPublished event = codec.payload(codec.decode(value), RegistryCheckpointPublished.class);
            assertEquals(note, event.checkpoint());
            assertEquals(checkpoint.rootHash().base64(), event.rootHash());
            assertEquals(checkpoint.time().orElseThrow(), event.signedAt());
        }
    }

    @Test
    void contractViewsListTheirSequencesAndTheWorkerProvesEachEntryFromTheLookup() throws Exception {
        PermitIssued permit = labourImmigrantPermit();
        String iin = ContractFixtures.randomIin();
        ExtractableResponse<Response> created = ContractFixtures.registerAsIndividual(iin,
                ContractFixtures.registration(permit)).then().statusCode(201).extract();
        String id = created.path("id");
        assertEquals(List.of(), created.path("registrySequences"), "chained after the commit");
        fixtures.awaitChained();
        given().auth().oauth2(TestTokens.individualEmployer(iin)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("signedOn", LocalDate.now(ZoneId.of("Asia/Almaty")).toString(), "salary", "712345.00"))
                .post("/api/v1/contracts/" + id + "/amendments").then().statusCode(200);
        fixtures.awaitChained();
        List<Long> sequences = given().auth().oauth2(TestTokens.individualEmployer(iin)).get("/api/v1/contracts/" + id)
                .then().statusCode(200).extract().jsonPath().getList("registrySequences", Long.class);
        assertEquals(sequencesOf(id), sequences);
        assertEquals(2, sequences.size());

        Checkpoint checkpoint = open(awaitCheckpointOfTheWholeTree());
        JsonPath lookup = from("127.0.0.34").contentType(ContentType.JSON)
                .body(Map.of("contractNumber", created.path("contractNumber"), "passportNumber",
                        permit.workerDocumentNumber()))
                .post("/api/v1/public/contracts/lookup").then().statusCode(200).extract().jsonPath();
        byte[] salt = Base64.getDecoder().decode(lookup.getString("stateSalt"));
        assertEquals(sequences, lookup.getList("registryEntries.sequence", Long.class));
        for (int i = 0; i < sequences.size(); i++) {
            String entry = "registryEntries[" + i + "].";
            String state = lookup.getString(entry + "canonicalState");
            String stateHash = java.util.HexFormat.of().formatHex(IndependentTree.sha256(
                    state.getBytes(StandardCharsets.UTF_8)));
            assertEquals(stateHash, lookup.getString(entry + "stateHash"));
            Instant recordedAt = Instant.parse(lookup.getString(entry + "recordedAt"));
            byte[] leaf = IndependentTree.leaf(sequences.get(i), ChronoUnit.MICROS.between(Instant.EPOCH, recordedAt),
                    UUID.fromString(id), lookup.getString(entry + "action"), stateHash, salt);
            assertArrayEquals(leaf, Base64.getDecoder().decode(lookup.getString(entry + "leaf")));
            List<Hash> path = from("127.0.0.34")
                    .get(PUBLIC + "/entries/" + sequences.get(i) + "/inclusion?treeSize=" + checkpoint.size()).then()
                    .statusCode(200).extract().jsonPath().getList("auditPath", String.class).stream()
                    .map(Hash::fromBase64).toList();
            ProofVerifier.verifyInclusion(sequences.get(i) - 1, checkpoint.size(),
                    Hash.of(IndependentTree.leafHash(leaf)), path, checkpoint.rootHash());
        }
        // The terms the worker sees are the ones the latest entry committed to.
        assertTrue(lookup.getString("registryEntries[1].canonicalState").contains("\"salary\":\"712345.00\""));
        assertEquals("712345.00", lookup.getString("salary"));
    }

    @Test
    void badProofRequestsGetProblemDetailsAndNothingIsServedBeyondTheLog() throws Exception {
        ensureEntries(3);
        long size = tree.size();
        RequestSpecification client = from("127.0.0.35");
        client.get(PUBLIC + "/entries/1/inclusion?treeSize=" + (size + 1000)).then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", is(PROBLEMS + "registry-tree-size-beyond-log")).body("logSize", is((int) size));
        from("127.0.0.35").get(PUBLIC + "/entries/" + (size + 1000) + "/inclusion?treeSize=" + size).then()
                .statusCode(404).body("type", is(PROBLEMS + "registry-entry-not-in-tree"));
        from("127.0.0.35").get(PUBLIC + "/entries/3/inclusion?treeSize=2").then().statusCode(400)
                .body("violations[0].field", is("treeSize"));
        from("127.0.0.35").get(PUBLIC + "/entries/3/inclusion").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        from("127.0.0.35").get(PUBLIC + "/entries/0/inclusion?treeSize=2").then().statusCode(400);
        from("127.0.0.35").get(PUBLIC + "/consistency?from=3&to=2").then().statusCode(400)
                .body("violations[0].field", is("from"));
        from("127.0.0.35").get(PUBLIC + "/consistency?from=1&to=" + (size + 1)).then().statusCode(422)
                .body("type", is(PROBLEMS + "registry-tree-size-beyond-log"));
        from("127.0.0.35").get(PUBLIC + "/consistency?from=0&to=2").then().statusCode(400);
        from("127.0.0.35").get(PUBLIC + "/consistency?from=2&to=2").then().statusCode(200).body("proof.size()", is(0));
        from("127.0.0.35").get(PUBLIC + "/checkpoint").then().statusCode(200)
                .contentType(containsString("text/plain")).body(containsString("\n\n\u2014 " + ORIGIN + " "));
    }

    @Test
    void proofEndpointsAreRateLimitedLikeThePublicLookups() throws Exception {
        ensureEntries(1);
        clock.advance(Duration.ofMillis(60_000 - clock.millis() % 60_000 + 100));
        String[] paths = {"/checkpoint", "/keys", "/entries/1/inclusion?treeSize=1", "/consistency?from=1&to=1"};
        for (int i = 0; i < limits.requestsPerMinute(); i++) {
            int status = from("127.0.0.36").get(PUBLIC + paths[i % paths.length]).statusCode();
            assertTrue(status < 400, "request " + i + " answered " + status);
        }
        for (String path : paths) {
            from("127.0.0.36").get(PUBLIC + path).then().statusCode(429)
                    .body("type", is(PROBLEMS + "too-many-requests")).header("Retry-After", org.hamcrest.Matchers
                            .notNullValue());
        }
        from("127.0.0.37").get(PUBLIC + "/keys").then().statusCode(200);
    }

    @Test
    void theMetricsTheAlertsReadAreExported() throws Exception {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("registry_verification_failures_total{check=\"registry-chain\""), metrics);
        VerifierKey key = VerifierKey.parse(TestInfrastructure.get().checkpointKey().verifierKey());
        String label = key.name() + "+" + key.keyIdHex();
        Matcher expiry = Pattern.compile("registry_signing_key_expiry_timestamp_seconds\\{key=\"" + Pattern.quote(label)
                + "\"[^}]*} ([0-9.E+]+)").matcher(metrics);
        assertTrue(expiry.find() || awaitMetric(label), metrics);

        try (Connection sequencer = holdRegistryHead()) {
            ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(),
                    ContractFixtures.registration(labourImmigrantPermit())).then().statusCode(201);
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> metric("registry_chain_pending_entries") >= 1
                            && metric("registry_chain_oldest_pending_age_seconds") > 0);
            sequencer.rollback();
        }
        fixtures.awaitChained();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> metric("registry_chain_pending_entries") == 0);
    }

    /** The first signature's rotation date appears once the key has signed and metrics were sampled. */
    private boolean awaitMetric(String label) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().get("/q/metrics").asString().matches("(?s).*registry_signing_key_expiry_timestamp"
                        + "_seconds\\{key=\"" + Pattern.quote(label) + "\"[^}]*} [0-9].*"));
        return true;
    }

    private static double metric(String name) {
        Matcher value = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.E+-]+)$")
                .matcher(given().get("/q/metrics").asString());
        return value.find() ? Double.parseDouble(value.group(2)) : -1;
    }

    private static double verificationFailures() {
        return metric("registry_verification_failures_total");
    }

    /** Requests that leave from {@code address}: each test its own client, under the public rate limit. */
    private static RequestSpecification from(String address) throws Exception {
        RestAssuredConfig config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam(ConnRoutePNames.LOCAL_ADDRESS, InetAddress.getByName(address)));
        return given().config(config);
    }

    private List<Hash> consistencyProof(String address, long from, long to) throws Exception {
        return from(address).get(PUBLIC + "/consistency?from=" + from + "&to=" + to).then().statusCode(200).extract()
                .jsonPath().getList("proof", String.class).stream().map(Hash::fromBase64).toList();
    }

    private static Checkpoint open(String note) throws VerificationException {
        return Checkpoint.open(note, ORIGIN,
                List.of(VerifierKey.parse(TestInfrastructure.get().checkpointKey().verifierKey())));
    }

    /** The latest checkpoint once it covers every entry in the tree (signed at most a second after the batch). */
    private String awaitCheckpointOfTheWholeTree() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            long size = fixtures.queryLong("select tree_size from registry_head where id = 1");
            return fixtures.queryString("select note from registry_checkpoint where tree_size = ?", size);
        }, note -> note != null);
    }

    /** Registers contracts until the tree holds at least {@code count} entries. */
    private void ensureEntries(long count) throws Exception {
        fixtures.awaitChained();
        long missing = count - tree.size();
        if (missing > 0) {
            PermitIssued permit = labourImmigrantPermit();
            for (long i = 0; i < missing; i++) {
                ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(),
                        ContractFixtures.registration(permit)).then().statusCode(201);
            }
            fixtures.awaitChained();
        }
        assertTrue(tree.size() >= count);
    }

    private PermitIssued labourImmigrantPermit() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        return fixtures.issue(ContractFixtures.labourImmigrantPermit(ContractFixtures.randomPassport(),
                today.minusMonths(1), today.plusMonths(11)));
    }

    /** A stored node (level, index) that is an element of {@code proof} and lies within the first {@code size}. */
    private long[] storedNodeAmong(List<Hash> proof, long size) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection
                        .prepareStatement("select level, index from registry_tree_node where hash = ?")) {
            for (Hash element : proof) {
                select.setBytes(1, element.bytes());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long level = rs.getLong(1);
                        long index = rs.getLong(2);
                        if ((index + 1) << level <= size) {
                            return new long[]{level, index};
                        }
                    }
                }
            }
        }
        throw new AssertionError("no element of the proof is a stored node of the first " + size + " entries");
    }

    private byte[] nodeHash(long[] node) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection
                        .prepareStatement("select hash from registry_tree_node where level = ? and index = ?")) {
            select.setLong(1, node[0]);
            select.setLong(2, node[1]);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    /** Rewrites a node as a table owner could: the append-only trigger disabled for the statement. */
    private void alterNode(long[] node, byte[] hash) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter table registry_tree_node disable trigger " + NODE_TRIGGER);
            try (PreparedStatement update = connection
                    .prepareStatement("update registry_tree_node set hash = ? where level = ? and index = ?")) {
                update.setBytes(1, hash);
                update.setLong(2, node[0]);
                update.setLong(3, node[1]);
                assertEquals(1, update.executeUpdate());
            } finally {
                statement.execute("alter table registry_tree_node enable trigger " + NODE_TRIGGER);
            }
        }
    }

    /** Holds the registry head's row lock, as the sequencer does: nothing is chained until it is released. */
    private Connection holdRegistryHead() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("select sequence from registry_head where id = 1 for update");
        }
        return connection;
    }

    private List<Long> sequencesOf(String contractId) throws SQLException {
        List<Long> sequences = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select sequence from registry_entry where contract_id = ?::uuid order by sequence")) {
            select.setString(1, contractId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sequences.add(rs.getLong(1));
                }
            }
        }
        return sequences;
    }

    private byte[] salt(String contractId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection
                        .prepareStatement("select state_salt from labour_contract where id = ?::uuid")) {
            select.setString(1, contractId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    /** A sample of leaf indexes (from 0) or earlier tree sizes (from 1) of a tree of n: all of them while small. */
    private static List<Integer> sample(int n, int first) {
        TreeSet<Integer> picked = new TreeSet<>();
        int last = first == 0 ? n - 1 : n;
        if (n <= 48) {
            for (int i = first; i <= last; i++) {
                picked.add(i);
            }
        } else {
            for (int i : new int[]{first, first + 1, n / 2, last - 1, last, Integer.highestOneBit(n - 1),
                    Integer.highestOneBit(n - 1) - 1, (n * 7 + 3) % n + first}) {
                if (i >= first && i <= last) {
                    picked.add(i);
                }
            }
        }
        return List.copyOf(picked);
    }

    private static List<String> base64(List<Hash> hashes) {
        return hashes.stream().map(Hash::base64).toList();
    }
}
