package kz.migration.inspection.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kz.migration.common.rules.Rule;

/**
 * Wage protection: which months of a contract are judged, what each month's registered salary calls for, and whether
 * what was paid is enough. A month is judged once its grace period after the month's end is over; a payment missing
 * then, or short by more than the configured share, is evidence for a wages case. Months before {@code monitoredFrom}
 * (when the payment gateway began reporting) are never judged.
 */
public record WagePolicy(BigDecimal shortShare, int graceDays, YearMonth monitoredFrom) {

    public static final String TENGE = "KZT";

    public WagePolicy {
        Objects.requireNonNull(monitoredFrom);
        if (shortShare.signum() < 0 || shortShare.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("shortShare must be at least 0 and below 1");
        }
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays must not be negative");
        }
    }

    /** The last month whose grace period was over by {@code today}: its end plus the grace days lie before today. */
    @Rule("inspection.wages.missing-after-grace")
    public YearMonth lastJudgedMonth(LocalDate today) {
        LocalDate latest = today.minusDays(graceDays + 1L);
        YearMonth month = YearMonth.from(latest);
        return latest.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }

    /**
     * The months of a contract running from {@code start} to {@code end} (null: open-ended) to judge now, after
     * {@code judgedThrough} (null: none yet), from {@code monitoredFrom} on.
     */
    @Rule("inspection.wages.missing-after-grace")
    public List<YearMonth> monthsToJudge(LocalDate start, LocalDate end, YearMonth judgedThrough, LocalDate today) {
        YearMonth first = YearMonth.from(start);
        if (first.isBefore(monitoredFrom)) {
            first = monitoredFrom;
        }
        if (judgedThrough != null && !first.isAfter(judgedThrough)) {
            first = judgedThrough.plusMonths(1);
        }
        YearMonth last = lastJudgedMonth(today);
        if (end != null && YearMonth.from(end).isBefore(last)) {
            last = YearMonth.from(end);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /**
     * The monthly salary wages are judged against: the contract's as registered (or amended), else the salary declared
     * in the permit application, which a contract on the permit may not undercut; null when neither is known.
     */
    @Rule("inspection.wages.expected-salary")
    public BigDecimal monthlySalary(BigDecimal contractSalary, BigDecimal permitSalary) {
        return contractSalary != null ? contractSalary : permitSalary;
    }

    /**
     * What the monthly salary calls for in {@code month}: all of it for a month the contract covers, a share by
     * calendar days for the month it starts or ends in; null when the salary is not known.
     */
    @Rule("inspection.wages.expected-salary")
    public BigDecimal expected(BigDecimal monthlySalary, LocalDate start, LocalDate end, YearMonth month) {
        if (monthlySalary == null) {
            return null;
        }
        LocalDate from = start.isAfter(month.atDay(1)) ? start : month.atDay(1);
        LocalDate to = end != null && end.isBefore(month.atEndOfMonth()) ? end : month.atEndOfMonth();
        if (to.isBefore(from)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        if (days == month.lengthOfMonth()) {
            return monthlySalary.setScale(2, RoundingMode.HALF_UP);
        }
        return monthlySalary.multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP);
    }

    /**
     * Nothing paid is missing; less than the expected amount minus the short share is short (the share leaves room
     * for the income tax the employer withholds); otherwise paid. Without an expected amount only missing is told.
     */
    @Rule("inspection.wages.short-share")
    public WageVerdict verdict(BigDecimal expected, BigDecimal paid) {
        if (paid == null || paid.signum() <= 0) {
            return expected != null && expected.signum() == 0 ? WageVerdict.PAID : WageVerdict.MISSING;
        }
        if (expected != null && paid.compareTo(expected.multiply(BigDecimal.ONE.subtract(shortShare))) < 0) {
            return WageVerdict.SHORT;
        }
        return WageVerdict.PAID;
    }

    /** Wages are paid in tenge (Labour Code art. 113(1)). */
    @Rule("inspection.wages.tenge")
    public boolean payable(String currency) {
        return TENGE.equals(currency);
    }
}
