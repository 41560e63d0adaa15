package kz.migration.permit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.reference.ReferenceDataMissing;
import kz.migration.common.rules.Dated;
import kz.migration.common.rules.Rule;

/**
 * The state levy on a permit (DESIGN.md §3 sources: Government Resolution No. 819 of 03.10.2025, from 01.01.2026):
 * a number of monthly calculation indices (MCI) by category, seasonal permits by their term, so the amount follows the
 * year's MCI from the reference data. Intra-corporate transfers pay nothing.
 */
public final class StateFee {

    public static final String CURRENCY = "KZT";

    /** The rates in force from one date: MCI per category, per seasonal term in days, and regional overrides. */
    public record Schedule(Map<PermitCategory, Integer> categoryMci, Map<Integer, Integer> seasonalMciByTermDays,
            Map<String, Map<PermitCategory, Integer>> regionalMci) {

        public Schedule {
            categoryMci = Map.copyOf(categoryMci);
            seasonalMciByTermDays = Map.copyOf(seasonalMciByTermDays);
            regionalMci = Map.copyOf(regionalMci);
        }
    }

    private final Dated<Schedule> schedules;
    private final EconomicIndicators indicators;

    public StateFee(Dated<Schedule> schedules, EconomicIndicators indicators) {
        this.schedules = schedules;
        this.indicators = indicators;
    }

    /** Intra-corporate transfers carry no state fee. */
    @Rule("permit.ict.no-fee")
    public static boolean isDue(PermitCategory category) {
        return category != PermitCategory.INTRA_CORPORATE_TRANSFER;
    }

    /**
     * The fee in tenge for a permit assessed on {@code date} (its approval), or none for a transfer. A date without a
     * schedule or a year without an MCI is refused (503 reference-data-missing), never guessed.
     */
    @Rule("permit.fee.rates")
    public Optional<BigDecimal> amount(PermitCategory category, String region, int termDays, LocalDate date) {
        if (!isDue(category)) {
            return Optional.empty();
        }
        if (date.isBefore(schedules.firstInForce())) {
            throw new ProblemException(ReferenceDataMissing.TYPE, "No permit fee schedule (permit.fees.schedules) is "
                    + "in force on " + date + "; the first applies from " + schedules.firstInForce()
                    + ". The registry does not guess a fee");
        }
        Integer mci = rate(schedules.at(date), category, region, termDays);
        if (mci == null) {
            throw new ProblemException(ReferenceDataMissing.TYPE, "The permit fee schedule in force on " + date
                    + " has no rate for " + category + (category == PermitCategory.SEASONAL
                            ? " of " + termDays
                                    + " days"
                            : "")
                    + "; the registry does not guess a fee");
        }
        return Optional.of(indicators.mci(date.getYear()).multiply(BigDecimal.valueOf(mci)).setScale(2,
                RoundingMode.HALF_UP));
    }

    private static Integer rate(Schedule schedule, PermitCategory category, String region, int termDays) {
        if (category == PermitCategory.SEASONAL) {
            return schedule.seasonalMciByTermDays().get(termDays);
        }
        Map<PermitCategory, Integer> regional = schedule.regionalMci().get(region);
        if (regional != null && regional.containsKey(category)) {
            return regional.get(category);
        }
        return schedule.categoryMci().get(category);
    }
}
