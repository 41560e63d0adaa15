package kz.migration.inspection.domain;

import kz.migration.common.problem.ProblemType;

/** The rule refusals of the inspection service (422), each with a stable {@code type} URI clients can branch on. */
public final class InspectionProblems {

    public static final ProblemType FINDING_REFUSED = new ProblemType("inspection-finding-refused",
            "The finding cannot close this case as it is", 422);
    public static final ProblemType NO_HOLD = new ProblemType("termination-hold-not-in-force",
            "The case has no termination hold in force", 422);
    public static final ProblemType WAGE_CONTRACT_UNKNOWN = new ProblemType("wage-contract-unknown",
            "No registered contract with this number", 422);
    public static final ProblemType WAGE_NOT_IN_TENGE = new ProblemType("wage-not-in-tenge",
            "Wages are paid in tenge", 422);
    public static final ProblemType WAGE_PERIOD_OUTSIDE_CONTRACT = new ProblemType("wage-period-outside-contract",
            "The month is outside the contract's term", 422);
    public static final ProblemType PAYMENT_REFERENCE_REUSED = new ProblemType("wage-payment-reference-reused",
            "The payment reference was reported with other details", 409);
    public static final ProblemType REPORT_PERIOD_NOT_ENDED = new ProblemType("employer-report-period-not-ended",
            "The reporting quarter has not ended", 422);
    public static final ProblemType REPORT_NOT_DUE = new ProblemType("employer-report-not-expected",
            "The employer held no employer permit in the quarter", 422);
    public static final ProblemType REPORT_ALREADY_SUBMITTED = new ProblemType("employer-report-already-submitted",
            "The report of this quarter was already submitted", 409);
    public static final ProblemType CORRECTION_NEEDS_NOTE = new ProblemType("employer-report-correction-needs-note",
            "A corrected report says why", 422);

    private InspectionProblems() {
    }
}
