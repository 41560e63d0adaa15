package kz.migration.common.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The day up to which public statistics of a year count: the end of the last full month before today, or the year's
 * last day once it is over; none while the year has no full month behind it. Figures that move once a month, not
 * with each record, cannot tell one person's record by comparing two visits a day apart.
 */
public final class MonthEndPublication {

    private MonthEndPublication() {
    }

    public static Optional<LocalDate> lastDayCounted(int year, LocalDate today) {
        LocalDate lastMonthEnd = YearMonth.from(today).minusMonths(1).atEndOfMonth();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate asOf = lastMonthEnd.isBefore(yearEnd) ? lastMonthEnd : yearEnd;
        return asOf.getYear() < year ? Optional.empty() : Optional.of(asOf);
    }
}
