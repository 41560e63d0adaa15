package kz.migration.common.reference;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Amounts the budget law sets each year ({@code reference/economic-indicators.csv}): the monthly calculation index
 * (MCI), the minimum monthly wage, the labour-immigrant income-tax amounts. A year the file does not hold is refused
 * ({@link ReferenceDataMissing}), never filled in from another year.
 */
public final class EconomicIndicators {

    public static final String FILE = "economic-indicators.csv";
    public static final String MCI = "MCI";
    public static final String MINIMUM_MONTHLY_WAGE = "minimum_monthly_wage";

    /** indicator → year → amount in tenge. */
    private final Map<String, Map<Integer, BigDecimal>> values;

    private EconomicIndicators(Map<String, Map<Integer, BigDecimal>> values) {
        this.values = values;
    }

    /** The built-in file plus the rows of the configured reference directory. */
    public static EconomicIndicators load() {
        return of(ReferenceFiles.rows(FILE));
    }

    /** The file in the build alone, without an operator's rows: what plain tests of the rules read. */
    public static EconomicIndicators builtIn() {
        return parse(EconomicIndicators.class.getResourceAsStream("/reference/" + FILE));
    }

    public static EconomicIndicators parse(InputStream csv) {
        return of(ReferenceFiles.parse(csv));
    }

    private static EconomicIndicators of(List<List<String>> rows) {
        Map<String, Map<Integer, BigDecimal>> values = new HashMap<>();
        for (List<String> row : rows) {
            int year = Integer.parseInt(row.get(0));
            values.computeIfAbsent(row.get(1), k -> new HashMap<>()).put(year, new BigDecimal(row.get(2)));
        }
        return new EconomicIndicators(values);
    }

    /** The amount of {@code indicator} in {@code year}; refused when the reference data lacks it. */
    public BigDecimal value(String indicator, int year) {
        return find(indicator, year).orElseThrow(() -> new ReferenceDataMissing(FILE, indicator + " for " + year));
    }

    public Optional<BigDecimal> find(String indicator, int year) {
        return Optional.ofNullable(values.getOrDefault(indicator, Map.of()).get(year));
    }

    public BigDecimal mci(int year) {
        return value(MCI, year);
    }

    public BigDecimal minimumMonthlyWage(int year) {
        return value(MINIMUM_MONTHLY_WAGE, year);
    }

    /** The last year for which {@code indicator} is known. */
    public OptionalInt lastYear(String indicator) {
        return values.getOrDefault(indicator, Map.of()).keySet().stream().mapToInt(Integer::intValue).max();
    }
}
