package kz.migration.quota.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kz.migration.common.rules.Rule;

/**
 * How a year's permits spread over its months: each month's share of a year's units used, averaged over the previous
 * years the registry has (each year weighs the same, whatever its size), or flat when it has none. A day weighs its
 * month's share divided by the month's days.
 */
public final class SeasonalProfile {

    private final double[] monthShare;
    private final List<Integer> years;

    private SeasonalProfile(double[] monthShare, List<Integer> years) {
        this.monthShare = monthShare;
        this.years = List.copyOf(years);
    }

    /** Every month the same share. */
    public static SeasonalProfile flat() {
        double[] shares = new double[12];
        Arrays.fill(shares, 1.0 / 12);
        return new SeasonalProfile(shares, List.of());
    }

    /**
     * The profile of previous years' units used by month ({@code usedByMonth}: year to 12 monthly counts); years
     * with none used are left out, and without any year the profile is flat.
     */
    @Rule("quota.projection.issue-rate-and-seasonality")
    public static SeasonalProfile of(Map<Integer, long[]> usedByMonth) {
        double[] shares = new double[12];
        List<Integer> used = new ArrayList<>();
        for (Map.Entry<Integer, long[]> year : new TreeMap<>(usedByMonth).entrySet()) {
            long total = Arrays.stream(year.getValue()).sum();
            if (total <= 0) {
                continue;
            }
            used.add(year.getKey());
            for (int m = 0; m < 12; m++) {
                shares[m] += (double) year.getValue()[m] / total;
            }
        }
        if (used.isEmpty()) {
            return flat();
        }
        for (int m = 0; m < 12; m++) {
            shares[m] /= used.size();
        }
        return new SeasonalProfile(shares, used);
    }

    /** The share of a year's units used in {@code month}. */
    public double share(Month month) {
        return monthShare[month.ordinal()];
    }

    /** The twelve shares, January first. */
    public double[] shares() {
        return monthShare.clone();
    }

    /** The previous years the profile was taken from; empty when flat. */
    public List<Integer> years() {
        return years;
    }

    /** The weight of one day: its month's share spread evenly over the month's days. */
    public double day(LocalDate date) {
        return monthShare[date.getMonthValue() - 1] / YearMonth.from(date).lengthOfMonth();
    }

    /** The summed weight of the days from {@code from} to {@code to}, both included (0 when empty). */
    public double between(LocalDate from, LocalDate to) {
        double weight = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            weight += day(d);
        }
        return weight;
    }
}
