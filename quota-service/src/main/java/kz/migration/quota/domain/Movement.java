package kz.migration.quota.domain;

import kz.migration.common.rules.Rule;

/**
 * What one ledger row records. Saga movements have fixed deltas, and the same deltas move the balance and write its
 * ledger row, so the balance is always the sum of its rows; ministry movements carry their own allocated delta.
 */
@Rule("quota.ledger.balance-derivable")
public enum Movement {

    ALLOCATION(0, 0, 0), REALLOCATION(0, 0, 0), RESERVE(0, 1, 0), CONSUME(0, -1, 1), RELEASE(0, -1, 0);

    private final int allocatedDelta;
    private final int reservedDelta;
    private final int usedDelta;

    Movement(int allocatedDelta, int reservedDelta, int usedDelta) {
        this.allocatedDelta = allocatedDelta;
        this.reservedDelta = reservedDelta;
        this.usedDelta = usedDelta;
    }

    public int allocatedDelta() {
        return allocatedDelta;
    }

    public int reservedDelta() {
        return reservedDelta;
    }

    public int usedDelta() {
        return usedDelta;
    }
}
