package kz.migration.contract.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The contract registration goals of issue 22 §1, each judged met or not met from one run's figures, as the table
 * the benchmark report opens its results with.
 *
 * @param registrationsPerSecond the service at 16 clients (the rounds together)
 * @param frozenSqlPerSecond pgbench running the frozen {@code registration-transaction.sql} in the same run
 * @param serviceSqlPerSecond pgbench running the service's own SQL for one registration ({@code registration-function.sql})
 * @param floorPerSecond the framework floor: an authenticated one-row insert of the same service
 * @param p99At16Millis registration p99 at 16 clients
 * @param p99At1Millis registration p99 at 1 client
 * @param postgresCpuMillis PostgreSQL CPU per registration
 * @param jvmCpuMillis the service JVM's CPU per registration (with the broker and the JIT, which share it here)
 * @param fsyncPerSecond pg_test_fsync's one-8kB-write fdatasync rate, in a durable run
 */
record RegistrationGoals(double registrationsPerSecond, double frozenSqlPerSecond, double serviceSqlPerSecond,
        double floorPerSecond, double p99At16Millis, double p99At1Millis, double postgresCpuMillis,
        double jvmCpuMillis, OptionalDouble fsyncPerSecond) {

    record Goal(String name, String target, String figure, String verdict) {
    }

    List<Goal> goals() {
        List<Goal> goals = new ArrayList<>();
        goals.add(ratio("frozen reference", 0.9, "the frozen registration SQL via pgbench", frozenSqlPerSecond));
        goals.add(ratio("like for like", 0.75, "the service's SQL via pgbench", serviceSqlPerSecond));
        goals.add(new Goal("framework floor", "reported",
                format("%.1f/s authenticated one-row inserts; registrations %.1f%% of it", floorPerSecond,
                        100 * registrationsPerSecond / floorPerSecond),
                "reported"));
        goals.add(atMost("latency at 16 clients", "p99 <= 50 ms", p99At16Millis, 50, "%.1f ms"));
        goals.add(atMost("latency at 1 client", "p99 <= 5 ms", p99At1Millis, 5, "%.1f ms"));
        double cpu = postgresCpuMillis + jvmCpuMillis;
        goals.add(new Goal("CPU per registration", "<= 2.0 ms (PostgreSQL + JVM)",
                format("%.2f ms (PostgreSQL %.2f, JVM %.2f)", cpu, postgresCpuMillis, jvmCpuMillis),
                cpu <= 2.0 ? "met" : "not met"));
        fsyncPerSecond.ifPresent(fsync -> goals.add(new Goal("durable run", "pg_test_fsync as the physical limit",
                format("%.1f registrations/s against %.0f fdatasync/s (%.1f%%)", registrationsPerSecond, fsync,
                        100 * registrationsPerSecond / fsync),
                "reported")));
        return goals;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("| goal (issue 22 §1) | target | this run | |\n|---|---|---|---|\n");
        goals().forEach(goal -> md.append("| ").append(goal.name()).append(" | ").append(goal.target()).append(" | ")
                .append(goal.figure()).append(" | ").append(goal.verdict()).append(" |\n"));
        return md.toString();
    }

    private Goal ratio(String name, double share, String reference, double referencePerSecond) {
        double ratio = registrationsPerSecond / referencePerSecond;
        return new Goal(name, format(">= %.2f x %s", share, reference),
                format("%.1f/s against %.1f/s = %.2f", registrationsPerSecond, referencePerSecond, ratio),
                ratio >= share ? "met" : "not met");
    }

    private static Goal atMost(String name, String target, double value, double limit, String pattern) {
        return new Goal(name, target, format(pattern, value), value <= limit ? "met" : "not met");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
