package kz.migration.common.domain;

/**
 * Categories of foreign-labour permits (DESIGN.md §3). Events and APIs carry the constant's name. Terms and renewal
 * rules are permit-service configuration; whether a category draws on the annual quota is fixed by law here.
 */
public enum PermitCategory {

    /** Heads and deputy heads. */
    CATEGORY_1,
    /** Heads of structural divisions. */
    CATEGORY_2,
    /** Specialists. */
    CATEGORY_3,
    /** Skilled workers. */
    CATEGORY_4, SEASONAL,
    /** Intra-corporate transfer: no fee and outside the quota. */
    INTRA_CORPORATE_TRANSFER,
    /** Permits issued to labour immigrants themselves, for household work with individuals. */
    LABOUR_IMMIGRANT;

    public boolean countsAgainstQuota() {
        return this != INTRA_CORPORATE_TRANSFER;
    }
}
