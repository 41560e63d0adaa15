package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.rules.Verifies;

class MovementTest {

    private static final QuotaKey KEY = new QuotaKey(2026, "750000000", PermitCategory.SEASONAL);

    /** The balance after a saga movement, as its ledger row's deltas say. */
    private static Balance after(Balance balance, Movement movement) {
        return new Balance(KEY, balance.allocated() + movement.allocatedDelta(),
                balance.reserved() + movement.reservedDelta(), balance.used() + movement.usedDelta(), 0, 1);
    }

    @Test
    @Verifies("quota.ledger.balance-derivable")
    void reservingTakesAFreeUnitConsumingMakesItUsedAndReleasingFreesIt() {
        Balance balance = new Balance(KEY, 3, 0, 0, 0, 1);
        Balance reserved = after(balance, Movement.RESERVE);
        assertEquals(2, reserved.free());
        assertEquals(1, reserved.reserved());
        Balance used = after(reserved, Movement.CONSUME);
        assertEquals(2, used.free());
        assertEquals(0, used.reserved());
        assertEquals(1, used.used());
        Balance released = after(after(used, Movement.RESERVE), Movement.RELEASE);
        assertEquals(used, released);
    }

    @Test
    @Verifies("quota.ledger.balance-derivable")
    void ministryMovementsChangeOnlyTheAllocationByTheirOwnRow() {
        for (Movement movement : new Movement[]{Movement.ALLOCATION, Movement.REALLOCATION}) {
            assertEquals(0, movement.reservedDelta(), movement.name());
            assertEquals(0, movement.usedDelta(), movement.name());
        }
    }
}
