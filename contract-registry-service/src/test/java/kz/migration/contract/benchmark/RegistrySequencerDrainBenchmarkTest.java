package kz.migration.contract.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.permit.PermitIssued;
import kz.migration.contract.ContractFixtures;
import kz.migration.testsupport.EmbeddedPostgresServer;
import kz.migration.testsupport.RegistryTestResource;

/**
 * How fast the registry sequencer chains a backlog on its own (issue 22 §1: it must keep up with registrations):
 * while a session holds the registry head, one registration through the API and {@code benchmark.drain.entries - 1}
 * copies of its pending entry (same contract, action AMENDED, the same ContractRegistered event) queue up; the head
 * is released and the sequencer drains the queue as in production (hash chain, Merkle tree, one outbox row per
 * event). Each copy costs the sequencer what a registration's entry costs. Prints, per round, entries chained per
 * second, the sequencer thread's CPU per entry and, with pg_stat_statements, PostgreSQL's time per entry; writes no
 * report.
 * <p>
 * Run: {@code ./mvnw -pl contract-registry-service verify -Dgroups=benchmark -Dtest=RegistrySequencerDrainBenchmarkTest}.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class RegistrySequencerDrainBenchmarkTest {

    private static final int ENTRIES = Integer.getInteger("benchmark.drain.entries", 5000);
    private static final int ROUNDS = Integer.getInteger("benchmark.drain.rounds", 6);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void drainsABacklog() throws Exception {
        ContractFixtures fixtures = new ContractFixtures(dataSource);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        PermitIssued permit = fixtures.issue(ContractFixtures.labourImmigrantPermit(ContractFixtures.randomPassport(),
                today.minusMonths(1), today.plusMonths(11)));
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                long cpuBefore;
                try (Connection head = dataSource.getConnection()) {
                    head.setAutoCommit(false);
                    try (Statement statement = head.createStatement()) {
                        statement.execute("select sequence from registry_head where id = 1 for update");
                    }
                    String id = ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(),
                            ContractFixtures.registration(permit)).then().statusCode(201).extract().path("id");
                    execute("""
                            insert into registry_pending (recorded_at, contract_id, action, state, state_hash,
                                event_type, event_payload, correlation_id, client_id, traceparent)
                            select clock_timestamp(), contract_id, 'AMENDED', state, state_hash, event_type,
                                event_payload, correlation_id, client_id, traceparent
                            from registry_pending cross join generate_series(1, %d)
                            where contract_id = '%s'""".formatted(ENTRIES - 1, id));
                    resetStatements();
                    cpuBefore = sequencerCpuNanos();
                    head.rollback();
                }
                long start = System.nanoTime();
                Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(5))
                        .until(() -> fixtures.queryLong("select count(*) from registry_pending") == 0);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("Sequencer drain round %d: %d entries in %.2f s = %.0f entries/s; sequencer thread "
                        + "CPU %.3f ms/entry; PostgreSQL %s ms/entry; load average %s%n", round, ENTRIES, seconds,
                        ENTRIES / seconds, (sequencerCpuNanos() - cpuBefore) / 1e6 / ENTRIES,
                        statementMillis() == null ? "-" : String.format("%.3f", statementMillis() / ENTRIES),
                        Files.readString(Path.of("/proc/loadavg")).trim());
            }
        } finally {
            fixtures.close();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void resetStatements() throws SQLException {
        if (Boolean.getBoolean(EmbeddedPostgresServer.TRACK_STATEMENTS)) {
            execute("create extension if not exists pg_stat_statements");
            execute("select pg_stat_statements_reset()");
        }
    }

    /** PostgreSQL's execution time of the top-level statements since the reset (the sequencer's, mostly). */
    private Double statementMillis() throws SQLException {
        if (!Boolean.getBoolean(EmbeddedPostgresServer.TRACK_STATEMENTS)) {
            return null;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        """
                                select coalesce(sum(total_exec_time), 0) from pg_stat_statements
                                where toplevel and dbid = (select oid from pg_database where datname = current_database())
                                    and query not like '%pg_stat_statements%' and query not like 'select count(*) from registry_pending%'""")) {
            rows.next();
            return rows.getDouble(1);
        }
    }

    private static long sequencerCpuNanos() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("registry-sequencer"))
                .mapToLong(t -> ManagementFactory.getThreadMXBean().getThreadCpuTime(t.getId())).sum();
    }
}
