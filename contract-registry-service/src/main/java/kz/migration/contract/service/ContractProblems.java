package kz.migration.contract.service;

import kz.migration.common.problem.ProblemType;

/** The contract registry's rule refusals, one stable problem type per reason. */
public final class ContractProblems {

    public static final ProblemType PERMIT_UNKNOWN = new ProblemType("permit-unknown",
            "No issued permit with this number is known", 422);
    public static final ProblemType PERMIT_NOT_ISSUED = new ProblemType("permit-not-issued",
            "The permit is not in force", 422);
    public static final ProblemType PERMIT_OTHER_EMPLOYER = new ProblemType("permit-other-employer",
            "The permit was issued to another employer", 422);
    public static final ProblemType PERMIT_REGION_MISMATCH = new ProblemType("permit-region-mismatch",
            "The contract's region differs from the permit's", 422);
    public static final ProblemType PERMIT_OCCUPATION_MISMATCH = new ProblemType("permit-occupation-mismatch",
            "The contract's occupation differs from the permit's", 422);
    public static final ProblemType OUTSIDE_PERMIT_VALIDITY = new ProblemType("contract-outside-permit-validity",
            "The contract's dates are outside the permit's validity", 422);
    public static final ProblemType WORKER_DOCUMENT_MISMATCH = new ProblemType("worker-document-mismatch",
            "The worker's passport differs from the permit holder's", 422);
    public static final ProblemType PERMIT_IN_USE = new ProblemType("permit-already-in-use",
            "The permit already backs an active contract", 422);
    public static final ProblemType REPLACEMENT_ALREADY_REPORTED = new ProblemType("replacement-already-reported",
            "A replacement was already reported for this contract", 409);

    private ContractProblems() {
    }
}
