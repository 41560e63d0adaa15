package kz.migration.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Verifies;

class TerminationHoldTest {

    @Test
    @Verifies("inspection.hold.wages-or-passport")
    void aWagesOrPassportCasePlacesAHoldOnTheWorkersPermitAndContract() {
        InspectionCase c = TestCases.received(GrievanceKind.PASSPORT_WITHHELD);
        TerminationHold hold = TerminationHold.placeFor(UUID.randomUUID(), c, TestCases.NOW);
        assertNotNull(hold);
        assertEquals("WP-2026-000123", hold.permitNumber);
        assertEquals("LC-2026-000045", hold.contractNumber);
        assertEquals(TestCases.BIN, hold.employerBin);
        assertEquals("FA1234567", hold.workerDocumentNumber);
        assertNull(TerminationHold.placeFor(UUID.randomUUID(), TestCases.received(GrievanceKind.EXCESSIVE_HOURS),
                TestCases.NOW));
    }

    @Test
    @Verifies("inspection.hold.inspector-lifts")
    void aHoldIsLiftedOnceAndNotAgain() {
        TerminationHold hold = TerminationHold.placeFor(UUID.randomUUID(),
                TestCases.received(GrievanceKind.WAGES_UNPAID_OR_LATE), TestCases.NOW);
        hold.lift("inspector-750000000", HoldLiftReason.LIFTED_BY_INSPECTOR, "paid in full", TestCases.NOW);
        assertFalse(hold.inForce());
        ProblemException refused = assertThrows(ProblemException.class,
                () -> hold.lift("inspector-750000000", HoldLiftReason.LIFTED_BY_INSPECTOR, "again", TestCases.NOW));
        assertEquals(422, refused.type().status());
        assertEquals("paid in full", hold.liftNote);
    }
}
