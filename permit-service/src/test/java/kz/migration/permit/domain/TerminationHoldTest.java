package kz.migration.permit.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Verifies;
import kz.migration.common.security.Roles;

class TerminationHoldTest {

    private static PermitApplication permit() {
        PermitApplication p = new PermitApplication();
        p.id = UUID.randomUUID();
        p.permitNumber = "WP-2026-000123";
        p.employerBin = "120640004563";
        p.workerPassportNumber = "Z7512345";
        return p;
    }

    private static TerminationHold hold(String permitNumber, String bin, String passport) {
        TerminationHold h = new TerminationHold();
        h.holdId = UUID.randomUUID();
        h.permitNumber = permitNumber;
        h.employerBin = bin;
        h.workerDocumentNumber = passport;
        h.placedAt = Instant.parse("2026-12-01T04:00:00Z");
        return h;
    }

    @Test
    @Verifies("permit.termination.hold-covers-worker")
    void coversThePermitOrTheWorkerAtTheSameEmployer() {
        PermitApplication p = permit();
        assertTrue(hold("WP-2026-000123", null, null).covers(p));
        assertTrue(hold(null, "120640004563", "z7512345").covers(p));
        assertFalse(hold(null, "190840000283", "Z7512345").covers(p));
        assertFalse(hold("WP-2026-000124", "120640004563", "Z7512346").covers(p));
    }

    @Test
    @Verifies("permit.termination.held-while-inspected")
    void refusesTheEmployersReportOfReturnWhileAHoldIsInForce() {
        PermitApplication p = permit();
        List<TerminationHold> holds = List.of(hold(p.permitNumber, null, null));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> TerminationHold.refuseIfHeld(p, Roles.EMPLOYER, holds));
        assertEquals(TerminationHold.HELD, refused.type());
        assertDoesNotThrow(() -> TerminationHold.refuseIfHeld(p, Roles.OFFICER, holds));
    }

    @Test
    @Verifies("permit.termination.held-while-inspected")
    void aLiftedHoldHoldsNothing() {
        PermitApplication p = permit();
        TerminationHold lifted = hold(p.permitNumber, null, null);
        lifted.liftedAt = Instant.parse("2026-12-03T04:00:00Z");
        TerminationHold liftedBeforePlaced = new TerminationHold();
        liftedBeforePlaced.permitNumber = p.permitNumber;
        liftedBeforePlaced.liftedAt = Instant.parse("2026-12-03T04:00:00Z");
        assertDoesNotThrow(() -> TerminationHold.refuseIfHeld(p, Roles.EMPLOYER, List.of(lifted, liftedBeforePlaced)));
    }
}
