package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.rules.Verifies;

class QuotaSimulationTest {

    private static final String ALMATY = "750000000";
    private static final String ASTANA = "710000000";
    private static final QuotaKey ALMATY_3 = new QuotaKey(2026, ALMATY, PermitCategory.CATEGORY_3);
    private static final QuotaKey ASTANA_3 = new QuotaKey(2026, ASTANA, PermitCategory.CATEGORY_3);
    private static final QuotaPlan PLAN = QuotaPlan.of(2026, 3, List.of(new Balance(ALMATY_3, 100, 10, 60, 0, 1),
            new Balance(ASTANA_3, 50, 0, 45, 0, 1)));

    @Test
    @Verifies("quota.simulation.judged-like-a-decision")
    void appliesARevisionThenReallocationsToACopy() {
        QuotaPlan hypothetical = QuotaSimulation.hypothetical(PLAN,
                List.of(new CategoryShares(PermitCategory.CATEGORY_3, 170, List.of(new CategoryShares.Share(ALMATY,
                        120)))),
                List.of(new Reallocation(2026, PermitCategory.CATEGORY_3, ALMATY, ASTANA, 20)), refused());
        assertEquals(100, hypothetical.balance(ALMATY_3).orElseThrow().allocated());
        assertEquals(70, hypothetical.balance(ASTANA_3).orElseThrow().allocated());
        assertEquals(170, hypothetical.national(PermitCategory.CATEGORY_3));
        assertEquals(100, PLAN.balance(ALMATY_3).orElseThrow().allocated(), "the plan itself is untouched");
    }

    @Test
    @Verifies("quota.simulation.judged-like-a-decision")
    void refusesWhatTheRealDecisionWouldRefuse() {
        ProblemException noPlan = assertThrows(ProblemException.class,
                () -> QuotaSimulation.hypothetical(QuotaPlan.none(2031), List.of(), List.of(), refused()));
        assertEquals(QuotaProblems.QUOTA_PLAN_MISSING, noPlan.type());
        ProblemException unbalanced = assertThrows(ProblemException.class, () -> QuotaSimulation.hypothetical(PLAN,
                List.of(new CategoryShares(PermitCategory.CATEGORY_3, null, List.of(new CategoryShares.Share(ALMATY,
                        130)))),
                List.of(), refused()));
        assertEquals(ProblemType.VALIDATION, unbalanced.type());
        assertEquals("plan[0].regions", unbalanced.toProblem().violations().get(0).field());
        ProblemException tooMuch = assertThrows(ProblemException.class, () -> QuotaSimulation.hypothetical(PLAN,
                List.of(), List.of(new Reallocation(2026, PermitCategory.CATEGORY_3, ASTANA, ALMATY, 6)), refused()));
        assertEquals(QuotaProblems.INSUFFICIENT_FREE_QUOTA, tooMuch.type());
        ProblemException sameRegion = assertThrows(ProblemException.class, () -> QuotaSimulation.hypothetical(PLAN,
                List.of(), List.of(new Reallocation(2026, PermitCategory.CATEGORY_3, ASTANA, ASTANA, 1)), refused()));
        assertEquals("reallocations[0].toRegion", sameRegion.toProblem().violations().get(0).field());
        ProblemException below = assertThrows(ProblemException.class, () -> QuotaSimulation.hypothetical(PLAN,
                List.of(new CategoryShares(PermitCategory.CATEGORY_3, 110, List.of(new CategoryShares.Share(ALMATY,
                        60)))),
                List.of(), refused()));
        assertEquals(QuotaProblems.ALLOCATION_BELOW_COMMITTED, below.type());
    }

    private static java.util.function.Function<List<Balance>, ProblemException> refused() {
        return balances -> new ProblemException(QuotaProblems.ALLOCATION_BELOW_COMMITTED, balances.size() + " below");
    }
}
