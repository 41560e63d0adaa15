package kz.migration.permit.config;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Labour-immigrant permits (DESIGN.md §3): who may get one, for how long, and the income tax prepaid per month.
 * Defaults from reference/visa-free-countries.csv and economic-indicators.csv.
 */
@ConfigMapping(prefix = "permit.labour-immigrant")
public interface LabourImmigrantRules {

    /**
     * Citizenships eligible (visa-free regime). China is left out: its visa-free agreement gives no right to work
     * (visa-free-countries.csv).
     */
    @WithDefault("AM,AZ,BY,GE,KG,MD,MN,RU,TJ,TR,UA,UZ")
    Set<String> visaFreeCountries();

    @WithDefault("12")
    int maxMonths();

    /** Prepaid individual income tax per permit month, in monthly calculation indices. */
    @WithDefault("4")
    int taxMciPerMonth();

    /** The monthly calculation index (MCI) in tenge by year. */
    Map<String, BigDecimal> mci();

    /** The tax per month in {@code year}: the MCI of that year, or of the latest configured year before it. */
    default BigDecimal monthlyTax(int year) {
        return mci().entrySet().stream().filter(e -> Integer.parseInt(e.getKey()) <= year)
                .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                .orElseThrow(() -> new IllegalStateException("No permit.labour-immigrant.mci for " + year))
                .multiply(BigDecimal.valueOf(taxMciPerMonth()));
    }
}
