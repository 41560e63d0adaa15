package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class ReservationStatusTest {

    @Test
    @Verifies("quota.saga.closed-reservation-unchanged")
    void onlyAHeldReservationIsConsumedOrReleased() {
        assertEquals(Set.of(ReservationStatus.RESERVED), ReservationStatus.CONSUMED.from());
        assertEquals(Set.of(ReservationStatus.RESERVED), ReservationStatus.RELEASED.from());
    }

    @Test
    @Verifies("quota.saga.closed-reservation-unchanged")
    void aStepOnAConsumedReleasedOrRejectedReservationChangesNothing() {
        for (ReservationStatus closed : new ReservationStatus[]{ReservationStatus.CONSUMED,
                ReservationStatus.RELEASED, ReservationStatus.REJECTED}) {
            for (ReservationStatus to : ReservationStatus.values()) {
                assertFalse(to.from().contains(closed), closed + " -> " + to);
            }
        }
        // Nothing moves a reservation back to RESERVED or into REJECTED: those are set when the approval is decided.
        assertEquals(Set.of(), ReservationStatus.RESERVED.from());
        assertEquals(Set.of(), ReservationStatus.REJECTED.from());
    }
}
