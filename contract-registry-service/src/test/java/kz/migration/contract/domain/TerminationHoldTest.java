package kz.migration.contract.domain;

import static kz.migration.contract.domain.TestContracts.COMPANY_BIN;
import static kz.migration.contract.domain.TestContracts.PASSPORT;
import static kz.migration.contract.domain.TestContracts.contract;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Verifies;

class TerminationHoldTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static TerminationHold hold(String contractNumber, String permitNumber, String bin, String passport) {
        TerminationHold h = new TerminationHold();
        h.holdId = UUID.randomUUID();
        h.caseNumber = "GR-2026-000001";
        h.contractNumber = contractNumber;
        h.permitNumber = permitNumber;
        h.employerBin = bin;
        h.workerDocumentNumber = passport;
        h.placedAt = Instant.parse("2026-05-20T04:00:00Z");
        return h;
    }

    @Test
    @Verifies("contract.termination.hold-covers-worker")
    void coversTheContractItsPermitOrTheWorkerAtTheSameEmployer() {
        LabourContract c = contract();
        assertTrue(hold(c.contractNumber, null, null, null).covers(c));
        assertTrue(hold(null, c.permitNumber, null, null).covers(c));
        assertTrue(hold(null, null, COMPANY_BIN, PASSPORT.toLowerCase()).covers(c));
        assertFalse(hold(null, null, "120640004563", PASSPORT).covers(c), "another employer's case");
        assertFalse(hold(null, null, COMPANY_BIN, "N12345678").covers(c), "another worker");
        assertFalse(hold("LC-2026-000999", "WP-2026-999999", null, null).covers(c));
    }

    @Test
    @Verifies("contract.termination.held-while-inspected")
    void refusesTheEmployersTerminationWhileAHoldIsInForce() {
        LabourContract c = contract();
        List<TerminationHold> holds = List.of(hold(c.contractNumber, c.permitNumber, COMPANY_BIN, PASSPORT));
        for (TerminationReason reason : List.of(TerminationReason.EMPLOYER_INITIATIVE,
                TerminationReason.MUTUAL_AGREEMENT, TerminationReason.OTHER)) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> TerminationHold.refuseIfHeld(c, reason, DAY, holds));
            assertEquals(ContractProblems.TERMINATION_HELD, refused.type());
            assertEquals(409, refused.type().status());
        }
        ProblemException early = assertThrows(ProblemException.class,
                () -> TerminationHold.refuseIfHeld(c, TerminationReason.TERM_EXPIRED, c.endDate.minusDays(1), holds));
        assertEquals(ContractProblems.TERMINATION_HELD, early.type());
    }

    @Test
    @Verifies("contract.termination.held-while-inspected")
    void letsTheWorkerLeaveAndTheTermRunOut() {
        LabourContract c = contract();
        List<TerminationHold> holds = List.of(hold(c.contractNumber, null, null, null));
        assertDoesNotThrow(() -> TerminationHold.refuseIfHeld(c, TerminationReason.WORKER_INITIATIVE, DAY, holds));
        assertDoesNotThrow(() -> TerminationHold.refuseIfHeld(c, TerminationReason.PERMIT_ENDED, DAY, holds));
        assertDoesNotThrow(() -> TerminationHold.refuseIfHeld(c, TerminationReason.TERM_EXPIRED, c.endDate, holds));
    }

    @Test
    @Verifies("contract.termination.held-while-inspected")
    void aLiftedHoldOrAnotherWorkersHoldHoldsNothing() {
        LabourContract c = contract();
        TerminationHold lifted = hold(c.contractNumber, null, null, null);
        lifted.liftedAt = Instant.parse("2026-05-25T04:00:00Z");
        TerminationHold liftBeforeHold = new TerminationHold();
        liftBeforeHold.contractNumber = c.contractNumber;
        liftBeforeHold.liftedAt = Instant.parse("2026-05-25T04:00:00Z");
        TerminationHold other = hold("LC-2026-000999", null, null, null);
        assertDoesNotThrow(() -> TerminationHold.refuseIfHeld(c, TerminationReason.EMPLOYER_INITIATIVE, DAY,
                List.of(lifted, liftBeforeHold, other)));
    }
}
