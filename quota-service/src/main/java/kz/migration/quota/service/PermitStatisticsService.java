package kz.migration.quota.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitRefused;
import kz.migration.quota.api.LabourImmigrantStatistics;
import kz.migration.quota.api.PermitStatistics;
import kz.migration.quota.api.PublicPermitStatistics;
import kz.migration.quota.api.RefusalStatistics;
import kz.migration.quota.domain.PermitStatisticRecord;
import kz.migration.quota.domain.PublicPermitTables;
import kz.migration.quota.repository.StatisticsRepository;

/**
 * The permit statistics: recorded from the permit events (in the inbox's transaction, so once per event), read in
 * full by the ministry, and published to everyone as {@link PublicPermitTables} decide.
 */
@ApplicationScoped
public class PermitStatisticsService {

    @Inject
    StatisticsRepository repository;

    @Inject
    Clock clock;

    @Transactional
    public void recordIssued(PermitIssued issued, UUID eventId) {
        if (issued.permitNumber() == null || issued.issuedAt() == null) {
            return;
        }
        repository.recordPermit(PermitStatisticRecord.of(issued, clock.getZone()), eventId, clock.instant());
    }

    @Transactional
    public void recordRefused(PermitRefused refused, UUID eventId) {
        LocalDate refusedOn = LocalDate.ofInstant(refused.refusedAt() != null ? refused.refusedAt() : clock.instant(),
                clock.getZone());
        int year = refused.year() >= 2000 && refused.year() <= 2999 ? refused.year() : refusedOn.getYear();
        repository.recordRefusal(eventId, refused.applicationId(), year, refused.region(), refused.category(),
                refused.grounds() == null ? List.of() : refused.grounds(), refusedOn, clock.instant());
    }

    @Transactional
    public PermitStatistics permits(int year, String region, String category, Integer month) {
        List<PermitStatistics.Row> rows = repository.permits(year, region, category, month);
        return new PermitStatistics(year, region, category, month,
                rows.stream().mapToLong(PermitStatistics.Row::permits).sum(), rows);
    }

    @Transactional
    public RefusalStatistics refusals(int year, String region, String category) {
        Map<String, Long> byGround = repository.refusalsByGround(year, region, category, null);
        return new RefusalStatistics(year, region, category, repository.refusedApplications(year, region, category),
                byGround.entrySet().stream().map(e -> new RefusalStatistics.Ground(e.getKey(), e.getValue()))
                        .toList());
    }

    @Transactional
    public LabourImmigrantStatistics labourImmigrants(int year, String region) {
        List<LabourImmigrantStatistics.Row> rows = repository.labourImmigrants(year, region);
        return new LabourImmigrantStatistics(year, region,
                rows.stream().mapToLong(LabourImmigrantStatistics.Row::permits).sum(), rows);
    }

    /** The public tables of a year, as of the end of the last full month. */
    @Transactional
    public PublicPermitStatistics publicStatistics(int year) {
        LocalDate asOf = PublicPermitTables.asOf(year, LocalDate.now(clock)).orElse(null);
        List<PublicPermitTables.PermitCount> counts = asOf == null ? List.of() : repository.publicCounts(year, asOf);
        Map<String, Long> grounds = asOf == null
                ? Map.of()
                : repository.refusalsByGround(year, null, null, asOf);
        return PublicPermitStatistics.of(year, asOf, PublicPermitTables.publish(counts),
                PublicPermitTables.refusals(grounds));
    }
}
