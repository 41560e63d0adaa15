package kz.migration.permit.domain;

/** The fixed list of grounds on which an application is refused (DESIGN.md §3 "Refusal grounds"). */
public enum PermitRefusalGround {
    /** No passed domestic labour-market test for the vacancy, or it was restarted or closed. */
    NO_LABOUR_MARKET_TEST,
    /** quota-service had no free unit for the year, region and category. */
    QUOTA_EXHAUSTED,
    /** Local-content share of citizens (or the ICT foreigner cap) would be breached by adding the worker. */
    LOCAL_CONTENT_BREACH,
    /** The MFA did not confirm the apostille or legalisation of the education document. */
    MFA_DOCUMENT_REJECTED,
    /** The worker's occupation or qualification does not match the vacancy. */
    QUALIFICATION_MISMATCH,
    /** A permit of this employer was revoked within the ban period (12 months). */
    EMPLOYER_BANNED
}
