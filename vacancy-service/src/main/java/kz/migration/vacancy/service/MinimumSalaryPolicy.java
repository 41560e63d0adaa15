package kz.migration.vacancy.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.problem.ProblemException;
import kz.migration.vacancy.config.VacancyConfig;
import kz.migration.vacancy.domain.VacancyProblems;

/**
 * The lowest salary a vacancy may offer in a region: the region's configured minimum, else the configured national
 * one, else the minimum monthly wage of the reference data for the current year.
 */
@ApplicationScoped
public class MinimumSalaryPolicy {

    private static final String REFERENCE = "/reference/economic-indicators.csv";
    private static final String MINIMUM_WAGE = "minimum_monthly_wage";

    @Inject
    VacancyConfig config;

    @Inject
    Clock clock;

    private final NavigableMap<Integer, BigDecimal> minimumWageByYear = load();

    public BigDecimal minimumFor(String region) {
        BigDecimal regional = config.salary().regionalMinimum().get(region);
        if (regional != null) {
            return regional;
        }
        return config.salary().nationalMinimum().orElseGet(this::referenceMinimumWage);
    }

    public void require(String region, BigDecimal salary) {
        BigDecimal minimum = minimumFor(region);
        if (salary.compareTo(minimum) < 0) {
            throw new ProblemException(VacancyProblems.SALARY_BELOW_MINIMUM,
                    "A salary of " + salary.toPlainString() + " KZT is below the minimum of " + minimum.toPlainString()
                            + " KZT for region " + region)
                    .with("minimumSalary", minimum.toPlainString()).with("currency", "KZT");
        }
    }

    private BigDecimal referenceMinimumWage() {
        int year = LocalDate.now(clock).getYear();
        Map.Entry<Integer, BigDecimal> entry = minimumWageByYear.floorEntry(year);
        return entry != null ? entry.getValue() : minimumWageByYear.firstEntry().getValue();
    }

    private static NavigableMap<Integer, BigDecimal> load() {
        NavigableMap<Integer, BigDecimal> wages = new TreeMap<>();
        try (var in = MinimumSalaryPolicy.class.getResourceAsStream(REFERENCE);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", 4);
                if (cells.length >= 3 && MINIMUM_WAGE.equals(cells[1].trim())) {
                    wages.put(Integer.parseInt(cells[0].trim()), new BigDecimal(cells[2].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (wages.isEmpty()) {
            throw new IllegalStateException(REFERENCE + " has no " + MINIMUM_WAGE);
        }
        return wages;
    }
}
