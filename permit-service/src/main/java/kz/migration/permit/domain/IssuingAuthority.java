package kz.migration.permit.domain;

/** The body that decides labour-immigrant permits; which one does on a date is {@link IssuingAuthorities}. */
public enum IssuingAuthority {

    /** The internal affairs bodies took the request and issued the permit themselves (until 12 April 2026). */
    MIGRATION_POLICE,

    /**
     * The local executive body of the region, on an application made online through eGov, decides after the
     * internal affairs bodies agree (from 13 April 2026).
     */
    LOCAL_EXECUTIVE_BODY;

    /** Where a request filed with this body starts. */
    LabourImmigrantPermitStatus firstStatus() {
        return this == MIGRATION_POLICE
                ? LabourImmigrantPermitStatus.AWAITING_TAX
                : LabourImmigrantPermitStatus.AWAITING_AGREEMENT;
    }
}
