package kz.migration.permit.domain;

import static kz.migration.permit.domain.Rules2025.LOCAL_CONTENT;
import static kz.migration.permit.domain.Rules2025.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.rules.Verifies;

/** Local content counted with the new worker, from the registry's own count of the employer's foreign workers. */
class LocalContentTest {

    private static final LocalDate SUBMITTED = LocalDate.of(2026, 12, 10);

    private static Optional<Finding> breach(PermitCategory category, StaffDeclaration staff, ForeignStaff foreign) {
        return LOCAL_CONTENT.breach(category, staff, foreign, SUBMITTED);
    }

    @Test
    @Verifies("permit.local-content.categories-1-2")
    void categoriesOneAndTwoKeepSeventyPercentCitizensCountingTheNewWorker() {
        // 7 citizens, 2 foreign workers and the new one: 7 of 10 = 70 %.
        StaffDeclaration staff = staff(3, 4, 100, 100, 0, 300, false);
        assertTrue(breach(PermitCategory.CATEGORY_1, staff, Rules2025.foreign(PermitCategory.CATEGORY_2, 2))
                .isEmpty());
        Finding finding = breach(PermitCategory.CATEGORY_2, staff, Rules2025.foreign(PermitCategory.CATEGORY_2, 3))
                .orElseThrow();
        assertEquals("permit.local-content.categories-1-2", finding.rule());
        assertEquals(PermitRefusalGround.LOCAL_CONTENT_BREACH, finding.ground());
        assertTrue(finding.detail().contains("below 70%"), finding.detail());
    }

    @Test
    @Verifies("permit.local-content.categories-3-4")
    void categoriesThreeAndFourKeepNinetyPercentCitizensCountingTheNewWorker() {
        // 9 citizens and the new worker: 9 of 10 = 90 %; 8 of 9 is not.
        assertTrue(breach(PermitCategory.CATEGORY_4, staff(0, 0, 5, 4, 0, 30, false), ForeignStaff.NONE).isEmpty());
        Finding finding = breach(PermitCategory.CATEGORY_3, staff(0, 0, 5, 3, 0, 30, false), ForeignStaff.NONE)
                .orElseThrow();
        assertEquals("permit.local-content.categories-3-4", finding.rule());
        assertTrue(finding.detail().contains("below 90%"), finding.detail());
        // Foreign workers of categories 1 and 2 do not count against 3 and 4.
        assertTrue(breach(PermitCategory.CATEGORY_3, staff(0, 0, 5, 4, 0, 30, false),
                Rules2025.foreign(PermitCategory.CATEGORY_1, 5)).isEmpty());
    }

    @Test
    @Verifies("permit.local-content.ict-cap")
    void transfereesAreAtMostHalfOfTheKazakhStaffOfTheirCategory() {
        // 4 Kazakh staff: 2 transferees are 50 %, a third is not allowed.
        StaffDeclaration staff = staff(0, 0, 0, 0, 4, 10, false);
        assertTrue(breach(PermitCategory.INTRA_CORPORATE_TRANSFER, staff,
                Rules2025.foreign(PermitCategory.INTRA_CORPORATE_TRANSFER, 1)).isEmpty());
        Finding finding = breach(PermitCategory.INTRA_CORPORATE_TRANSFER, staff,
                Rules2025.foreign(PermitCategory.INTRA_CORPORATE_TRANSFER, 2)).orElseThrow();
        assertEquals("permit.local-content.ict-cap", finding.rule());
        // The cap holds for a small business too.
        assertTrue(breach(PermitCategory.INTRA_CORPORATE_TRANSFER, staff(0, 0, 0, 0, 4, 10, true),
                Rules2025.foreign(PermitCategory.INTRA_CORPORATE_TRANSFER, 2)).isPresent());
    }

    @Test
    void seasonalWorkHasNoLocalContentCondition() {
        assertTrue(breach(PermitCategory.SEASONAL, staff(0, 0, 0, 0, 0, 1, false), ForeignStaff.NONE).isEmpty());
    }

    @Test
    @Verifies("permit.local-content.small-business-exemption")
    void sinceSeptember2025OnlySmallBusinessesOfTwentyOrFewerAreExempt() {
        StaffDeclaration twenty = staff(0, 0, 2, 0, 0, 20, true);
        StaffDeclaration twentyOne = staff(0, 0, 2, 0, 0, 21, true);
        LocalDate since = Rules2025.RULES_2025;
        assertTrue(LOCAL_CONTENT.breach(PermitCategory.CATEGORY_3, twenty, ForeignStaff.NONE, since).isEmpty());
        assertTrue(LOCAL_CONTENT.breach(PermitCategory.CATEGORY_3, twentyOne, ForeignStaff.NONE, since).isPresent());
        // Not a small business: no exemption at any size.
        assertTrue(LOCAL_CONTENT.breach(PermitCategory.CATEGORY_3, staff(0, 0, 2, 0, 0, 5, false),
                ForeignStaff.NONE, since).isPresent());
    }

    @Test
    @Verifies("permit.local-content.small-business-exemption")
    void beforeSeptember2025EverySmallBusinessWasExemptWhateverItsSize() {
        StaffDeclaration large = staff(0, 0, 2, 0, 0, 250, true);
        LocalDate before = Rules2025.RULES_2025.minusDays(1);
        assertTrue(LOCAL_CONTENT.breach(PermitCategory.CATEGORY_3, large, ForeignStaff.NONE, before).isEmpty());
        assertTrue(LOCAL_CONTENT.breach(PermitCategory.CATEGORY_3, large, ForeignStaff.NONE, Rules2025.RULES_2025)
                .isPresent());
    }

    @Test
    @Verifies({"permit.local-content.small-business-exemption", "permit.local-content.headcount-consistent"})
    void theExemptionNeedsADeclaredTotalConsistentWithTheRegistrysPermits() {
        // 15 citizens and 6 foreign workers under permits are 21 staff, not the 20 declared.
        StaffDeclaration declared = staff(1, 1, 10, 3, 0, 20, true);
        ForeignStaff six = Rules2025.foreign(PermitCategory.CATEGORY_3, 6);
        assertFalse(LOCAL_CONTENT.exempt(declared, six, SUBMITTED));
        assertTrue(LOCAL_CONTENT.exempt(declared, Rules2025.foreign(PermitCategory.CATEGORY_3, 5), SUBMITTED));
        List<Finding> findings = LOCAL_CONTENT.inconsistencies(declared, six);
        assertEquals(1, findings.size());
        assertEquals(PermitRefusalGround.HEADCOUNT_INCONSISTENT, findings.get(0).ground());
        assertTrue(findings.get(0).detail().contains("(21)"), findings.get(0).detail());
    }

    @Test
    @Verifies("permit.local-content.headcount-consistent")
    void declaringFewerForeignWorkersThanTheRegistryHoldsIsInconsistentButMoreIsNot() {
        StaffDeclaration fewer = new StaffDeclaration(Map.of(PermitCategory.CATEGORY_3, 60),
                Map.of(PermitCategory.CATEGORY_3, 1), 100, false);
        List<Finding> findings = LOCAL_CONTENT.inconsistencies(fewer, Rules2025.foreign(PermitCategory.CATEGORY_3, 2));
        assertEquals(1, findings.size());
        assertEquals("CATEGORY_3", findings.get(0).facts().get("category"));
        assertEquals(2, findings.get(0).facts().get("registeredForeigners"));
        StaffDeclaration more = new StaffDeclaration(Map.of(PermitCategory.CATEGORY_3, 60),
                Map.of(PermitCategory.CATEGORY_3, 5), 100, false);
        assertEquals(List.of(), LOCAL_CONTENT.inconsistencies(more, Rules2025.foreign(PermitCategory.CATEGORY_3, 2)));
    }

    @Test
    @Verifies("permit.local-content.registry-count")
    void theRegistryCountsTheEmployersPermitsByCategoryLeavingOutEaeuCitizens() {
        ForeignStaff counted = ForeignStaff.count(List.of(
                new ForeignStaff.HeldPermit(PermitCategory.CATEGORY_3, "IN"),
                new ForeignStaff.HeldPermit(PermitCategory.CATEGORY_3, "CN"),
                new ForeignStaff.HeldPermit(PermitCategory.CATEGORY_3, "RU"),
                new ForeignStaff.HeldPermit(PermitCategory.CATEGORY_1, "TR"),
                new ForeignStaff.HeldPermit(PermitCategory.SEASONAL, "UZ")), Rules2025.EAEU, SUBMITTED);
        assertEquals(2, counted.in(PermitCategory.CATEGORY_3));
        assertEquals(1, counted.in(PermitCategory.CATEGORY_1));
        assertEquals(3, counted.total(), "seasonal workers are in no local-content category");
        assertTrue(ForeignStaff.COUNTED.containsAll(List.of(PermitStatus.APPROVED, PermitStatus.AWAITING_FEE,
                PermitStatus.ISSUED)));
        assertEquals(3, ForeignStaff.COUNTED.size());
    }

    @Test
    @Verifies("permit.local-content.registry-count")
    void theEmployersWordDoesNotLowerTheCount() {
        // The employer declares no foreign workers in categories 3 and 4; the registry holds two permits there.
        StaffDeclaration staff = new StaffDeclaration(Map.of(PermitCategory.CATEGORY_3, 10,
                PermitCategory.CATEGORY_4, 8), Map.of(PermitCategory.CATEGORY_3, 0), 40, false);
        assertTrue(breach(PermitCategory.CATEGORY_3, staff, ForeignStaff.NONE).isEmpty());
        assertTrue(breach(PermitCategory.CATEGORY_3, staff, Rules2025.foreign(PermitCategory.CATEGORY_3, 2))
                .isPresent());
    }
}
