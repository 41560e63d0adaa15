package kz.migration.inspection.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.migration.common.statistics.SmallCellSuppression;
import kz.migration.common.statistics.SuppressedChain;
import kz.migration.common.statistics.YearlyPublications;
import kz.migration.common.web.CachedDocument;
import kz.migration.inspection.api.PublicViolationStatistics;
import kz.migration.inspection.config.InspectionConfig;
import kz.migration.inspection.domain.PublicViolationTables;
import kz.migration.inspection.repository.ViolationRepository;

/**
 * The public violation statistics: counted as of the end of the last full month and published as
 * {@link PublicViolationTables} decide; the JSON and its ETag are kept for {@code public-refresh}, and for a year
 * only while the day counted stays the same.
 */
@ApplicationScoped
public class PublicViolationStatisticsService {

    private final YearlyPublications published = new YearlyPublications();

    @Inject
    ViolationRepository violations;

    @Inject
    InspectionConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The tables as published, as JSON. */
    @Transactional
    public CachedDocument publicStatistics(int year) {
        LocalDate asOf = PublicViolationTables.asOf(year, LocalDate.now(clock)).orElse(null);
        return published.get(year, asOf, config.statistics().publicRefresh(),
                () -> CachedDocument.json(json, asOf == null
                        ? PublicViolationStatistics.none(year, SmallCellSuppression.THRESHOLD)
                        : PublicViolationStatistics.of(year, asOf, tables(asOf))));
    }

    /** The suppressed tables of asOf's year up to {@code asOf}. */
    @Transactional
    public SuppressedChain tables(LocalDate asOf) {
        List<PublicViolationTables.ViolationCount> counts = violations
                .counts(LocalDate.of(asOf.getYear(), 1, 1), asOf, null).stream()
                .map(c -> new PublicViolationTables.ViolationCount(YearMonth.from(c.month()), c.kind(), c.region(),
                        c.count()))
                .toList();
        return PublicViolationTables.publish(asOf, counts);
    }
}
