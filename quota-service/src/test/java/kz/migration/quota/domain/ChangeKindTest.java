package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class ChangeKindTest {

    @Test
    @Verifies("quota.decisions.idempotency-key-required")
    void plansAndReallocationsNeedAnIdempotencyKey() {
        assertTrue(ChangeKind.REALLOCATION.requiresIdempotencyKey());
        assertTrue(ChangeKind.PLAN.requiresIdempotencyKey());
    }

    @Test
    @Verifies("quota.decisions.idempotency-key-required")
    void anAdjustmentIsGuardedByItsBalancesVersionInstead() {
        assertFalse(ChangeKind.ADJUSTMENT.requiresIdempotencyKey());
    }
}
