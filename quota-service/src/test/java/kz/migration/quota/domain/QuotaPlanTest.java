package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.rules.Verifies;

class QuotaPlanTest {

    private static final int YEAR = 2026;
    private static final String ALMATY = "750000000";
    private static final String ASTANA = "710000000";
    private static final String ATYRAU = "230000000";

    /** The 2026 plan as read: Almaty 1000 (12 reserved, 300 used), Astana 500 specialists; version 3. */
    private static QuotaPlan plan() {
        return QuotaPlan.of(YEAR, 3, List.of(
                balance(ALMATY, PermitCategory.CATEGORY_3, 1000, 12, 300),
                balance(ASTANA, PermitCategory.CATEGORY_3, 500, 0, 0)));
    }

    private static Balance balance(String region, PermitCategory category, int allocated, int reserved, int used) {
        return new Balance(new QuotaKey(YEAR, region, category), allocated, reserved, used, 0, 1);
    }

    private static CategoryShares shares(PermitCategory category, Integer national, Object... regionUnits) {
        List<CategoryShares.Share> shares = new java.util.ArrayList<>();
        for (int i = 0; i < regionUnits.length; i += 2) {
            shares.add(new CategoryShares.Share((String) regionUnits[i], (Integer) regionUnits[i + 1]));
        }
        return new CategoryShares(category, national, shares);
    }

    private static Map<String, Integer> byRegion(PlanChange change) {
        Map<String, Integer> units = new TreeMap<>();
        change.allocations().forEach((key, allocated) -> units.put(key.region(), allocated));
        return units;
    }

    @Test
    @Verifies("quota.categories")
    void theQuotaIsSetForCategoriesOneToFourSeasonalAndLabourImmigrants() {
        assertEquals(EnumSet.of(PermitCategory.CATEGORY_1, PermitCategory.CATEGORY_2, PermitCategory.CATEGORY_3,
                PermitCategory.CATEGORY_4, PermitCategory.SEASONAL, PermitCategory.LABOUR_IMMIGRANT),
                EnumSet.copyOf(QuotaPlan.QUOTA_CATEGORIES));
    }

    @Test
    @Verifies({"quota.categories", "quota.ict-outside-quota"})
    void intraCorporateTransfersHaveNoShareInAPlan() {
        assertFalse(QuotaPlan.isQuotaCategory(PermitCategory.INTRA_CORPORATE_TRANSFER));
        PlanChange change = QuotaPlan.none(YEAR)
                .plan(List.of(shares(PermitCategory.INTRA_CORPORATE_TRANSFER, 5, ALMATY, 5)));
        assertEquals(List.of(new Problem.Violation("categories[0].category", QuotaPlan.OUTSIDE_QUOTA)),
                change.violations());
        assertTrue(change.allocations().isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> new QuotaKey(YEAR, ALMATY, PermitCategory.INTRA_CORPORATE_TRANSFER));
    }

    @Test
    @Verifies("quota.plan.regions-sum-to-national")
    void aPlanWhoseRegionalSharesDoNotSumToTheNationalFigureIsRefused() {
        PlanChange change = QuotaPlan.none(YEAR)
                .plan(List.of(shares(PermitCategory.CATEGORY_2, 100, ALMATY, 60, ASTANA, 30)));
        assertEquals(List.of(new Problem.Violation("categories[0].regions",
                "regional shares sum to 90, not the national 100")), change.violations());
        assertFalse(change.accepted());
    }

    @Test
    @Verifies("quota.plan.regions-sum-to-national")
    void theNationalFigureIsTheSumOfTheRegions() {
        assertEquals(1500, plan().national(PermitCategory.CATEGORY_3));
        assertEquals(0, plan().national(PermitCategory.SEASONAL));
    }

    @Test
    @Verifies({"quota.plan.regions-sum-to-national", "quota.ict-outside-quota"})
    void everyFindingOfAPlanIsReturnedAtOnce() {
        PlanChange change = QuotaPlan.none(YEAR).plan(List.of(
                shares(PermitCategory.CATEGORY_2, 20, ALMATY, 10, ALMATY, 5),
                shares(PermitCategory.INTRA_CORPORATE_TRANSFER, 5, ALMATY, 5),
                shares(PermitCategory.CATEGORY_2, 1, ASTANA, 1)));
        assertEquals(List.of("categories[0].regions[1].region", "categories[0].regions", "categories[1].category",
                "categories[2].category"), change.violations().stream().map(Problem.Violation::field).toList());
    }

    @Test
    @Verifies("quota.plan.regions-sum-to-national")
    void aPlanIsTheWholeDistributionSoRegionsLeftOutGoToZero() {
        PlanChange change = plan().plan(List.of(shares(PermitCategory.CATEGORY_3, 1500, ALMATY, 1000, ATYRAU, 500)));
        assertTrue(change.accepted());
        // Almaty keeps its figure (no change to write), Astana goes to zero, Atyrau is new.
        assertEquals(Map.of(ASTANA, 0, ATYRAU, 500), byRegion(change));
    }

    @Test
    @Verifies("quota.plan.regions-sum-to-national")
    void aRegionPlannedAtZeroForTheFirstTimeGetsItsBalance() {
        PlanChange change = plan().plan(List.of(shares(PermitCategory.CATEGORY_3, 1500, ALMATY, 1000, ASTANA, 500,
                ATYRAU, 0)));
        assertEquals(Map.of(ATYRAU, 0), byRegion(change));
    }

    @Test
    @Verifies("quota.plan.partial-revision")
    void aRevisionChangesTheRegionsItNamesAndKeepsTheOthers() {
        PlanChange change = plan().revise(List.of(shares(PermitCategory.CATEGORY_3, 1550, ASTANA, 550)));
        assertTrue(change.accepted());
        assertEquals(Map.of(ASTANA, 550), byRegion(change));
    }

    @Test
    @Verifies("quota.plan.partial-revision")
    void aRevisionWithoutANationalFigureKeepsTheNationalFigure() {
        PlanChange rise = plan().revise(List.of(shares(PermitCategory.CATEGORY_3, null, ASTANA, 550)));
        assertEquals(List.of(new Problem.Violation("categories[0].regions", "with the regions not listed kept, the "
                + "regions of CATEGORY_3 sum to 1550, not the national 1500: state the new national figure, or "
                + "change another region by the difference")), rise.violations());

        PlanChange move = plan().revise(List.of(shares(PermitCategory.CATEGORY_3, null, ASTANA, 550, ALMATY, 950)));
        assertTrue(move.accepted());
        assertEquals(Map.of(ALMATY, 950, ASTANA, 550), byRegion(move));
    }

    @Test
    @Verifies("quota.plan.partial-revision")
    void aRevisionStatingANationalFigureMustAddUpToIt() {
        PlanChange change = plan().revise(List.of(shares(PermitCategory.CATEGORY_3, 1600, ASTANA, 550)));
        assertEquals(1, change.violations().size());
        assertTrue(change.violations().get(0).message().endsWith("sum to 1550, not the national 1600 stated"));
        // A category new to the plan starts from a national figure of zero.
        assertTrue(plan().revise(List.of(shares(PermitCategory.SEASONAL, 40, ATYRAU, 40))).accepted());
        assertFalse(plan().revise(List.of(shares(PermitCategory.SEASONAL, null, ATYRAU, 40))).accepted());
    }

    @Test
    @Verifies("quota.allocation-not-below-committed")
    void aPlanNamesEveryBalanceItWouldSetBelowWhatIsReservedAndUsed() {
        PlanChange change = plan().plan(List.of(shares(PermitCategory.CATEGORY_3, 1500, ASTANA, 1500)));
        assertTrue(change.violations().isEmpty());
        assertEquals(List.of(ALMATY), change.belowCommitted().stream().map(b -> b.key().region()).toList());
        assertTrue(plan().revise(List.of(shares(PermitCategory.CATEGORY_3, null, ALMATY, 312, ASTANA, 1188)))
                .accepted());
        assertFalse(plan().revise(List.of(shares(PermitCategory.CATEGORY_3, null, ALMATY, 311, ASTANA, 1189)))
                .accepted());
    }

    @Test
    @Verifies("quota.decisions.if-match")
    void theFirstPlanOfAYearNeedsNoIfMatchAndATagForItMatchesNothing() {
        assertDoesNotThrow(() -> QuotaPlan.none(YEAR).checkIfMatch(null));
        ProblemException stale = assertThrows(ProblemException.class,
                () -> QuotaPlan.none(YEAR).checkIfMatch("\"2026.1\""));
        assertSame(ProblemType.STALE_VERSION, stale.type());
    }

    @Test
    @Verifies("quota.decisions.if-match")
    void anExistingPlanChangesOnlyUnderItsCurrentETag() {
        QuotaPlan plan = plan();
        assertEquals("2026.3", plan.etag());
        assertSame(ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ProblemException.class, () -> plan.checkIfMatch(null)).type());
        assertSame(ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ProblemException.class, () -> plan.checkIfMatch(" ")).type());
        for (String stale : new String[]{"\"2026.2\"", "\"3\"", "\"2027.3\"", "garbage"}) {
            assertSame(ProblemType.STALE_VERSION,
                    assertThrows(ProblemException.class, () -> plan.checkIfMatch(stale)).type(), stale);
        }
        for (String current : new String[]{"\"2026.3\"", "W/\"2026.3\"", "2026.3", "\"2026.1\", \"2026.3\"", "*"}) {
            assertDoesNotThrow(() -> plan.checkIfMatch(current), current);
        }
    }

    @Test
    @Verifies("quota.reallocation.free-units-only")
    void aReallocationMovesOnlyTheSourceRegionsFreeUnits() {
        // Almaty has 1000 allocated, 312 committed: 688 free.
        Reallocation all = new Reallocation(YEAR, PermitCategory.CATEGORY_3, ALMATY, ATYRAU, 688);
        assertEquals(ALMATY, plan().checkReallocation(all).key().region());
        ProblemException tooMany = assertThrows(ProblemException.class, () -> plan()
                .checkReallocation(new Reallocation(YEAR, PermitCategory.CATEGORY_3, ALMATY, ATYRAU, 689)));
        assertSame(QuotaProblems.INSUFFICIENT_FREE_QUOTA, tooMany.type());
        assertEquals(Map.of("free", 688, "requested", 689), tooMany.toProblem().extensions());
    }

    @Test
    @Verifies("quota.reallocation.free-units-only")
    void aReallocationNeedsAQuotaCategoryTwoRegionsAndASourceWithAnAllocation() {
        ProblemException invalid = assertThrows(ProblemException.class, () -> plan().checkReallocation(
                new Reallocation(YEAR, PermitCategory.INTRA_CORPORATE_TRANSFER, ALMATY, ALMATY, 1)));
        assertSame(ProblemType.VALIDATION, invalid.type());
        assertEquals(List.of("category", "toRegion"),
                invalid.toProblem().violations().stream().map(Problem.Violation::field).toList());
        ProblemException missing = assertThrows(ProblemException.class, () -> plan()
                .checkReallocation(new Reallocation(YEAR, PermitCategory.CATEGORY_3, ATYRAU, ALMATY, 1)));
        assertSame(ProblemType.NOT_FOUND, missing.type());
    }
}
