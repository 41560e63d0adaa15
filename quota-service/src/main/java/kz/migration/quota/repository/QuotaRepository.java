package kz.migration.quota.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.rules.Rule;
import kz.migration.quota.api.ChangeView;
import kz.migration.quota.api.CitizenshipStatistics;
import kz.migration.quota.api.LedgerEntryView;
import kz.migration.quota.api.LedgerVerification;
import kz.migration.quota.api.PublicQuotaSummary;
import kz.migration.quota.api.ReservationView;
import kz.migration.quota.api.UtilisationView;
import kz.migration.quota.domain.Balance;
import kz.migration.quota.domain.ChangeKind;
import kz.migration.quota.domain.Movement;
import kz.migration.quota.domain.QuotaDecision;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.quota.domain.QuotaPlan;
import kz.migration.quota.domain.ReservationStatus;

/**
 * Every query of the quota service. Movements are single conditional statements whose WHERE clause is the rule
 * ("only what is free", "not below what is committed"); an empty result means the rule refused, and the CHECK
 * constraints of the schema stand behind them.
 */
@ApplicationScoped
public class QuotaRepository {

    private static final String BALANCE_COLUMNS = "year, region, category, allocated, reserved, used, alert_level, allocation_version";

    @Inject
    Jdbc jdbc;

    // ---- saga movements -------------------------------------------------------------------------------------

    /** Records a new reservation as RESERVED; false when this reservation id was already decided. */
    public boolean claimReservation(UUID reservationId, UUID applicationId, int year, String region,
            String category, String purpose, String citizenship, UUID eventId, Instant now) {
        return jdbc.update(QuotaSql.INSERT_RESERVATION, reservationId, applicationId, year, region, category,
                purpose, citizenship, eventId, now, now) == 1;
    }

    /** Takes one free unit and records it in the ledger; empty when none is free or no allocation exists. */
    public Optional<Balance> reserveUnit(QuotaKey key, UUID reservationId, UUID eventId, Instant now) {
        return jdbc.queryOne(QuotaSql.RESERVE_UNIT, row -> balance(key, row), now, key.year(), key.region(),
                key.category(), reservationId, eventId, now);
    }

    public void rejectReservation(UUID reservationId, String reason, Instant now) {
        jdbc.update(QuotaSql.REJECT_RESERVATION, reason, now, reservationId);
    }

    /**
     * Moves a reservation from RESERVED to {@code to}; returns its key, or empty when it is not RESERVED (already
     * consumed or released, rejected, or unknown), in which case nothing must move.
     */
    @Rule("quota.saga.closed-reservation-unchanged")
    public Optional<ReservationKey> closeReservation(UUID reservationId, ReservationStatus to, UUID eventId,
            Instant now) {
        return jdbc.queryOne("""
                update quota_reservation set status = ?, closed_event_id = ?, updated_at = ?
                where reservation_id = ? and status = any(?)
                returning year, region, category""",
                row -> new ReservationKey(row.getInt("year"), row.getString("region"), row.getString("category")),
                to, eventId, now, reservationId,
                to.from().stream().map(Enum::name).toArray(String[]::new));
    }

    public record ReservationKey(int year, String region, String category) {
    }

    /** Applies a consume or release to the balance; the CHECK constraints refuse anything negative. */
    public Balance moveReserved(QuotaKey key, Movement movement, Instant now) {
        return jdbc.queryOne("""
                update quota_allocation set reserved = reserved + ?, used = used + ?, updated_at = ?
                where year = ? and region = ? and category = ?
                returning allocated, reserved, used, alert_level, allocation_version""",
                row -> balance(key, row), movement.reservedDelta(), movement.usedDelta(), now, key.year(),
                key.region(), key.category())
                .orElseThrow(() -> new IllegalStateException("No quota row " + key + " for a held reservation"));
    }

    public void appendEventLedger(QuotaKey key, Movement movement, UUID reservationId, UUID eventId, Instant now) {
        jdbc.update(QuotaSql.INSERT_EVENT_LEDGER, key.year(), key.region(), key.category(), movement,
                movement.allocatedDelta(), movement.reservedDelta(), movement.usedDelta(), reservationId, eventId,
                now);
    }

    /** Sets the announced threshold; the caller holds the row lock (it just updated the row). */
    public void setAlertLevel(QuotaKey key, int level) {
        jdbc.update("update quota_allocation set alert_level = ? where year = ? and region = ? and category = ?",
                level, key.year(), key.region(), key.category());
    }

    // ---- ministry movements ---------------------------------------------------------------------------------

    public void insertDecision(QuotaDecision decision) {
        jdbc.update("""
                insert into quota_change (change_id, kind, year, plan_version, reason, actor, actor_role,
                    correlation_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", decision.id(), decision.kind(), decision.year(),
                decision.planVersion(), decision.reason(), decision.actor(), decision.actorRole(),
                decision.correlationId(), decision.at());
    }

    // ---- the year's plan ------------------------------------------------------------------------------------

    /** The plan of a year with every balance of it as read now; version 0 when the year has no plan. */
    public QuotaPlan findPlan(int year) {
        int version = jdbc.queryOne("select version from quota_plan where year = ?", row -> row.getInt("version"),
                year).orElse(0);
        return QuotaPlan.of(year, version, jdbc.query("select " + BALANCE_COLUMNS
                + " from quota_allocation where year = ? order by region, category", QuotaRepository::balance, year));
    }

    /**
     * Records the first plan of a year at version 1; false when a plan exists already (one created concurrently
     * commits first, and this insert then finds its row).
     */
    public boolean createPlan(int year, Instant now) {
        return jdbc.update("""
                insert into quota_plan (year, version, updated_at) values (?, 1, ?)
                on conflict (year) do nothing""", year, now) == 1;
    }

    /**
     * Advances the plan's version and locks its row until commit, when the version is still {@code expected} (any
     * version when null); empty when it is not, or when the year has no plan. Every ministry decision on a year
     * does this before it moves a balance, so the decisions on one year run one after the other.
     */
    public Optional<Integer> advancePlan(int year, Integer expected, Instant now) {
        return jdbc.queryOne("""
                update quota_plan set version = version + 1, updated_at = ?
                where year = ? and (cast(? as int) is null or version = ?)
                returning version""", row -> row.getInt("version"), now, year, expected, expected);
    }

    /** Creates the balance with nothing allocated unless it exists. */
    public void ensureBalance(QuotaKey key, Instant now) {
        jdbc.update("""
                insert into quota_allocation (year, region, category, allocated, updated_at) values (?, ?, ?, 0, ?)
                on conflict do nothing""", key.year(), key.region(), key.category(), now);
    }

    /** Locks the balances in key order, so ministry changes over the same rows queue instead of deadlocking. */
    public List<QuotaKey> lockInOrder(List<QuotaKey> keys) {
        List<QuotaKey> sorted = keys.stream().distinct().sorted().toList();
        for (QuotaKey key : sorted) {
            jdbc.query("select 1 from quota_allocation where year = ? and region = ? and category = ? for update",
                    row -> 1, key.year(), key.region(), key.category());
        }
        return sorted;
    }

    /**
     * Sets the allocation unless it would fall below reserved + used, or (with {@code expectedVersion}) another
     * ministry decision changed it since it was read; the result carries the previous value.
     */
    @Rule("quota.allocation-not-below-committed")
    public Optional<AllocationChange> setAllocated(QuotaKey key, int allocated, Integer expectedVersion,
            Instant now) {
        return jdbc.queryOne("""
                with previous as (
                    select allocated from quota_allocation where year = ? and region = ? and category = ? for update)
                update quota_allocation q
                set allocated = ?, allocation_version = allocation_version + 1, updated_at = ?
                from previous
                where q.year = ? and q.region = ? and q.category = ? and q.reserved + q.used <= ?
                    and (cast(? as int) is null or q.allocation_version = ?)
                returning previous.allocated as previous_allocated, q.allocated, q.reserved, q.used, q.alert_level,
                    q.allocation_version""",
                row -> new AllocationChange(row.getInt("previous_allocated"), balance(key, row)), key.year(),
                key.region(), key.category(), allocated, now, key.year(), key.region(), key.category(), allocated,
                expectedVersion, expectedVersion);
    }

    public record AllocationChange(int previousAllocated, Balance balance) {
        public int delta() {
            return balance.allocated() - previousAllocated;
        }
    }

    /** Takes {@code units} free units away; empty when fewer are free (or the balance does not exist). */
    @Rule("quota.reallocation.free-units-only")
    public Optional<Balance> takeFree(QuotaKey key, int units, Instant now) {
        return jdbc.queryOne("""
                update quota_allocation
                set allocated = allocated - ?, allocation_version = allocation_version + 1, updated_at = ?
                where year = ? and region = ? and category = ? and allocated - reserved - used >= ?
                returning allocated, reserved, used, alert_level, allocation_version""",
                row -> balance(key, row), units, now, key.year(), key.region(), key.category(), units);
    }

    public Balance addAllocated(QuotaKey key, int units, Instant now) {
        return jdbc.queryOne("""
                update quota_allocation
                set allocated = allocated + ?, allocation_version = allocation_version + 1, updated_at = ?
                where year = ? and region = ? and category = ?
                returning allocated, reserved, used, alert_level, allocation_version""",
                row -> balance(key, row), units, now, key.year(), key.region(), key.category())
                .orElseThrow(() -> new IllegalStateException("No quota row " + key));
    }

    public void appendDecisionLedger(QuotaKey key, Movement movement, int allocatedDelta, UUID changeId,
            Instant now) {
        jdbc.update("""
                insert into quota_ledger (year, region, category, movement, allocated_delta, reserved_delta,
                    used_delta, change_id, occurred_at)
                values (?, ?, ?, ?, ?, 0, 0, ?, ?)""", key.year(), key.region(), key.category(), movement,
                allocatedDelta, changeId, now);
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    public Optional<Balance> findBalance(QuotaKey key) {
        return jdbc.queryOne("select " + BALANCE_COLUMNS
                + " from quota_allocation where year = ? and region = ? and category = ?", QuotaRepository::balance,
                key.year(), key.region(), key.category());
    }

    /** Balances in (year, region, category) order after {@code after}; filters are optional. */
    public List<Balance> listBalances(Integer year, String region, PermitCategory category, QuotaKey after,
            int limit) {
        StringBuilder sql = new StringBuilder("select " + BALANCE_COLUMNS + " from quota_allocation where true");
        List<Object> parameters = new ArrayList<>();
        if (year != null) {
            sql.append(" and year = ?");
            parameters.add(year);
        }
        if (region != null) {
            sql.append(" and region = ?");
            parameters.add(region);
        }
        if (category != null) {
            sql.append(" and category = ?");
            parameters.add(category);
        }
        if (after != null) {
            sql.append(" and (year, region, category) > (?, ?, ?)");
            parameters.add(after.year());
            parameters.add(after.region());
            parameters.add(after.category());
        }
        sql.append(" order by year, region, category limit ?");
        parameters.add(limit);
        return jdbc.query(sql.toString(), QuotaRepository::balance, parameters.toArray());
    }

    public List<LedgerEntryView> ledger(QuotaKey key, long afterId, int limit) {
        return jdbc.query("""
                select * from quota_ledger where year = ? and region = ? and category = ? and id > ?
                order by id limit ?""", QuotaRepository::ledgerEntry, key.year(), key.region(), key.category(),
                afterId, limit);
    }

    public Optional<ChangeView> findChange(UUID changeId) {
        List<LedgerEntryView> movements = jdbc.query("select * from quota_ledger where change_id = ? order by id",
                QuotaRepository::ledgerEntry, changeId);
        return jdbc.queryOne("select * from quota_change where change_id = ?",
                row -> new ChangeView(changeId, ChangeKind.valueOf(row.getString("kind")), row.getInt("year"),
                        row.getString("reason"), row.getString("actor"), row.getString("actor_role"),
                        Jdbc.instant(row, "created_at"), movements, row.getObject("plan_version", Integer.class)),
                changeId);
    }

    public Optional<ReservationView> findReservation(UUID reservationId) {
        return jdbc.queryOne("select * from quota_reservation where reservation_id = ?",
                row -> new ReservationView(reservationId, row.getObject("application_id", UUID.class),
                        row.getInt("year"), row.getString("region"), row.getString("category"),
                        ReservationStatus.valueOf(row.getString("status")), row.getString("reason"),
                        Jdbc.instant(row, "created_at"), Jdbc.instant(row, "updated_at")),
                reservationId);
    }

    /**
     * End-of-day totals from the ledger for each day of {@code [from, to]} in {@code zone}: what the balances were
     * at that day's end, summed over the matching rows.
     */
    public List<UtilisationView.Day> utilisation(int year, String region, PermitCategory category, LocalDate from,
            LocalDate to, ZoneId zone) {
        String categoryName = category == null ? null : category.name();
        return jdbc.query("""
                with daily as (
                    select (occurred_at at time zone ?)::date as day, sum(allocated_delta) as allocated,
                        sum(reserved_delta) as reserved, sum(used_delta) as used
                    from quota_ledger
                    where year = ? and (cast(? as text) is null or region = ?)
                        and (cast(? as text) is null or category = ?)
                        and (occurred_at at time zone ?)::date <= ?
                    group by 1),
                days as (select generate_series(cast(? as date), cast(? as date), interval '1 day')::date as day)
                select days.day, coalesce(sum(daily.allocated), 0) as allocated,
                    coalesce(sum(daily.reserved), 0) as reserved, coalesce(sum(daily.used), 0) as used
                from days left join daily on daily.day <= days.day
                group by days.day order by days.day""",
                row -> new UtilisationView.Day(row.getObject("day", LocalDate.class), row.getInt("allocated"),
                        row.getInt("reserved"), row.getInt("used")),
                zone.getId(), year, region, region, categoryName, categoryName, zone.getId(), to, from, to);
    }

    /** Every balance whose columns differ from the sums of its ledger rows (and ledger rows without a balance). */
    public List<LedgerVerification.Mismatch> ledgerMismatches(Integer year) {
        return jdbc.query("""
                with sums as (
                    select year, region, category, sum(allocated_delta) as allocated, sum(reserved_delta) as reserved,
                        sum(used_delta) as used
                    from quota_ledger where cast(? as int) is null or year = ? group by year, region, category)
                select coalesce(q.year, s.year) as year, coalesce(q.region, s.region) as region,
                    coalesce(q.category, s.category) as category, coalesce(q.allocated, 0) as allocated,
                    coalesce(q.reserved, 0) as reserved, coalesce(q.used, 0) as used,
                    coalesce(s.allocated, 0) as ledger_allocated, coalesce(s.reserved, 0) as ledger_reserved,
                    coalesce(s.used, 0) as ledger_used
                from (select * from quota_allocation where cast(? as int) is null or year = ?) q
                full join sums s on s.year = q.year and s.region = q.region and s.category = q.category
                where coalesce(q.allocated, 0) <> coalesce(s.allocated, 0)
                    or coalesce(q.reserved, 0) <> coalesce(s.reserved, 0)
                    or coalesce(q.used, 0) <> coalesce(s.used, 0)
                order by 1, 2, 3""",
                row -> new LedgerVerification.Mismatch(row.getInt("year"), row.getString("region"),
                        PermitCategory.valueOf(row.getString("category")), row.getInt("allocated"),
                        row.getInt("reserved"), row.getInt("used"), row.getLong("ledger_allocated"),
                        row.getLong("ledger_reserved"), row.getLong("ledger_used")),
                year, year, year, year);
    }

    public long[] countBalancesAndLedgerRows(Integer year) {
        return jdbc.queryOne("""
                select (select count(*) from quota_allocation where cast(? as int) is null or year = ?),
                       (select count(*) from quota_ledger where cast(? as int) is null or year = ?)""",
                row -> new long[]{row.getLong(1), row.getLong(2)}, year, year, year, year).orElseThrow();
    }

    /** Reserved and used units by the citizenship the approvals carried (from the reservations). */
    public List<CitizenshipStatistics.Row> citizenshipCounts(int year, String region, PermitCategory category) {
        String categoryName = category == null ? null : category.name();
        return jdbc.query("""
                select coalesce(citizenship, 'UNKNOWN') as citizenship,
                    count(*) filter (where status = 'RESERVED') as reserved,
                    count(*) filter (where status = 'CONSUMED') as used
                from quota_reservation
                where year = ? and status in ('RESERVED', 'CONSUMED') and (cast(? as text) is null or region = ?)
                    and (cast(? as text) is null or category = ?)
                group by 1 order by used desc, reserved desc, citizenship""",
                row -> new CitizenshipStatistics.Row(row.getString("citizenship"), row.getLong("reserved"),
                        row.getLong("used")),
                year, region, region, categoryName, categoryName);
    }

    public List<PublicQuotaSummary.CategoryTotals> totalsByCategory(int year) {
        return jdbc.query("""
                select category, sum(allocated) as allocated, sum(reserved) as reserved, sum(used) as used
                from quota_allocation where year = ? group by category order by category""",
                row -> new PublicQuotaSummary.CategoryTotals(PermitCategory.valueOf(row.getString("category")),
                        totals(row)),
                year);
    }

    public List<PublicQuotaSummary.RegionTotals> totalsByRegion(int year) {
        return jdbc.query("""
                select region, sum(allocated) as allocated, sum(reserved) as reserved, sum(used) as used
                from quota_allocation where year = ? group by region order by region""",
                row -> new PublicQuotaSummary.RegionTotals(row.getString("region"), null, totals(row)), year);
    }

    private static PublicQuotaSummary.Totals totals(ResultSet row) throws SQLException {
        long allocated = row.getLong("allocated");
        long reserved = row.getLong("reserved");
        long used = row.getLong("used");
        return new PublicQuotaSummary.Totals(allocated, reserved, used, allocated - reserved - used);
    }

    private static Balance balance(ResultSet row) throws SQLException {
        QuotaKey key = new QuotaKey(row.getInt("year"), row.getString("region"),
                PermitCategory.valueOf(row.getString("category")));
        return balance(key, row);
    }

    private static Balance balance(QuotaKey key, ResultSet row) throws SQLException {
        return new Balance(key, row.getInt("allocated"), row.getInt("reserved"), row.getInt("used"),
                row.getInt("alert_level"), row.getInt("allocation_version"));
    }

    private static LedgerEntryView ledgerEntry(ResultSet row) throws SQLException {
        return new LedgerEntryView(row.getLong("id"), row.getInt("year"), row.getString("region"),
                PermitCategory.valueOf(row.getString("category")), Movement.valueOf(row.getString("movement")),
                row.getInt("allocated_delta"), row.getInt("reserved_delta"), row.getInt("used_delta"),
                row.getObject("change_id", UUID.class), row.getObject("reservation_id", UUID.class),
                row.getObject("event_id", UUID.class), Jdbc.instant(row, "occurred_at"));
    }
}
