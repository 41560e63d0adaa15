package kz.migration.quota.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

import kz.migration.common.domain.PermitCategory;
import kz.migration.quota.api.PublicQuotaSummary;
import kz.migration.quota.api.QuotaDashboardView;
import kz.migration.quota.api.QuotaProjectionView;
import kz.migration.quota.domain.QuotaPlan;
import kz.migration.quota.domain.QuotaProjection;
import kz.migration.quota.service.QuotaDashboardService;

/** The dashboard's figures laid out for the template in one language: tables, charts and links, all as text. */
public final class DashboardPage {

    /** A link of the page (the language switch). */
    @TemplateData
    public record Link(String href, String text, String lang, boolean current) {
    }

    /** A table row: its header cell and its cells. */
    @TemplateData
    public record Row(String label, List<String> cells) {
    }

    /** A table with a caption, column headers, rows and an optional total row. */
    @TemplateData
    public record Table(String id, String caption, List<String> headers, List<Row> rows, Row footer) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Almaty"));

    private DashboardPage() {
    }

    /** The template's data: {@code t} labels, {@code tables}, {@code charts}, {@code languages} and the texts. */
    public static Map<String, Object> model(QuotaDashboardService.Dashboard dashboard, String lang, String path,
            boolean ministry) {
        QuotaDashboardView v = dashboard.view();
        Map<String, String> t = DashboardLabels.of(lang);
        String year = Integer.toString(v.year());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", t);
        model.put("lang", lang);
        model.put("title", t.get("title").replace("{year}", year));
        model.put("figuresAt", t.get("figures_at").replace("{time}", TIME.format(v.figuresAt())));
        model.put("statisticsAsOf", v.statisticsAsOf() == null
                ? t.get("no_statistics")
                : t.get("statistics_as_of").replace("{date}", v.statisticsAsOf().toString()));
        model.put("ministry", ministry);
        model.put("dataHref", "/api/v1/public/quota-dashboard/data?year=" + year);
        model.put("statisticsHref", "/api/v1/public/permit-statistics?year=" + year);
        List<Link> languages = new ArrayList<>();
        for (String code : DashboardLabels.LANGUAGES) {
            languages.add(new Link(path + "?year=" + year + "&lang=" + code, DashboardLabels.of(code).get(
                    "language_name"), code, code.equals(lang)));
        }
        model.put("languages", languages);

        Map<String, Table> tables = new LinkedHashMap<>();
        List<String> quotaHeaders = List.of(t.get("allocated"), t.get("reserved"), t.get("used"), t.get("free"));
        tables.put("categories", new Table("table-categories", t.get("quota_by_category_caption").replace("{year}",
                year), header(t.get("category"), quotaHeaders),
                v.byCategory().stream().map(c -> new Row(category(t, c.category()), totals(c.totals()))).toList(),
                new Row(t.get("total"), totals(v.national()))));
        tables.put("regions", new Table("table-regions", t.get("quota_by_region_caption").replace("{year}", year),
                header(t.get("region"), quotaHeaders), v.byRegion().stream().map(r -> new Row(DashboardLabels
                        .region(lang, r.region()), totals(r.totals()))).toList(),
                new Row(t.get("total"), totals(v.national()))));
        tables.put("balances", new Table("table-balances", t.get("all_balances_caption").replace("{year}", year),
                header(t.get("region"), List.of(t.get("category"), t.get("allocated"), t.get("reserved"), t.get("used"),
                        t.get("free"))),
                v.balances().stream().map(b -> new Row(DashboardLabels.region(lang, b.region()), List.of(
                        category(t, b.category()), Long.toString(b.allocated()), Long.toString(b.reserved()),
                        Long.toString(b.used()), Long.toString(b.free())))).toList(),
                null));
        tables.put("months", monthsTable(v, t, year));
        tables.put("history", new Table("table-history", t.get("quota_history_caption"), List.of(t.get("year"),
                t.get("national_quota"), t.get("used_in_registry")),
                v.quotaHistory().stream().map(h -> new Row(Integer.toString(h.year()), List.of(text(h.nationalQuota()),
                        text(h.used())))).toList(),
                null));
        tables.put("forecast", forecastTable(v, t, lang));
        tables.put("citizenships", new Table("table-citizenships", t.get("top_citizenships_caption").replace("{year}",
                year), List.of(t.get("citizenship"), t.get("permits")),
                v.topCitizenships().stream().map(f -> new Row(citizenship(t, f.label()), List.of(f.permits())))
                        .toList(),
                null));
        tables.put("occupations", new Table("table-occupations", t.get("occupation_groups_caption").replace("{year}",
                year), List.of(t.get("occupation_group"), t.get("permits")),
                v.occupationGroups().stream().map(f -> new Row(t.get("isco_" + f.label()), List.of(f.permits())))
                        .toList(),
                null));
        if (ministry) {
            tables.put("projection", projectionTable(dashboard.projections(), t, lang));
        }
        model.put("tables", tables);
        model.put("charts", charts(v, t, lang, year));
        model.put("method", QuotaProjection.method());
        return model;
    }

    private static Map<String, DashboardCharts.Chart> charts(QuotaDashboardView v, Map<String, String> t,
            String lang, String year) {
        Map<String, DashboardCharts.Chart> charts = new LinkedHashMap<>();
        charts.put("regions", DashboardCharts.stacked("chart-regions", t.get("chart_regions"),
                t.get("chart_regions_desc").replace("{count}", Integer.toString(v.byRegion().size())),
                v.byRegion().stream().map(r -> DashboardLabels.region(lang, r.region())).toList(),
                v.byRegion().stream().map(r -> new long[]{r.totals().used(), r.totals().reserved(), r.totals().free()})
                        .toList(),
                v.byRegion().stream().map(r -> r.totals().used() + " / " + r.totals().allocated()).toList()));
        List<String> monthLabels = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            monthLabels.add(t.get("month_" + m).substring(0, 3));
        }
        List<Long> thisYear = v.monthlyUse().stream().filter(m -> m.year() == v.year()).findFirst()
                .map(QuotaDashboardView.MonthlyUse::months).orElse(java.util.Collections.nCopies(12, null));
        List<QuotaDashboardView.MonthlyUse> previous = v.monthlyUse().stream().filter(m -> m.year() != v.year())
                .toList();
        charts.put("months", DashboardCharts.months("chart-months", t.get("chart_months"),
                t.get("chart_months_desc").replace("{year}", year), monthLabels, thisYear, year,
                previous.stream().map(QuotaDashboardView.MonthlyUse::months).toList(),
                previous.stream().map(m -> Integer.toString(m.year())).toList()));
        charts.put("citizenships", DashboardCharts.horizontal("chart-citizenships", t.get("chart_citizenships"),
                t.get("chart_citizenships_desc"), v.topCitizenships().stream().map(f -> new DashboardCharts.Value(
                        citizenship(t, f.label()), count(f.permits()), f.permits())).toList()));
        charts.put("occupations", DashboardCharts.horizontal("chart-occupations", t.get("chart_occupations"),
                t.get("chart_occupations_desc"), v.occupationGroups().stream().map(f -> new DashboardCharts.Value(
                        t.get("isco_" + f.label()), count(f.permits()), f.permits())).toList()));
        return charts;
    }

    private static Table monthsTable(QuotaDashboardView v, Map<String, String> t, String year) {
        List<String> headers = new ArrayList<>();
        headers.add(t.get("month"));
        v.monthlyUse().forEach(m -> headers.add(Integer.toString(m.year())));
        List<Row> rows = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            List<String> cells = new ArrayList<>();
            for (QuotaDashboardView.MonthlyUse use : v.monthlyUse()) {
                cells.add(text(use.months().get(m)));
            }
            rows.add(new Row(t.get("month_" + (m + 1)), cells));
        }
        return new Table("table-months", t.get("used_by_month_caption").replace("{year}", year), headers, rows,
                new Row(t.get("total"), v.monthlyUse().stream().map(m -> Long.toString(m.total())).toList()));
    }

    private static Table forecastTable(QuotaDashboardView v, Map<String, String> t, String lang) {
        List<PermitCategory> categories = QuotaPlan.QUOTA_CATEGORIES.stream().sorted().toList();
        List<String> headers = new ArrayList<>();
        headers.add(t.get("region"));
        categories.forEach(c -> headers.add(category(t, c)));
        Map<String, Map<PermitCategory, String>> byRegion = new LinkedHashMap<>();
        for (QuotaDashboardView.Forecast f : v.forecast()) {
            byRegion.computeIfAbsent(f.region(), r -> new LinkedHashMap<>()).put(f.category(),
                    outcome(t, f.outcome(), f.exhaustionDate()));
        }
        List<Row> rows = new ArrayList<>();
        byRegion.forEach((region, cells) -> rows.add(new Row(DashboardLabels.region(lang, region),
                categories.stream().map(c -> cells.getOrDefault(c, "")).toList())));
        return new Table("table-forecast", t.get("forecast_caption"), headers, rows, null);
    }

    private static Table projectionTable(List<QuotaProjectionView> projections, Map<String, String> t, String lang) {
        return new Table("table-projection", t.get("ministry_note"), List.of(t.get("region"), t.get("category"),
                t.get("allocated"), t.get("reserved"), t.get("used"), t.get("pace"), t.get("projected_year_end"),
                t.get("surplus"), t.get("forecast")),
                projections.stream().map(p -> new Row(DashboardLabels.region(lang, p.region()), List.of(
                        category(t, p.category()), Integer.toString(p.allocated()), Integer.toString(p.reserved()),
                        Integer.toString(p.used()), Double.toString(p.unitsPerYear()),
                        Long.toString(p.projectedYearEnd()), (p.surplus() > 0 ? "+" : "") + p.surplus(),
                        outcome(t, p.outcome(), p.exhaustionDate())))).toList(),
                null);
    }

    private static String outcome(Map<String, String> t, QuotaProjection.Outcome outcome,
            java.time.LocalDate date) {
        return t.get("outcome_" + outcome).replace("{date}", date == null ? "" : date.toString());
    }

    private static List<String> header(String first, List<String> rest) {
        List<String> headers = new ArrayList<>();
        headers.add(first);
        headers.addAll(rest);
        return headers;
    }

    private static List<String> totals(PublicQuotaSummary.Totals totals) {
        return List.of(Long.toString(totals.allocated()), Long.toString(totals.reserved()),
                Long.toString(totals.used()), Long.toString(totals.free()));
    }

    private static String category(Map<String, String> t, PermitCategory category) {
        return t.get("cat_" + category.name());
    }

    private static String citizenship(Map<String, String> t, String code) {
        String name = t.get("cit_" + code);
        return name != null ? name : code;
    }

    private static Long count(String figure) {
        return figure.chars().allMatch(Character::isDigit) && !figure.isEmpty() ? Long.valueOf(figure) : null;
    }

    private static String text(Long value) {
        return value == null ? "" : Long.toString(value);
    }
}
