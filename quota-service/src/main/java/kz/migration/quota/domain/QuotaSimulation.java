package kz.migration.quota.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.rules.Rule;

/**
 * A what-if: a hypothetical revision of a year's plan and reallocations, applied to a copy of the plan as it is, and
 * judged by the same rules as the real decisions (the regions sum to the national figure, no allocation below what
 * is reserved and used, only free units move), so the ministry never sees a projection of a plan it could not set.
 * Nothing is stored.
 */
public final class QuotaSimulation {

    private QuotaSimulation() {
    }

    /**
     * The plan as it would be: {@code revision} first (the regions it names change, the others keep their share),
     * then each reallocation in order, each judged on the plan as the ones before left it. A year without a plan is a
     * 422 quota-plan-missing; a refused revision or reallocation answers as the real decision would.
     */
    @Rule("quota.simulation.judged-like-a-decision")
    public static QuotaPlan hypothetical(QuotaPlan plan, List<CategoryShares> revision,
            List<Reallocation> reallocations, Function<List<Balance>, ProblemException> belowCommitted) {
        if (!plan.exists()) {
            throw new ProblemException(QuotaProblems.QUOTA_PLAN_MISSING, "The year " + plan.year()
                    + " has no quota plan to simulate a change of; set its plan first");
        }
        QuotaPlan hypothetical = plan;
        if (!revision.isEmpty()) {
            PlanChange change = plan.revise(revision);
            if (!change.violations().isEmpty()) {
                throw invalid(change.violations().stream()
                        .map(v -> new Problem.Violation(v.field().replaceFirst("^categories", "plan"), v.message()))
                        .toList());
            }
            if (!change.belowCommitted().isEmpty()) {
                throw belowCommitted.apply(change.belowCommitted());
            }
            hypothetical = plan.withAllocations(change.allocations());
        }
        for (int i = 0; i < reallocations.size(); i++) {
            Reallocation reallocation = reallocations.get(i);
            try {
                hypothetical.checkReallocation(reallocation);
            } catch (ProblemException refused) {
                if (refused.type().equals(ProblemType.VALIDATION)) {
                    List<Problem.Violation> violations = new ArrayList<>();
                    for (Problem.Violation v : refused.toProblem().violations()) {
                        violations.add(new Problem.Violation("reallocations[" + i + "]." + v.field(), v.message()));
                    }
                    throw invalid(violations);
                }
                throw refused;
            }
            hypothetical = hypothetical.reallocated(reallocation);
        }
        return hypothetical;
    }

    private static ProblemException invalid(List<Problem.Violation> violations) {
        return new ProblemException(ProblemType.VALIDATION, violations.size() == 1
                ? "1 field is invalid"
                : violations.size() + " fields are invalid", violations);
    }
}
