package kz.migration.vacancy.domain;

import kz.migration.common.problem.ProblemType;

/** The rule refusals of the vacancy service (422), each with a stable {@code type} URI integrators can branch on. */
public final class VacancyProblems {

    public static final ProblemType SALARY_BELOW_MINIMUM = new ProblemType("vacancy-salary-below-minimum",
            "Salary below the regional minimum", 422);
    public static final ProblemType VACANCY_NOT_OPEN = new ProblemType("vacancy-not-open",
            "The vacancy is not open", 422);
    public static final ProblemType NO_OPEN_POSITIONS = new ProblemType("vacancy-no-open-positions",
            "The vacancy has no open positions", 422);
    public static final ProblemType TEST_ALREADY_PASSED = new ProblemType("vacancy-labour-market-test-passed",
            "The labour-market test of this vacancy has passed", 422);
    public static final ProblemType POSITIONS_BELOW_TAKEN = new ProblemType("vacancy-positions-below-taken",
            "Fewer positions than already hired or filled", 422);
    public static final ProblemType CANDIDATE_ALREADY_REFERRED = new ProblemType("vacancy-candidate-already-referred",
            "The citizen was already referred to this vacancy", 422);
    public static final ProblemType OUTCOME_ALREADY_RECORDED = new ProblemType("referral-outcome-recorded",
            "The referral already has an outcome", 422);

    private VacancyProblems() {
    }
}
