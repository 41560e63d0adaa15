package kz.migration.quota.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;
import kz.migration.quota.domain.QuotaProjection;

@Schema(description = "Everything the public quota dashboard shows for a year, exactly as it shows it: the quota by category and region (allocated, reserved, used, free; live figures, at most a refresh interval old), units used by month this year and in previous years, the quota of previous years from the reference data, the forecast exhaustion date per region and category, and the top citizenships and occupation groups of the permit statistics (as of the end of the last full month, with small-cell suppression)")
public record QuotaDashboardView(int year,
        @Schema(description = "When the quota figures were read") Instant figuresAt,
        @Schema(description = "The last day counted by the statistics; null while the year has no full month behind it") LocalDate statisticsAsOf,
        PublicQuotaSummary.Totals national, List<PublicQuotaSummary.CategoryTotals> byCategory,
        List<PublicQuotaSummary.RegionTotals> byRegion, List<BalanceRow> balances, List<MonthlyUse> monthlyUse,
        List<HistoryYear> quotaHistory, LocalDate forecastAsOf, List<Forecast> forecast,
        List<Figure> topCitizenships, List<Figure> occupationGroups) {

    @Schema(name = "DashboardBalance", description = "One region and category of the year")
    public record BalanceRow(String region, String regionName, PermitCategory category, long allocated,
            long reserved, long used, long free) {
    }

    @Schema(name = "DashboardMonthlyUse", description = "Units used in each month of a calendar year (all regions and categories); null for months still to come")
    public record MonthlyUse(int year, List<Long> months, long total) {
    }

    @Schema(name = "DashboardQuotaHistory", description = "A year's national quota as first set (reference/quota-history.csv), and the units the registry used in it where it has them")
    public record HistoryYear(int year, Long nationalQuota, Long used) {
    }

    @Schema(name = "DashboardForecast", description = "When a balance runs out at the projected pace (see POST /api/v1/quota-simulations for the method)")
    public record Forecast(String region, String regionName, PermitCategory category,
            QuotaProjection.Outcome outcome, LocalDate exhaustionDate) {
    }

    @Schema(name = "DashboardFigure", description = "A label and its published figure: a count, \"<5\" or \"x\"")
    public record Figure(String label, String permits) {
    }
}
