package kz.migration.quota.repository;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Units used over time, from the ledger's CONSUME rows: the projection's recent pace and seasons, the dashboard's months. */
@ApplicationScoped
public class QuotaSeriesRepository {

    /** Region and category of a balance, whatever its year. */
    public record RegionCategory(String region, String category) {
    }

    @Inject
    Jdbc jdbc;

    /** Units used from {@code from} to {@code to} (days in {@code zone}), by region and category, any quota year. */
    public Map<RegionCategory, Long> usedBetween(LocalDate from, LocalDate to, ZoneId zone) {
        Map<RegionCategory, Long> used = new HashMap<>();
        jdbc.query("""
                select region, category, sum(used_delta) as used from quota_ledger
                where movement = 'CONSUME' and occurred_at >= cast(? as date) at time zone ?
                    and occurred_at < (cast(? as date) + 1) at time zone ?
                group by 1, 2""",
                row -> used.put(new RegionCategory(row.getString("region"), row.getString("category")),
                        row.getLong("used")),
                from, zone.getId(), to, zone.getId());
        return used;
    }

    /** Units used by calendar year and month of use (in {@code zone}), all balances, for the years given. */
    public Map<Integer, long[]> usedByMonth(int fromYear, int toYear, ZoneId zone) {
        Map<Integer, long[]> byYear = new TreeMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            byYear.put(year, new long[12]);
        }
        jdbc.query("""
                select cast(extract(year from occurred_at at time zone ?) as int) as y,
                    cast(extract(month from occurred_at at time zone ?) as int) as m, sum(used_delta) as used
                from quota_ledger
                where movement = 'CONSUME' and occurred_at >= make_date(?, 1, 1) at time zone ?
                    and occurred_at < make_date(?, 1, 1) at time zone ?
                group by 1, 2""",
                row -> byYear.get(row.getInt("y"))[row.getInt("m") - 1] = row.getLong("used"), zone.getId(),
                zone.getId(), fromYear, zone.getId(), toYear + 1, zone.getId());
        return byYear;
    }
}
