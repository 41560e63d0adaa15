package kz.migration.permit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.PermitStatus;
import kz.migration.testsupport.EmbeddedPostgresServer;
import kz.migration.testsupport.RegistryTestResource;

/**
 * The cost of one update of an application as the journey's commands make it (lock, change two columns, commit):
 * the calling thread's CPU per transaction and, with pg_stat_statements, PostgreSQL's time per UPDATE. Prints only.
 * Run: {@code ./mvnw -pl permit-service verify -Dgroups=benchmark -Dsurefire.excludedGroups=
 * -Dtest=ApplicationUpdateBenchmarkTest -Dregistry.postgres.track-statements=true} ({@code -Dbenchmark.updates}).
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class ApplicationUpdateBenchmarkTest extends PermitScenario {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void updatesOneApplicationOverAndOver() throws Exception {
        String bin = newBin();
        UUID id = submitted(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        int updates = Integer.getInteger("benchmark.updates", 5_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 4; round++) {
            reset();
            long cpu = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            for (int i = 0; i < updates; i++) {
                boolean even = i % 2 == 0;
                QuarkusTransaction.requiringNew().run(() -> {
                    PermitApplication application = applications.lock(id).orElseThrow();
                    application.status = even ? PermitStatus.UNDER_REVIEW : PermitStatus.SUBMITTED;
                    application.feeDue = even ? LocalDate.of(2027, 1, 1) : null;
                });
            }
            long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
            long wallNanos = System.nanoTime() - started;
            System.out.printf("round %d: %d updates, thread CPU %.1f us/update, wall %.1f us/update, "
                    + "PostgreSQL UPDATE %s ms/update, load average %.2f%n", round, updates,
                    cpuNanos / 1e3 / updates, wallNanos / 1e3 / updates, updateMillis(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private void reset() throws SQLException {
        if (Boolean.getBoolean(EmbeddedPostgresServer.TRACK_STATEMENTS)) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create extension if not exists pg_stat_statements");
                statement.execute("select pg_stat_statements_reset()");
            }
        }
    }

    private String updateMillis() throws SQLException {
        if (!Boolean.getBoolean(EmbeddedPostgresServer.TRACK_STATEMENTS)) {
            return "-";
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select sum(total_exec_time + total_plan_time) / nullif(sum(calls), 0) from pg_stat_statements
                        where toplevel and query like 'update permit_application%'""")) {
            rows.next();
            return String.format("%.4f", rows.getDouble(1));
        }
    }
}
