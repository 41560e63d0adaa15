package kz.migration.quota.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.quota.domain.Balance;
import kz.migration.quota.domain.QuotaPlan;
import kz.migration.quota.domain.QuotaProjection;
import kz.migration.quota.domain.SeasonalProfile;
import kz.migration.quota.repository.QuotaSeriesRepository;

/**
 * Loads what a projection needs (the last 90 days' units used, the previous years' months) and projects every
 * balance of a plan, real or hypothetical, with {@link QuotaProjection}; the dashboard and the simulator both come
 * here.
 */
@ApplicationScoped
public class QuotaProjectionService {

    /** How many previous years the seasons are taken from. */
    static final int SEASON_YEARS = 5;

    @Inject
    QuotaSeriesRepository series;

    @Inject
    Clock clock;

    /** The projections of a plan, as of today (or the last day of the plan's year once it is over). */
    public record Projected(LocalDate asOf, SeasonalProfile profile, List<QuotaProjection.Projection> projections) {
    }

    public Projected project(QuotaPlan plan) {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearEnd = LocalDate.of(plan.year(), 12, 31);
        LocalDate asOf = today.isAfter(yearEnd) ? yearEnd : today;
        Map<QuotaSeriesRepository.RegionCategory, Long> recent = series.usedBetween(
                asOf.minusDays(QuotaProjection.WINDOW_DAYS - 1L), asOf, clock.getZone());
        SeasonalProfile profile = profile(asOf.getYear());
        List<QuotaProjection.Projection> projections = plan.balances().stream()
                .map(balance -> QuotaProjection.project(inputs(balance, recent, asOf, profile))).toList();
        return new Projected(asOf, profile, projections);
    }

    /** The seasons of the calendar years before {@code year} that the registry has units used in. */
    public SeasonalProfile profile(int year) {
        return SeasonalProfile.of(series.usedByMonth(year - SEASON_YEARS, year - 1, clock.getZone()));
    }

    private static QuotaProjection.Inputs inputs(Balance balance,
            Map<QuotaSeriesRepository.RegionCategory, Long> recent, LocalDate asOf, SeasonalProfile profile) {
        long used = recent.getOrDefault(new QuotaSeriesRepository.RegionCategory(balance.key().region(),
                balance.key().category().name()), 0L);
        return new QuotaProjection.Inputs(balance.key(), balance.allocated(), balance.reserved(), balance.used(), used,
                asOf, profile);
    }
}
