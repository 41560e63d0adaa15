package kz.migration.vacancy.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.rules.Rule;

/**
 * The lowest monthly salary a vacancy may offer: the minimum monthly wage of the year (reference data), raised where
 * the configuration sets a higher minimum for the region or the whole country. Configuration never lowers it below
 * the minimum wage. A year the reference data does not hold is refused ({@code 503 reference-data-missing}), never
 * filled in with another year's wage.
 */
@Rule("vacancy.salary.minimum")
public final class MinimumSalary {

    private final EconomicIndicators indicators;
    private final Optional<BigDecimal> nationalMinimum;
    private final Map<String, BigDecimal> regionalMinimum;

    public MinimumSalary(EconomicIndicators indicators, Optional<BigDecimal> nationalMinimum,
            Map<String, BigDecimal> regionalMinimum) {
        this.indicators = Objects.requireNonNull(indicators);
        this.nationalMinimum = Objects.requireNonNull(nationalMinimum);
        this.regionalMinimum = Map.copyOf(regionalMinimum);
    }

    /** The minimum for {@code region} on {@code date}: the year's minimum wage or the configured one, the higher. */
    public BigDecimal minimumFor(String region, LocalDate date) {
        BigDecimal minimumWage = indicators.minimumMonthlyWage(date.getYear());
        BigDecimal configured = Optional.ofNullable(regionalMinimum.get(region)).or(() -> nationalMinimum)
                .orElse(minimumWage);
        return configured.max(minimumWage);
    }

    /** Refuses (422) a salary below the minimum for the region on {@code date}. */
    public void require(String region, BigDecimal salary, LocalDate date) {
        BigDecimal minimum = minimumFor(region, date);
        if (salary.compareTo(minimum) < 0) {
            throw new ProblemException(VacancyProblems.SALARY_BELOW_MINIMUM,
                    "A salary of " + salary.toPlainString() + " KZT is below the minimum of " + minimum.toPlainString()
                            + " KZT for region " + region + " in " + date.getYear())
                    .with("minimumSalary", minimum.toPlainString()).with("currency", Vacancy.CURRENCY);
        }
    }
}
