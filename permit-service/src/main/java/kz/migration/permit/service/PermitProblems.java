package kz.migration.permit.service;

import kz.migration.common.problem.ProblemType;
import kz.migration.permit.domain.PermitRefusalGround;

/** The rule refusals of the permit service, each with a stable problem type. */
public final class PermitProblems {

    public static final ProblemType NO_LABOUR_MARKET_TEST = new ProblemType("no-labour-market-test",
            "No passed labour-market test for this vacancy", 422);
    public static final ProblemType VACANCY_MISMATCH = new ProblemType("vacancy-mismatch",
            "The application does not match its vacancy", 422);
    public static final ProblemType VACANCY_POSITIONS_USED = new ProblemType("vacancy-positions-used",
            "Every position of the vacancy is already taken by another application", 422);
    public static final ProblemType SALARY_BELOW_VACANCY = new ProblemType("salary-below-vacancy",
            "Salary is below the salary of the vacancy", 422);
    public static final ProblemType TERM_NOT_ALLOWED = new ProblemType("term-not-allowed",
            "Term not allowed for this category", 422);
    public static final ProblemType PASSPORT_EXPIRES_DURING_TERM = new ProblemType("passport-expires-during-term",
            "The worker's passport expires before the end of the requested term", 422);
    public static final ProblemType EMPLOYER_BANNED = new ProblemType("employer-banned",
            "The employer is banned after a permit revocation", 422);
    public static final ProblemType DOCUMENT_CHECK_PENDING = new ProblemType("document-check-pending",
            "The MFA has not yet confirmed the education document", 422);
    public static final ProblemType FEE_AMOUNT_MISMATCH = new ProblemType("fee-amount-mismatch",
            "The paid amount differs from the fee due", 422);
    public static final ProblemType PAYMENT_REFERENCE_REUSED = new ProblemType("payment-reference-reused",
            "The payment reference was already used for another application", 409);
    public static final ProblemType RENEWAL_OUTSIDE_WINDOW = new ProblemType("renewal-outside-window",
            "Renewal may be applied for only inside the renewal window", 422);
    public static final ProblemType RENEWAL_NOT_ALLOWED = new ProblemType("renewal-not-allowed",
            "This permit may not be renewed again", 422);
    public static final ProblemType NOT_VISA_FREE = new ProblemType("not-visa-free",
            "Only citizens of visa-free countries may get a labour-immigrant permit", 422);
    public static final ProblemType TAX_NOT_PREPAID = new ProblemType("tax-not-prepaid",
            "The income tax for the requested months is not prepaid", 422);
    public static final ProblemType LABOUR_IMMIGRANT_TERM_EXCEEDED = new ProblemType("labour-immigrant-term-exceeded",
            "A labour-immigrant permit runs at most 12 months in total", 422);
    public static final ProblemType FEE_OVERDUE = new ProblemType("fee-overdue",
            "The fee was paid after its due date; the approval lapses", 422);
    public static final ProblemType WORKER_ALREADY_APPLIED = new ProblemType("worker-already-applied",
            "The worker already has a live application or permit on this vacancy", 422);
    public static final ProblemType WORKER_HOLDS_PERMIT = new ProblemType("worker-holds-labour-immigrant-permit",
            "The worker already holds or awaits a labour-immigrant permit; extend it instead", 422);

    public static final ProblemType EAEU_CITIZEN_NEEDS_NO_PERMIT = new ProblemType("eaeu-citizen-needs-no-permit",
            "Citizens of EAEU member states work without a work permit and outside the quota", 422);
    public static final ProblemType OCCUPATION_NOT_HOUSEHOLD = new ProblemType("occupation-not-household",
            "A labour-immigrant permit is only for household work for private individuals", 422);

    public static final ProblemType NOT_ISSUING_AUTHORITY = new ProblemType("not-issuing-authority",
            "Another body decides labour-immigrant permits on this date or in this region", 403);
    public static final ProblemType INTERNAL_AFFAIRS_NOT_AGREED = new ProblemType("internal-affairs-not-agreed",
            "The local executive body approves a labour-immigrant permit only after the internal affairs bodies agree",
            422);
    public static final ProblemType TAX_AMOUNT_MISMATCH = new ProblemType("tax-amount-mismatch",
            "The paid amount differs from the labour immigrant's tax due", 422);
    public static final ProblemType TAX_OVERDUE = new ProblemType("tax-overdue",
            "The labour immigrant's tax was paid after its due date; the request or extension lapses", 422);

    public static final ProblemType HEADCOUNT_INCONSISTENT = new ProblemType("headcount-inconsistent",
            "The declared staff contradicts the permits the registry holds for the employer", 422);
    public static final ProblemType START_DATE_NOT_ALLOWED = new ProblemType("start-date-not-allowed",
            "The permit may not start on the requested date", 422);
    public static final ProblemType LOCAL_CONTENT_BREACH = new ProblemType("local-content-breach",
            "The employer's share of citizens would fall below the local-content minimum", 422);
    public static final ProblemType MFA_DOCUMENT_REJECTED = new ProblemType("mfa-document-rejected",
            "The MFA did not confirm the education document", 422);
    public static final ProblemType QUALIFICATION_MISMATCH = new ProblemType("qualification-mismatch",
            "The worker's occupation or qualification does not match the vacancy", 422);
    public static final ProblemType QUOTA_EXHAUSTED = new ProblemType("quota-exhausted",
            "No quota unit is left for the year, region and category", 422);
    public static final ProblemType EMPLOYER_SERIOUS_VIOLATION = new ProblemType("employer-serious-violation",
            "The labour inspectorate confirmed a serious violation by the employer; it is not considered for new"
                    + " permits for a period",
            422);
    public static final ProblemType WORKER_ENTRY_BANNED = new ProblemType("worker-entry-banned",
            "The worker is barred from entry: the migration police recorded an entry ban or expulsion", 422);
    public static final ProblemType NO_FEE_DUE = new ProblemType("no-fee-due",
            "No state fee is due for this application", 404);
    public static final ProblemType PERMIT_NOT_IN_FORCE = new ProblemType("permit-not-in-force",
            "The permit is not in force", 409);
    public static final ProblemType CERTIFICATE_KEY_EXPIRED = new ProblemType("certificate-key-expired",
            "The certificate signing key has expired", 503);

    /** The problem type of a refusal on {@code ground}: each ground has exactly one. */
    public static ProblemType forGround(PermitRefusalGround ground) {
        return switch (ground) {
            case NO_LABOUR_MARKET_TEST -> NO_LABOUR_MARKET_TEST;
            case QUOTA_EXHAUSTED -> QUOTA_EXHAUSTED;
            case LOCAL_CONTENT_BREACH -> LOCAL_CONTENT_BREACH;
            case MFA_DOCUMENT_REJECTED -> MFA_DOCUMENT_REJECTED;
            case QUALIFICATION_MISMATCH -> QUALIFICATION_MISMATCH;
            case EMPLOYER_BANNED -> EMPLOYER_BANNED;
            case EAEU_CITIZEN_NEEDS_NO_PERMIT -> EAEU_CITIZEN_NEEDS_NO_PERMIT;
            case TERM_NOT_ALLOWED -> TERM_NOT_ALLOWED;
            case START_DATE_NOT_ALLOWED -> START_DATE_NOT_ALLOWED;
            case PASSPORT_EXPIRES_DURING_TERM -> PASSPORT_EXPIRES_DURING_TERM;
            case VACANCY_MISMATCH -> VACANCY_MISMATCH;
            case SALARY_BELOW_VACANCY -> SALARY_BELOW_VACANCY;
            case WORKER_ALREADY_APPLIED -> WORKER_ALREADY_APPLIED;
            case VACANCY_POSITIONS_USED -> VACANCY_POSITIONS_USED;
            case HEADCOUNT_INCONSISTENT -> HEADCOUNT_INCONSISTENT;
            case RENEWAL_OUTSIDE_WINDOW -> RENEWAL_OUTSIDE_WINDOW;
            case RENEWAL_NOT_ALLOWED -> RENEWAL_NOT_ALLOWED;
            case EMPLOYER_SERIOUS_VIOLATION -> EMPLOYER_SERIOUS_VIOLATION;
            case WORKER_ENTRY_BANNED -> WORKER_ENTRY_BANNED;
        };
    }

    private PermitProblems() {
    }
}
