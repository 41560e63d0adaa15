package kz.migration.permit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.reference.ReferenceDataMissing;
import kz.migration.common.rules.Rule;

/**
 * The individual income tax a labour immigrant prepays for each permit month, by the year of the request (or of the
 * extension) and the worker's tax residency, from the reference data: in 2025 2 MCI a month for a resident (Tax Code
 * 2017, art. 360); from 2026 4 MCI a month on a minimum taxable income of 40 MCI for a non-resident. A year or
 * residency the data lacks is refused (503), never taken from another.
 */
@Rule("permit.labour-immigrant.prepaid-income-tax")
public final class LabourImmigrantTax {

    private final EconomicIndicators indicators;

    public LabourImmigrantTax(EconomicIndicators indicators) {
        this.indicators = indicators;
    }

    /** The tax of one permit month. */
    public BigDecimal perMonth(int year, TaxResidency residency) {
        return indicators.find(residency.indicator(), year).orElseThrow(() -> {
            ReferenceDataMissing missing = new ReferenceDataMissing(EconomicIndicators.FILE,
                    "labour-immigrant income tax for a " + residency.name().toLowerCase().replace('_', '-')
                            + " in " + year + " (" + residency.indicator() + ")");
            missing.with("taxYear", year).with("taxResidency", residency.name());
            return missing;
        });
    }

    /** The tax of {@code months} permit months, in tenge. */
    public BigDecimal due(int year, TaxResidency residency, int months) {
        return perMonth(year, residency).multiply(BigDecimal.valueOf(months)).setScale(2, RoundingMode.HALF_UP);
    }
}
