package kz.migration.quota.repository;

import kz.migration.common.rules.Rule;

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
     * Takes one free unit or nothing, and writes its RESERVE ledger row in the same statement. Under READ COMMITTED
     * a waiting transaction re-checks the WHERE clause on the row version the previous one committed, so concurrent
     * reservations can never take more than is free. One statement rather than two keeps the hot row's lock held
     * for one round trip less. Parameters: updated_at, year, region, category, reservation_id, event_id,
     * occurred_at.
     */
    @Rule("quota.never-over-issue")
    public static final String RESERVE_UNIT = """
            with reserved as (
                update quota_allocation set reserved = reserved + 1, updated_at = ?
                where year = ? and region = ? and category = ? and reserved + used < allocated
                returning year, region, category, allocated, reserved, used, alert_level, allocation_version),
            ledger as (
                insert into quota_ledger (year, region, category, movement, allocated_delta, reserved_delta,
                    used_delta, reservation_id, event_id, occurred_at)
                select year, region, category, 'RESERVE', 0, 1, 0, ?, ?, ? from reserved)
            select allocated, reserved, used, alert_level, allocation_version from reserved""";

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
