package kz.migration.quota.repository;

/**
 * The statements of the reservation path, with JDBC {@code ?} parameters. They live here, once, because the
 * benchmark in {@code benchmarks/} runs exactly these statements against its own PostgreSQL.
 */
public final class QuotaSql {

    /** Claims the reservation id; 0 rows means this reservation was already decided (a repeated approval). */
    public static final String INSERT_RESERVATION = """
            insert into quota_reservation (reservation_id, application_id, year, region, category, purpose,
                citizenship, status, approved_event_id, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, 'RESERVED', ?, ?, ?)
            on conflict (reservation_id) do nothing""";

    /**
     * Takes one free unit or nothing. Under READ COMMITTED a waiting transaction re-checks the WHERE clause on the
     * row version the previous one committed, so concurrent reservations can never take more than is free.
     */
    public static final String RESERVE_UNIT = """
            update quota_allocation set reserved = reserved + 1, updated_at = ?
            where year = ? and region = ? and category = ? and reserved + used < allocated
            returning allocated, reserved, used, alert_level, allocation_version""";

    public static final String REJECT_RESERVATION = """
            update quota_reservation set status = 'REJECTED', reason = ?, updated_at = ?
            where reservation_id = ? and status = 'RESERVED'""";

    /** A ledger row caused by a saga event. */
    public static final String INSERT_EVENT_LEDGER = """
            insert into quota_ledger (year, region, category, movement, allocated_delta, reserved_delta, used_delta,
                reservation_id, event_id, occurred_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private QuotaSql() {
    }
}
