package kz.migration.benchmarks.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * The quota saga's round trip split into its hops, from the timestamps the outbox and inbox tables already keep (each
 * PostgreSQL's {@code now()}, the start of the transaction that wrote it): the approval's transaction, the permit
 * relay picking up PermitApproved, quota-service's consumer applying it, the quota relay picking up the answer and
 * permit-service's consumer applying that. No service is changed to measure it.
 */
final class SagaHops {

    /** The hops in order, each from the previous timestamp to the next. */
    static final List<String> HOPS = List.of(
            "approval transaction start → permit relay picks PermitApproved up",
            "permit relay → quota-service consumer's transaction start (publish, broker, fetch)",
            "quota-service's transaction start → quota relay picks the answer up",
            "quota relay → permit-service consumer's transaction start (publish, broker, fetch)",
            "approval transaction start → permit-service consumer's transaction start (all hops)");

    private final Map<String, Histogram> hops = new LinkedHashMap<>();
    private int approvals;

    private SagaHops() {
        HOPS.forEach(hop -> hops.put(hop, new Histogram(3_600_000_000L, 3)));
    }

    /** The hops of the approvals whose PermitApproved was written between {@code from} and {@code to}. */
    static SagaHops measure(int postgresPort, Instant from, Instant to) throws SQLException {
        String base = "jdbc:postgresql://localhost:" + postgresPort + "/";
        Map<String, Instant[]> byApplication = new HashMap<>();
        try (Connection permit = DriverManager.getConnection(base + "permit", "postgres", "")) {
            try (PreparedStatement approved = permit.prepareStatement("""
                    select aggregate_id, created_at, published_at from outbox_event
                    where event_type = 'kz.migration.permit.approved.v1' and created_at between ? and ?
                      and published_at is not null""")) {
                approved.setObject(1, java.sql.Timestamp.from(from));
                approved.setObject(2, java.sql.Timestamp.from(to));
                try (ResultSet rs = approved.executeQuery()) {
                    while (rs.next()) {
                        byApplication.put(rs.getString(1), new Instant[]{rs.getTimestamp(2).toInstant(),
                                rs.getTimestamp(3).toInstant(), null, null, null});
                    }
                }
            }
            Map<String, String> answerOf = new HashMap<>();
            try (Connection quota = DriverManager.getConnection(base + "quota", "postgres", "")) {
                // quota-service's answer (reserved or rejected) by application: written in the transaction that
                // applied the approval, so its created_at is that transaction's start.
                try (PreparedStatement answers = quota.prepareStatement("""
                        select envelope::jsonb -> 'data' ->> 'applicationId', event_id::text, created_at, published_at
                        from outbox_event
                        where event_type in ('kz.migration.quota.reserved.v1', 'kz.migration.quota.rejected.v1')
                          and created_at >= ? and published_at is not null""")) {
                    answers.setObject(1, java.sql.Timestamp.from(from));
                    try (ResultSet rs = answers.executeQuery()) {
                        while (rs.next()) {
                            Instant[] times = byApplication.get(rs.getString(1));
                            if (times != null) {
                                times[2] = rs.getTimestamp(3).toInstant();
                                times[3] = rs.getTimestamp(4).toInstant();
                                answerOf.put(rs.getString(2), rs.getString(1));
                            }
                        }
                    }
                }
            }
            try (PreparedStatement consumed = permit.prepareStatement("""
                    select event_id::text, received_at from inbox_event
                    where consumer = 'permit-service' and received_at >= ?
                      and event_type in ('kz.migration.quota.reserved.v1', 'kz.migration.quota.rejected.v1')""")) {
                consumed.setObject(1, java.sql.Timestamp.from(from));
                try (ResultSet rs = consumed.executeQuery()) {
                    while (rs.next()) {
                        String application = answerOf.get(rs.getString(1));
                        if (application != null) {
                            byApplication.get(application)[4] = rs.getTimestamp(2).toInstant();
                        }
                    }
                }
            }
        }
        SagaHops result = new SagaHops();
        for (Instant[] times : byApplication.values()) {
            if (times[2] == null || times[4] == null) {
                continue;
            }
            result.approvals++;
            for (int hop = 0; hop < 4; hop++) {
                result.record(HOPS.get(hop), times[hop], times[hop + 1]);
            }
            result.record(HOPS.get(4), times[0], times[4]);
        }
        return result;
    }

    private void record(String hop, Instant start, Instant end) {
        long micros = java.time.Duration.between(start, end).toNanos() / 1000;
        hops.get(hop).recordValue(Math.max(0, micros));
    }

    /** Approvals with every timestamp found. */
    int approvals() {
        return approvals;
    }

    /** The table of the report: one row per hop. */
    List<String> table() {
        List<String> rows = new ArrayList<>();
        rows.add("| hop | p50 ms | p95 ms | p99 ms | max ms |");
        rows.add("|---|---|---|---|---|");
        hops.forEach((hop, h) -> rows.add("| " + hop + " | " + LoadReport.ms(h.getValueAtPercentile(50)) + " | "
                + LoadReport.ms(h.getValueAtPercentile(95)) + " | " + LoadReport.ms(h.getValueAtPercentile(99))
                + " | " + LoadReport.ms(h.getMaxValue()) + " |"));
        return rows;
    }
}
