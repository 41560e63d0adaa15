package kz.migration.contract.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import jakarta.inject.Inject;

import org.HdrHistogram.Histogram;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.permit.PermitIssued;
import kz.migration.contract.ContractFixtures;
import kz.migration.contract.api.RegistryConsistencyProof;
import kz.migration.contract.api.RegistryInclusionProof;
import kz.migration.contract.api.RegistryVerification;
import kz.migration.contract.domain.RegistryAction;
import kz.migration.contract.domain.RegistryHashes;
import kz.migration.contract.service.RegistryProofService;
import kz.migration.contract.service.RegistryVerifier;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.tlog.Hash;
import kz.migration.tlog.ProofVerifier;

/**
 * The registry log at scale (issue 21, "Speed"): a log of {@code benchmark.registry.entries} entries (default
 * 1,000,000), the Merkle tree appended by the sequencer itself, then server-side inclusion and consistency proof
 * latency and the whole-log verification. Writes {@code benchmarks/reports/registry-log.md}.
 * <p>
 * The entries are written by COPY, hash-chained as the sequencer chains them ({@link RegistryHashes#entryHash}), on
 * a few contracts registered through the API; the tree is then left to the sequencer, which appends the entries it
 * finds chained but not yet leaves (as after the migration that introduced the tree), so the append rate measured is
 * the production code's. Proof latency is measured in the service, around {@link RegistryProofService} (what a
 * request spends past the HTTP layer and the rate limiter), as the issue asks: server side.
 * <p>
 * Run: {@code ./mvnw -pl contract-registry-service verify -Dgroups=benchmark -Dtest=RegistryLogScaleBenchmarkTest}.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class RegistryLogScaleBenchmarkTest {

    private static final int ENTRIES = Integer.getInteger("benchmark.registry.entries", 1_000_000);
    private static final int CONTRACTS = 16;
    private static final int PROOFS = Integer.getInteger("benchmark.registry.proofs", 10_000);
    private static final int COPY_CHUNK = 10_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RegistryProofService proofs;

    @Inject
    RegistryVerifier verifier;

    @Test
    void proofsAndVerificationOfALogOfAMillionEntries() throws Exception {
        String startLoad = BenchmarkRun.loadAverage();
        Instant began = Instant.now();
        List<UUID> contracts = registerContracts();
        long seedMillis = seed(contracts);

        // The sequencer appends every chained entry to the tree: O(log n) node reads and writes per leaf.
        long treeStart = System.nanoTime();
        Awaitility.await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> queryLong("select tree_size from registry_head where id = 1") == ENTRIES);
        double treeSeconds = (System.nanoTime() - treeStart) / 1e9;
        long nodes = queryLong("select count(*) from registry_tree_node");
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> queryLong("select count(*) from registry_checkpoint where tree_size = ?", ENTRIES) == 1);
        Hash root = Hash.of(queryBytes("select root_hash from registry_checkpoint where tree_size = ?", ENTRIES));

        SplittableRandom random = new SplittableRandom(21);
        Histogram inclusion = new Histogram(60_000_000L, 3);
        Histogram consistency = new Histogram(60_000_000L, 3);
        int checked = 0;
        for (int round = 0; round < 2; round++) {
            // The first round warms up the JIT and PostgreSQL's buffers; the second is measured.
            inclusion.reset();
            consistency.reset();
            for (int i = 0; i < PROOFS; i++) {
                long sequence = 1 + random.nextLong(ENTRIES);
                long start = System.nanoTime();
                RegistryInclusionProof proof = proofs.inclusion(sequence, ENTRIES);
                inclusion.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                if (i % 500 == 0) {
                    ProofVerifier.verifyInclusion(sequence - 1, ENTRIES, leafHash(sequence),
                            proof.auditPath().stream().map(Hash::fromBase64).toList(), root);
                    checked++;
                }
            }
            for (int i = 0; i < PROOFS / 10; i++) {
                long from = 1 + random.nextLong(ENTRIES);
                long start = System.nanoTime();
                RegistryConsistencyProof proof = proofs.consistency(from, ENTRIES);
                consistency.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                assertTrue(proof.proof().size() <= 2 * 20 + 2, "at most 2 log2(n) hashes");
            }
        }

        List<long[]> verifications = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            RegistryVerification verification = verifier.verify();
            verifications.add(new long[]{(System.nanoTime() - start) / 1_000_000, verification.nodesChecked()});
            assertTrue(verification.intact(), verification.problem());
            assertEquals(ENTRIES, verification.treeSize());
            assertEquals(root.base64(), verification.rootHash());
        }
        writeReport(began, startLoad, seedMillis, treeSeconds, nodes, inclusion, consistency, checked,
                verifications);
    }

    /** A few contracts for the entries to belong to: each leaf takes its salt from its contract. */
    private List<UUID> registerContracts() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (ContractFixtures fixtures = new ContractFixtures(dataSource)) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
            PermitIssued permit = fixtures.issue(ContractFixtures.labourImmigrantPermit(
                    ContractFixtures.randomPassport(), today.minusMonths(1), today.plusMonths(11)));
            for (int i = 0; i < CONTRACTS; i++) {
                String id = ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(),
                        ContractFixtures.registration(permit)).then().statusCode(201).extract().path("id");
                ids.add(UUID.fromString(id));
            }
            fixtures.awaitChained();
        }
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(
                () -> queryLong("select tree_size from registry_head where id = 1") == queryLong(
                        "select sequence from registry_head where id = 1"));
        return ids;
    }

    /**
     * Appends entries up to {@code ENTRIES} to the chain under the head's row lock, as the sequencer would have
     * chained them, and moves the head; the tree is left behind for the sequencer to catch up.
     */
    private long seed(List<UUID> contracts) throws SQLException, IOException {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long sequence;
            String previous;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement
                            .executeQuery("select sequence, entry_hash from registry_head where id = 1 for update")) {
                rs.next();
                sequence = rs.getLong(1);
                previous = rs.getString(2);
            }
            Instant recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy registry_entry (sequence, recorded_at, contract_id, action, state, state_hash,
                        previous_hash, entry_hash) from stdin""");
            StringBuilder rows = new StringBuilder();
            while (sequence < ENTRIES) {
                sequence++;
                recordedAt = recordedAt.plus(1, ChronoUnit.MICROS);
                UUID contract = contracts.get((int) (sequence % contracts.size()));
                String state = "{\"benchmarkEntry\":" + sequence + ",\"salary\":\"" + (400_000 + sequence % 1000)
                        + ".00\"}";
                String stateHash = RegistryHashes.sha256(state);
                String entryHash = RegistryHashes.entryHash(sequence, recordedAt, contract, RegistryAction.AMENDED,
                        stateHash, previous);
                rows.append(sequence).append('\t').append(recordedAt).append('\t').append(contract).append('\t')
                        .append(RegistryAction.AMENDED.name()).append('\t').append(state).append('\t')
                        .append(stateHash).append('\t').append(previous).append('\t').append(entryHash).append('\n');
                previous = entryHash;
                if (sequence % COPY_CHUNK == 0 || sequence == ENTRIES) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            copy.endCopy();
            try (PreparedStatement head = connection
                    .prepareStatement("update registry_head set sequence = ?, entry_hash = ? where id = 1")) {
                head.setLong(1, sequence);
                head.setString(2, previous);
                head.executeUpdate();
            }
            connection.commit();
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze registry_entry");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Hash leafHash(long sequence) throws SQLException {
        return Hash.of(queryBytes("select hash from registry_tree_node where level = 0 and index = ?", sequence - 1));
    }

    private long queryLong(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private byte[] queryBytes(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private void writeReport(Instant began, String startLoad, long seedMillis, double treeSeconds, long nodes,
            Histogram inclusion, Histogram consistency, int checked, List<long[]> verifications) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Registry log benchmark\n\n");
        md.append(
                "Generated by `RegistryLogScaleBenchmarkTest` (contract-registry-service test sources, tag `benchmark`) on ")
                .append(began).append(".\n");
        md.append("Run: `./mvnw -pl contract-registry-service verify -Dgroups=benchmark"
                + " -Dtest=RegistryLogScaleBenchmarkTest` (`-Dbenchmark.registry.entries=N` for another size).\n\n");
        md.append("## Set-up\n\n");
        md.append("- Commit: `").append(BenchmarkRun.commit()).append("`; `nproc` ")
                .append(Runtime.getRuntime().availableProcessors()).append("; load average at start ")
                .append(startLoad).append(", at the end ").append(BenchmarkRun.loadAverage())
                .append(" (/proc/loadavg; the machine is shared with other builds).\n");
        md.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append("; embedded PostgreSQL (zonky) of the tests.\n");
        md.append("- Log: ").append(ENTRIES).append(" entries (").append(CONTRACTS)
                .append(" contracts registered through the API, the rest written by COPY, hash-chained as the")
                .append(" sequencer chains them) in ").append(seedMillis).append(" ms.\n\n");
        md.append("## Results\n\n");
        md.append("| measure | figure | target (issue 21) |\n|---|---|---|\n");
        md.append("| tree appended by the sequencer (catch-up from 0 to ").append(ENTRIES).append(" leaves) | ")
                .append(String.format("%.1f s, %.0f leaves/s; %d nodes stored (%.2f per leaf)", treeSeconds,
                        ENTRIES / treeSeconds, nodes, (double) nodes / ENTRIES))
                .append(" | O(log n) per append |\n");
        md.append("| inclusion proof at tree size ").append(ENTRIES).append(", server side, ").append(PROOFS)
                .append(" random entries after as many for warm-up | ")
                .append(String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                        inclusion.getValueAtPercentile(50) / 1000.0, inclusion.getValueAtPercentile(99) / 1000.0,
                        inclusion.getMaxValue() / 1000.0))
                .append(" | p99 < 10 ms |\n");
        md.append("| consistency proof to tree size ").append(ENTRIES).append(", server side, ").append(PROOFS / 10)
                .append(" random sizes | ")
                .append(String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                        consistency.getValueAtPercentile(50) / 1000.0,
                        consistency.getValueAtPercentile(99) / 1000.0, consistency.getMaxValue() / 1000.0))
                .append(" | — |\n");
        for (int i = 0; i < verifications.size(); i++) {
            md.append("| whole-log verification, run ").append(i + 1)
                    .append(" (chain, every leaf and stored node, the checkpoint) | ")
                    .append(String.format("%.2f s (%d nodes compared)", verifications.get(i)[0] / 1000.0,
                            verifications.get(i)[1]))
                    .append(" | < 10 s on 2 cores |\n");
        }
        md.append("\n").append(checked)
                .append(" of the inclusion proofs were verified against the checkpoint's root on the way.\n");
        Path report = BenchmarkRun.repositoryRoot().resolve("benchmarks/reports/registry-log.md");
        Files.writeString(report, md.toString());
    }
}
