package kz.migration.permit.domain;

/**
 * The labour immigrant's tax residency, which sets the income tax prepaid per permit month. The request states it
 * (the worker's days in Kazakhstan decide it, which the registry does not hold); each names its row of
 * {@code reference/economic-indicators.csv}.
 */
public enum TaxResidency {

    RESIDENT("labour_immigrant_iit_prepayment_resident_per_month"), NON_RESIDENT(
            "labour_immigrant_iit_prepayment_nonresident_per_month");

    private final String indicator;

    TaxResidency(String indicator) {
        this.indicator = indicator;
    }

    /** The economic indicator holding the tax per permit month of this residency. */
    public String indicator() {
        return indicator;
    }
}
