package kz.migration.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Verifies;

@Verifies("inspection.case.status-transitions")
class CaseStatusTest {

    @Test
    void aReceivedCaseIsInspectedOrGoesStraightToThePolice() {
        assertEquals(EnumSet.of(CaseStatus.UNDER_INSPECTION, CaseStatus.REFERRED_TO_POLICE),
                CaseStatus.RECEIVED.next());
    }

    @Test
    void anInspectionEndsInOneOfThreeOutcomes() {
        assertEquals(EnumSet.of(CaseStatus.VIOLATION_CONFIRMED, CaseStatus.NOT_CONFIRMED,
                CaseStatus.REFERRED_TO_POLICE), CaseStatus.UNDER_INSPECTION.next());
    }

    @Test
    void outcomesAreFinal() {
        for (CaseStatus status : EnumSet.of(CaseStatus.VIOLATION_CONFIRMED, CaseStatus.NOT_CONFIRMED,
                CaseStatus.REFERRED_TO_POLICE)) {
            assertTrue(status.next().isEmpty(), status + " is final");
            assertTrue(!status.isOpen());
        }
    }

    @Test
    void anIllegalMoveIsAConflict() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> CaseStatus.RECEIVED.requireTransitionTo(CaseStatus.VIOLATION_CONFIRMED));
        assertEquals(409, refused.type().status());
    }
}
