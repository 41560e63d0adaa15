package kz.migration.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class FindingPolicyTest {

    private static List<String> problems(GrievanceKind kind, CaseOutcome outcome, LegalGround ground,
            Integer unpaidMonths) {
        return FindingPolicy.problems(kind, new Finding(outcome, ground, null, unpaidMonths)).stream()
                .map(FindingProblem::rule).toList();
    }

    @Test
    @Verifies("inspection.finding.ground-fits-outcome")
    void aConfirmedViolationCitesANonCriminalGroundOfItsKind() {
        assertEquals(List.of(), problems(GrievanceKind.PASSPORT_WITHHELD, CaseOutcome.VIOLATION_CONFIRMED,
                LegalGround.ILO_C029, null));
        assertEquals(List.of("inspection.finding.ground-fits-outcome"),
                problems(GrievanceKind.PASSPORT_WITHHELD, CaseOutcome.VIOLATION_CONFIRMED, null, null));
        assertEquals(List.of("inspection.finding.ground-fits-outcome"), problems(GrievanceKind.PASSPORT_WITHHELD,
                CaseOutcome.VIOLATION_CONFIRMED, LegalGround.KOAP_ART_86, null));
        assertEquals(List.of("inspection.finding.ground-fits-outcome"), problems(GrievanceKind.PASSPORT_WITHHELD,
                CaseOutcome.VIOLATION_CONFIRMED, LegalGround.CRIMINAL_CODE_ART_128, null));
    }

    @Test
    @Verifies("inspection.finding.ground-fits-outcome")
    void aReferralToThePoliceCitesACrimeAndNotConfirmedCitesNothing() {
        assertEquals(List.of(), problems(GrievanceKind.THREAT_OR_FORCED_LABOUR, CaseOutcome.REFERRED_TO_POLICE,
                LegalGround.CRIMINAL_CODE_ART_128, null));
        assertEquals(List.of("inspection.finding.ground-fits-outcome"), problems(
                GrievanceKind.THREAT_OR_FORCED_LABOUR, CaseOutcome.REFERRED_TO_POLICE, LegalGround.LABOUR_CODE_ART_7,
                null));
        assertEquals(List.of(), problems(GrievanceKind.OTHER, CaseOutcome.NOT_CONFIRMED, null, null));
        assertEquals(List.of("inspection.finding.ground-fits-outcome"),
                problems(GrievanceKind.OTHER, CaseOutcome.NOT_CONFIRMED, LegalGround.KOAP_ART_87, null));
    }

    @Test
    @Verifies("inspection.finding.unpaid-months-for-wages")
    void unpaidMonthsDescribeAConfirmedWagesViolationOnly() {
        assertEquals(List.of(), problems(GrievanceKind.WAGES_UNPAID_OR_LATE, CaseOutcome.VIOLATION_CONFIRMED,
                LegalGround.LABOUR_CODE_ART_113, 3));
        assertEquals(List.of("inspection.finding.unpaid-months-for-wages"), problems(GrievanceKind.EXCESSIVE_HOURS,
                CaseOutcome.VIOLATION_CONFIRMED, LegalGround.LABOUR_CODE_ART_68, 2));
        assertEquals(List.of("inspection.finding.unpaid-months-for-wages"),
                problems(GrievanceKind.WAGES_UNPAID_OR_LATE, CaseOutcome.NOT_CONFIRMED, null, 2));
        assertEquals(List.of("inspection.finding.unpaid-months-for-wages"), problems(
                GrievanceKind.WAGES_UNPAID_OR_LATE, CaseOutcome.VIOLATION_CONFIRMED, LegalGround.LABOUR_CODE_ART_113,
                0));
    }

    @Test
    @Verifies({"inspection.finding.ground-fits-outcome", "inspection.finding.unpaid-months-for-wages"})
    void everyProblemIsListedNotJustTheFirst() {
        assertEquals(List.of("inspection.finding.ground-fits-outcome", "inspection.finding.unpaid-months-for-wages"),
                problems(GrievanceKind.OTHER, CaseOutcome.NOT_CONFIRMED, LegalGround.KOAP_ART_87, 4));
    }

    @Test
    @Verifies("inspection.finding.legal-grounds")
    void everyGroundCitesItsArticleAndEveryKindHasANonCriminalGround() {
        for (LegalGround ground : LegalGround.values()) {
            assertTrue(ground.citation().contains("art.") || ground.citation().contains("Convention")
                    || ground.citation().contains("Law of"), ground + " cites its source");
        }
        for (GrievanceKind kind : GrievanceKind.values()) {
            assertTrue(List.of(LegalGround.values()).stream().anyMatch(g -> !g.criminal() && g.grounds(kind)),
                    kind + " can be confirmed on some ground");
            assertTrue(LegalGround.CRIMINAL_CODE_ART_128.grounds(kind), "any kind can be referred to the police");
        }
        assertFalse(LegalGround.KOAP_ART_86.grounds(GrievanceKind.PASSPORT_WITHHELD));
    }
}
