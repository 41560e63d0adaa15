package kz.migration.quota.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.identifier.KatoRegions;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.reference.ReferenceFiles;
import kz.migration.common.statistics.PublishedTable;
import kz.migration.quota.api.PublicPermitStatistics;
import kz.migration.quota.api.PublicQuotaSummary;
import kz.migration.quota.api.QuotaDashboardView;
import kz.migration.quota.api.QuotaProjectionView;
import kz.migration.quota.domain.Balance;
import kz.migration.quota.domain.QuotaPlan;
import kz.migration.quota.repository.QuotaRepository;
import kz.migration.quota.repository.QuotaSeriesRepository;

/**
 * Gathers what the quota dashboard shows for a year: the live quota figures, units used by month, the reference
 * data's quotas of previous years, the forecast ({@link QuotaProjectionService}, the same projection as the
 * simulator) and the public permit statistics' top citizenships and occupations.
 */
@ApplicationScoped
public class QuotaDashboardService {

    /** Previous calendar years drawn beside this one. */
    static final int PREVIOUS_YEARS = 3;

    @Inject
    QuotaRepository quotas;

    @Inject
    QuotaSeriesRepository series;

    @Inject
    QuotaQueryService queries;

    @Inject
    QuotaProjectionService projections;

    @Inject
    PermitStatisticsService statistics;

    @Inject
    Clock clock;

    /** The dashboard's figures, and the full projection that only the ministry's variant shows. */
    public record Dashboard(QuotaDashboardView view, List<QuotaProjectionView> projections) {
    }

    @Transactional
    public Dashboard dashboard(int year) {
        QuotaPlan plan = quotas.findPlan(year);
        if (!plan.exists()) {
            throw ProblemException.notFound("Quota plan of year", year);
        }
        PublicQuotaSummary summary = queries.publicSummary(year);
        List<QuotaDashboardView.BalanceRow> balances = plan.balances().stream().map(QuotaDashboardService::row)
                .toList();
        QuotaProjectionService.Projected projected = projections.project(plan);
        List<QuotaProjectionView> views = projected.projections().stream().map(QuotaProjectionView::of).toList();
        PublicPermitStatistics published = statistics.publicStatistics(year);
        QuotaDashboardView view = new QuotaDashboardView(year, clock.instant(), published.asOf(), summary.national(),
                summary.byCategory(), summary.byRegion(), balances, monthlyUse(year), history(year),
                projected.asOf(),
                views.stream().map(p -> new QuotaDashboardView.Forecast(p.region(), p.regionName(), p.category(),
                        p.outcome(), p.exhaustionDate())).toList(),
                rowTotals(published.tables().get(1)), columnTotals(published.tables().get(2)));
        return new Dashboard(view, views);
    }

    private List<QuotaDashboardView.MonthlyUse> monthlyUse(int year) {
        LocalDate today = LocalDate.now(clock);
        Map<Integer, long[]> used = series.usedByMonth(year - PREVIOUS_YEARS, year, clock.getZone());
        List<QuotaDashboardView.MonthlyUse> months = new ArrayList<>();
        for (Map.Entry<Integer, long[]> entry : used.entrySet()) {
            long total = Arrays.stream(entry.getValue()).sum();
            if (entry.getKey() != year && total == 0) {
                continue;
            }
            List<Long> values = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                boolean ahead = LocalDate.of(entry.getKey(), m + 1, 1).isAfter(today);
                values.add(ahead ? null : entry.getValue()[m]);
            }
            months.add(new QuotaDashboardView.MonthlyUse(entry.getKey(), values, total));
        }
        return months;
    }

    /** Each year's national quota as first set, from reference/quota-history.csv, with the registry's own use. */
    private List<QuotaDashboardView.HistoryYear> history(int year) {
        Map<Integer, Long> national = new TreeMap<>();
        for (List<String> row : ReferenceFiles.rows("quota-history.csv")) {
            if (row.size() >= 3 && row.get(1).equals("total")) {
                national.put(Integer.parseInt(row.get(0)), Long.parseLong(row.get(2)));
            }
        }
        int first = national.isEmpty() ? year : Math.min(national.keySet().iterator().next(), year);
        Map<Integer, long[]> used = series.usedByMonth(first, year, clock.getZone());
        List<QuotaDashboardView.HistoryYear> years = new ArrayList<>();
        for (int y = first; y <= year; y++) {
            long inRegistry = Arrays.stream(used.get(y)).sum();
            if (national.containsKey(y) || inRegistry > 0) {
                years.add(new QuotaDashboardView.HistoryYear(y, national.get(y), inRegistry > 0 ? inRegistry : null));
            }
        }
        return years;
    }

    private static List<QuotaDashboardView.Figure> rowTotals(PublishedTable table) {
        return table.rows().stream().map(r -> new QuotaDashboardView.Figure(r.label(), r.total())).toList();
    }

    private static List<QuotaDashboardView.Figure> columnTotals(PublishedTable table) {
        List<QuotaDashboardView.Figure> figures = new ArrayList<>();
        for (int j = 0; j < table.columns().size(); j++) {
            figures.add(new QuotaDashboardView.Figure(table.columns().get(j), table.columnTotals().get(j)));
        }
        return figures;
    }

    private static QuotaDashboardView.BalanceRow row(Balance balance) {
        return new QuotaDashboardView.BalanceRow(balance.key().region(), KatoRegions.all().get(balance.key().region()),
                balance.key().category(), balance.allocated(), balance.reserved(), balance.used(), balance.free());
    }
}
