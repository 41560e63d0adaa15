package kz.migration.contract.domain;

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
    public static final ProblemType END_DATE_REQUIRED = new ProblemType("contract-end-date-required",
            "A contract on a permit with an end date must have an end date", 422);
    public static final ProblemType WORKER_DOCUMENT_MISMATCH = new ProblemType("worker-document-mismatch",
            "The worker's passport differs from the permit holder's", 422);
    public static final ProblemType PERMIT_IN_USE = new ProblemType("permit-already-in-use",
            "The permit already backs an active contract", 422);
    public static final ProblemType PERMIT_REQUIRED = new ProblemType("permit-required",
            "The worker needs a work permit", 422);
    public static final ProblemType EAEU_CITIZEN_NEEDS_NO_PERMIT = new ProblemType("eaeu-citizen-needs-no-permit",
            "Citizens of EAEU member states work without a permit; register the contract without one", 422);
    public static final ProblemType WORKER_NOT_FOREIGN = new ProblemType("worker-not-foreign",
            "The registry registers contracts with foreign workers only", 422);
    public static final ProblemType LABOUR_IMMIGRANT_EMPLOYER = new ProblemType(
            "labour-immigrant-employer-not-allowed",
            "This employer may not hire on a labour-immigrant permit", 422);
    public static final ProblemType LABOUR_IMMIGRANT_OCCUPATION = new ProblemType(
            "labour-immigrant-occupation-not-household",
            "A labour-immigrant permit allows household work only", 422);
    public static final ProblemType SALARY_NOT_IN_TENGE = new ProblemType("salary-not-in-tenge",
            "Wages are set and paid in tenge", 422);
    public static final ProblemType SALARY_BELOW_MINIMUM_WAGE = new ProblemType("salary-below-minimum-wage",
            "The salary is below the minimum monthly wage", 422);
    public static final ProblemType SALARY_BELOW_PERMIT = new ProblemType("salary-below-permit",
            "The salary is below the one declared in the permit application", 422);
    public static final ProblemType HOURS_ABOVE_NORMAL = new ProblemType("weekly-hours-above-normal",
            "Normal working time is at most 40 hours a week", 422);
    public static final ProblemType NO_RULE_IN_FORCE = new ProblemType("no-rule-in-force",
            "The registry holds no rule in force on this date", 422);
    public static final ProblemType REPLACEMENT_ALREADY_REPORTED = new ProblemType("replacement-already-reported",
            "A replacement was already reported for this contract", 409);
    public static final ProblemType TERMINATION_HELD = new ProblemType("termination-hold-in-force",
            "A labour inspection holds the termination of this worker's contract", 409);

    public static final ProblemType REGISTRY_ENTRY_NOT_IN_TREE = new ProblemType("registry-entry-not-in-tree",
            "The registry entry is not in the registry's tree (yet)", 404);
    public static final ProblemType REGISTRY_TREE_SIZE_BEYOND_LOG = new ProblemType("registry-tree-size-beyond-log",
            "The registry's tree is not that large", 422);
    public static final ProblemType REGISTRY_NO_CHECKPOINT = new ProblemType("registry-no-checkpoint",
            "The registry has not signed a checkpoint yet", 503);

    private ContractProblems() {
    }
}
