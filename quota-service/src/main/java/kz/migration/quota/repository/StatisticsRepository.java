package kz.migration.quota.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.quota.api.LabourImmigrantStatistics;
import kz.migration.quota.api.PermitStatistics;
import kz.migration.quota.domain.PermitStatisticRecord;
import kz.migration.quota.domain.PublicPermitTables;

/** The statistics read-model: issued permits and refusals as the permit events told them, counted by SQL. */
@ApplicationScoped
public class StatisticsRepository {

    private static final String NOT_STATED = PermitStatisticRecord.NOT_STATED;

    @Inject
    Jdbc jdbc;

    /** Records an issued permit once (a permit number seen before changes nothing). */
    public boolean recordPermit(PermitStatisticRecord permit, UUID eventId, Instant now) {
        return jdbc.update("""
                insert into permit_statistic (permit_number, quota_year, region, category, occupation_group,
                    citizenship, sex, issued_on, event_id, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (permit_number) do nothing""", permit.permitNumber(), permit.year(), permit.region(),
                permit.category(), permit.occupationGroup().map(String::valueOf).orElse(null),
                permit.citizenship().orElse(null), permit.sex().map(Enum::name).orElse(null), permit.issuedOn(),
                eventId, now) == 1;
    }

    /** Records a refusal once per event, with every ground it named. */
    public void recordRefusal(UUID eventId, UUID applicationId, int year, String region, String category,
            List<String> grounds, LocalDate refusedOn, Instant now) {
        jdbc.update("""
                insert into permit_refusal_statistic (event_id, application_id, quota_year, region, category, grounds,
                    refused_on, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (event_id) do nothing""", eventId, applicationId, year, region, category,
                grounds.toArray(String[]::new), refusedOn, now);
    }

    /** Permits of a year by region, category, occupation group, citizenship, sex and month of issue. */
    public List<PermitStatistics.Row> permits(int year, String region, String category, Integer month) {
        return jdbc.query("""
                select region, category, coalesce(occupation_group, ?) as occupation_group,
                    coalesce(citizenship, ?) as citizenship, coalesce(sex, ?) as sex,
                    cast(extract(month from issued_on) as int) as month, count(*) as permits
                from permit_statistic
                where quota_year = ? and (cast(? as text) is null or region = ?)
                    and (cast(? as text) is null or category = ?)
                    and (cast(? as int) is null or extract(month from issued_on) = ?)
                group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6""",
                row -> new PermitStatistics.Row(row.getString("region"), row.getString("category"),
                        row.getString("occupation_group"), row.getString("citizenship"), row.getString("sex"),
                        row.getInt("month"), row.getLong("permits")),
                NOT_STATED, NOT_STATED, NOT_STATED, year, region, region, category, category, month, month);
    }

    /** The counts behind the public tables: permits of a year issued up to {@code asOf}. */
    public List<PublicPermitTables.PermitCount> publicCounts(int year, LocalDate asOf) {
        return jdbc.query("""
                select category, coalesce(citizenship, ?) as citizenship, coalesce(sex, ?) as sex,
                    coalesce(occupation_group, ?) as occupation_group, count(*) as permits
                from permit_statistic where quota_year = ? and issued_on <= ?
                group by 1, 2, 3, 4""",
                row -> new PublicPermitTables.PermitCount(row.getString("category"), row.getString("citizenship"),
                        row.getString("sex"), row.getString("occupation_group"), row.getLong("permits")),
                NOT_STATED, NOT_STATED, NOT_STATED, year, asOf);
    }

    /** Refusals of a year by ground (a refusal naming two grounds counts under each), up to {@code upTo} if set. */
    public Map<String, Long> refusalsByGround(int year, String region, String category, LocalDate upTo) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("""
                select ground, count(*) as refusals
                from permit_refusal_statistic, unnest(grounds) as ground
                where quota_year = ? and (cast(? as text) is null or region = ?)
                    and (cast(? as text) is null or category = ?) and (cast(? as date) is null or refused_on <= ?)
                group by 1 order by 2 desc, 1""",
                row -> counts.put(row.getString("ground"), row.getLong("refusals")), year, region, region, category,
                category, upTo, upTo);
        return counts;
    }

    public long refusedApplications(int year, String region, String category) {
        return jdbc.queryOne("""
                select count(*) from permit_refusal_statistic
                where quota_year = ? and (cast(? as text) is null or region = ?)
                    and (cast(? as text) is null or category = ?)""", row -> row.getLong(1), year, region, region,
                category, category).orElse(0L);
    }

    /** Labour-immigrant permits of a year by the worker's citizenship, most first. */
    public List<LabourImmigrantStatistics.Row> labourImmigrants(int year, String region) {
        return jdbc.query("""
                select coalesce(citizenship, ?) as citizenship, count(*) as permits from permit_statistic
                where quota_year = ? and category = 'LABOUR_IMMIGRANT' and (cast(? as text) is null or region = ?)
                group by 1 order by 2 desc, 1""",
                row -> new LabourImmigrantStatistics.Row(row.getString("citizenship"), row.getLong("permits")),
                NOT_STATED, year, region, region);
    }
}
