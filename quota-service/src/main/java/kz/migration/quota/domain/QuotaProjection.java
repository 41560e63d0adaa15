package kz.migration.quota.domain;

import java.time.LocalDate;
import java.util.Optional;

import kz.migration.common.rules.Rule;

/**
 * The one projection of a balance to the end of its year, used by the dashboard's forecast and by the what-if
 * simulator alike. Method: the units used in the last {@value #WINDOW_DAYS} days (any quota year of the same region
 * and category, i.e. the current pace of issue) are divided by the seasonal weight of those days, which gives the
 * pace for a whole year; each day still ahead in the balance's year adds that pace times its own seasonal weight.
 * What is reserved counts as used (an approval holds its unit until it is issued or released). The balance is
 * exhausted on the first day when used, reserved and projected reach what is allocated; at the year's end the
 * allocation less the projected demand is the surplus (negative: the shortfall, units that would be asked for and
 * refused).
 */
public final class QuotaProjection {

    /** The days of recent issue the pace is taken from. */
    public static final int WINDOW_DAYS = 90;

    /** How a balance fares by the end of its year. */
    public enum Outcome {
        /** Nothing left already: used and reserved are the whole allocation. */
        EXHAUSTED,
        /** Runs out on {@link Projection#exhaustionDate()} at the projected pace. */
        EXHAUSTS,
        /** Lasts to the end of the year at the projected pace. */
        LASTS
    }

    /** What a projection starts from: the balance, the recent units used and the seasonal profile. */
    public record Inputs(QuotaKey key, int allocated, int reserved, int used, long usedInWindow, LocalDate asOf,
            SeasonalProfile profile) {
    }

    /**
     * The projection: the pace in units per year (0 when nothing was used recently), demand at the year's end
     * (committed plus projected, rounded), surplus (negative for a shortfall), outcome and exhaustion date.
     */
    public record Projection(QuotaKey key, int allocated, int reserved, int used, double unitsPerYear,
            long projectedYearEnd, long surplus, Outcome outcome, Optional<LocalDate> exhaustionDate) {
    }

    private QuotaProjection() {
    }

    @Rule("quota.projection.issue-rate-and-seasonality")
    public static Projection project(Inputs in) {
        QuotaKey key = in.key();
        LocalDate windowStart = in.asOf().minusDays(WINDOW_DAYS - 1L);
        double windowWeight = in.profile().between(windowStart, in.asOf());
        double perYear = windowWeight <= 0 ? 0 : in.usedInWindow() / windowWeight;
        long committed = (long) in.reserved() + in.used();
        LocalDate yearStart = LocalDate.of(key.year(), 1, 1);
        LocalDate yearEnd = LocalDate.of(key.year(), 12, 31);
        LocalDate from = in.asOf().plusDays(1).isBefore(yearStart) ? yearStart : in.asOf().plusDays(1);
        if (committed >= in.allocated()) {
            return new Projection(key, in.allocated(), in.reserved(), in.used(), perYear,
                    committed + Math.round(perYear * in.profile().between(from, yearEnd)),
                    in.allocated() - committed - Math.round(perYear * in.profile().between(from, yearEnd)),
                    Outcome.EXHAUSTED, Optional.empty());
        }
        double demand = committed;
        LocalDate exhaustion = null;
        for (LocalDate day = from; !day.isAfter(yearEnd); day = day.plusDays(1)) {
            demand += perYear * in.profile().day(day);
            if (exhaustion == null && demand >= in.allocated() - 1e-9) {
                exhaustion = day;
            }
        }
        long yearEndDemand = Math.round(demand);
        return new Projection(key, in.allocated(), in.reserved(), in.used(), perYear, yearEndDemand,
                in.allocated() - yearEndDemand, exhaustion == null ? Outcome.LASTS : Outcome.EXHAUSTS,
                Optional.ofNullable(exhaustion));
    }

    /** The method, as stated with every projection. */
    public static String method() {
        return "Units used (permits issued or renewed) in the last " + WINDOW_DAYS + " days in the same region and"
                + " category, divided by the seasonal weight of those days, give the pace for a whole year. The seasonal"
                + " weight of a month is its average share of a year's units used in the registry's previous years"
                + " (each year weighing the same; every month alike when there is no previous year), spread evenly over"
                + " its days. Each day left in the year adds the pace times its weight; reserved units count as used."
                + " The balance is exhausted on the first day used, reserved and projected reach the allocation; the"
                + " allocation less the projected demand at 31 December is the surplus, or when negative the shortfall.";
    }
}
