package kz.migration.permit.domain;

import kz.migration.common.rules.Rule;

/**
 * The fixed list of grounds on which the registry refuses (DESIGN.md §3 "Refusal grounds": every refusal names its
 * ground(s)). A submission refused on a ground is not registered (422 listing each ground); an application refused
 * on decision is REFUSED with its grounds; a renewal likewise.
 */
@Rule("permit.refusal.grounds")
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
    /** The employer is banned after a permit was revoked for a violation (12 months). */
    EMPLOYER_BANNED,
    /** The worker is a citizen of an EAEU member state and works without a permit (EAEU Treaty art. 97). */
    EAEU_CITIZEN_NEEDS_NO_PERMIT,
    /** The term is not one the category allows. */
    TERM_NOT_ALLOWED,
    /** The requested start date lies before the submission or too far ahead. */
    START_DATE_NOT_ALLOWED,
    /** The worker's passport expires before the last day of the term. */
    PASSPORT_EXPIRES_DURING_TERM,
    /** The application's region or occupation differs from the vacancy whose labour-market test passed. */
    VACANCY_MISMATCH,
    /** The salary offered is below the vacancy's. */
    SALARY_BELOW_VACANCY,
    /** The worker already has a live application or permit on the vacancy. */
    WORKER_ALREADY_APPLIED,
    /** Every position the vacancy opened to foreign labour is taken. */
    VACANCY_POSITIONS_USED,
    /** The declared staff contradicts the permits the registry holds for the employer. */
    HEADCOUNT_INCONSISTENT,
    /** A renewal applied for outside the window before the permit's last day. */
    RENEWAL_OUTSIDE_WINDOW,
    /** The category allows no further renewal, or the renewed permit would run longer than the category allows. */
    RENEWAL_NOT_ALLOWED,
    /** The labour inspectorate confirmed a serious violation by the employer within the configured period. */
    EMPLOYER_SERIOUS_VIOLATION,
    /** The worker is under an entry ban or expulsion the migration police recorded. */
    WORKER_ENTRY_BANNED
}
