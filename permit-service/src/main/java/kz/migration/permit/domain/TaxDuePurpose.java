package kz.migration.permit.domain;

/** Whether a labour immigrant's prepaid tax pays for the permit's first months or for an extension. */
public enum TaxDuePurpose {
    ISSUE, EXTENSION
}
