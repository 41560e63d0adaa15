package kz.migration.inspection.domain;

import kz.migration.common.rules.Rule;

/**
 * What a grievance is about: the violations seeds 001 and 003 describe ("not receiving salaries, collection of
 * passports", "long working hours, lack of rest days, confiscation of passports, non-payment of salaries"), plus the
 * recruitment fee of the ILO's employer-pays principle. The codes are what clients translate.
 */
@Rule("inspection.grievance.kinds")
public enum GrievanceKind {

    PASSPORT_WITHHELD, WAGES_UNPAID_OR_LATE, TERMS_DIFFER_FROM_CONTRACT, NO_CONTRACT_GIVEN, EXCESSIVE_HOURS, THREAT_OR_FORCED_LABOUR, RECRUITMENT_FEE_CHARGED, OTHER;

    /** A threat or forced labour cannot wait: the inspectorate acts within a working day. */
    @Rule("inspection.case.urgent-kinds")
    public boolean urgent() {
        return this == THREAT_OR_FORCED_LABOUR;
    }

    /**
     * While a case of these kinds is open the worker's permit cannot be terminated "on return" at the employer's
     * request: a worker sent home loses the wages owed or the passport, and the case its witness.
     */
    @Rule("inspection.hold.wages-or-passport")
    public boolean holdsTermination() {
        return this == WAGES_UNPAID_OR_LATE || this == PASSPORT_WITHHELD;
    }

    /** A recruitment fee charged to the worker is the agency's violation as well as the employer's. */
    @Rule("inspection.register.agency-counts-recruitment-fee")
    public boolean countsAgainstAgency() {
        return this == RECRUITMENT_FEE_CHARGED;
    }
}
