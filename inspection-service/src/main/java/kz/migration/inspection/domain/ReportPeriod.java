package kz.migration.inspection.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.migration.common.rules.Rule;

/**
 * A reporting period of the employer's report: a calendar quarter. The shortest permit (seasonal, 90 days) then
 * falls in at least one report, the figures line up with the quota year, and an employer reports four times a year
 * rather than twelve.
 */
@Rule("inspection.report.quarterly")
public record ReportPeriod(int year, int quarter) {

    public static final String PATTERN = "[0-9]{4}-Q[1-4]";
    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-Q([1-4])");

    public ReportPeriod {
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 9999) {
            throw new IllegalArgumentException("no quarter " + year + "-Q" + quarter);
        }
    }

    public static ReportPeriod parse(String text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a quarter like 2026-Q3: " + text);
        }
        return new ReportPeriod(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static ReportPeriod containing(LocalDate date) {
        return new ReportPeriod(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    /** The report is due this many calendar days after the quarter's last day. */
    @Rule("inspection.report.due-after-quarter")
    public LocalDate dueOn(int daysAfterQuarter) {
        return end().plusDays(daysAfterQuarter);
    }

    public boolean endedBy(LocalDate today) {
        return today.isAfter(end());
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
