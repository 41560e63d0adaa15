package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.rules.Verifies;

class QuotaProjectionTest {

    private static final QuotaKey KEY = new QuotaKey(2026, "750000000", PermitCategory.CATEGORY_3);

    @Test
    @Verifies("quota.projection.issue-rate-and-seasonality")
    void aFlatPaceRunsOutWhenTheRemainingUnitsAreUsedUp() {
        // 90 units in 90 days: one a day. 100 free on 1 October: gone 100 days later, 8 January, so it lasts.
        LocalDate asOf = LocalDate.of(2026, 9, 30);
        QuotaProjection.Projection p = QuotaProjection.project(new QuotaProjection.Inputs(KEY, 400, 20, 280, 90, asOf,
                SeasonalProfile.flat()));
        assertEquals(QuotaProjection.Outcome.LASTS, p.outcome());
        assertEquals(Optional.empty(), p.exhaustionDate());
        assertEquals(392, p.projectedYearEnd(), 1, "300 now and 92 more days at about one a day");
        assertEquals(8, p.surplus(), 1);
        // With only 50 free the same pace runs out after 50 days.
        QuotaProjection.Projection tight = QuotaProjection.project(new QuotaProjection.Inputs(KEY, 350, 20, 280, 90,
                asOf, SeasonalProfile.flat()));
        assertEquals(QuotaProjection.Outcome.EXHAUSTS, tight.outcome());
        LocalDate date = tight.exhaustionDate().orElseThrow();
        assertTrue(!date.isBefore(LocalDate.of(2026, 11, 17)) && !date.isAfter(LocalDate.of(2026, 11, 21)),
                date.toString());
        assertTrue(tight.surplus() < 0, "a shortfall at the year's end");
    }

    @Test
    @Verifies("quota.projection.issue-rate-and-seasonality")
    void theSeasonOfPreviousYearsShapesTheDaysAhead() {
        // Previous years used everything in the second half: a quiet spring tells of a busy autumn.
        long[] months = {0, 0, 0, 0, 0, 0, 10, 10, 10, 10, 10, 10};
        SeasonalProfile profile = SeasonalProfile.of(Map.of(2024, months, 2025, months));
        assertEquals(0.0, profile.share(Month.MARCH));
        assertEquals(1.0 / 6, profile.share(Month.SEPTEMBER), 1e-9);
        assertEquals(java.util.List.of(2024, 2025), profile.years());
        LocalDate asOf = LocalDate.of(2026, 8, 31);
        QuotaProjection.Projection seasonal = QuotaProjection.project(new QuotaProjection.Inputs(KEY, 1000, 0, 300, 60,
                asOf, profile));
        QuotaProjection.Projection flat = QuotaProjection.project(new QuotaProjection.Inputs(KEY, 1000, 0, 300, 60,
                asOf, SeasonalProfile.flat()));
        // June (no weight) to August: 60 units over 2 of the 6 busy months, so 180 a year; 4 busy months remain.
        assertEquals(300 + 120, seasonal.projectedYearEnd(), 2);
        assertTrue(flat.projectedYearEnd() < seasonal.projectedYearEnd());
    }

    @Test
    @Verifies("quota.projection.issue-rate-and-seasonality")
    void aBalanceWithNothingFreeIsExhaustedAndAYearAheadStartsOnTheFirstOfJanuary() {
        QuotaProjection.Projection full = QuotaProjection.project(new QuotaProjection.Inputs(KEY, 100, 10, 90, 30,
                LocalDate.of(2026, 6, 1), SeasonalProfile.flat()));
        assertEquals(QuotaProjection.Outcome.EXHAUSTED, full.outcome());
        QuotaKey next = new QuotaKey(2027, "750000000", PermitCategory.CATEGORY_3);
        QuotaProjection.Projection ahead = QuotaProjection.project(new QuotaProjection.Inputs(next, 100, 0, 0, 90,
                LocalDate.of(2026, 12, 6), SeasonalProfile.flat()));
        // About one a day (a flat month weighs the same whatever its length): gone after about 100 days.
        LocalDate gone = ahead.exhaustionDate().orElseThrow();
        assertTrue(!gone.isBefore(LocalDate.of(2027, 4, 7)) && !gone.isAfter(LocalDate.of(2027, 4, 12)),
                gone.toString());
        assertTrue(QuotaProjection.method().contains("90 days"));
    }
}
