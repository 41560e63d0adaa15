package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.rules.Verifies;

class BalanceTest {

    private static final QuotaKey KEY = new QuotaKey(2026, "750000000", PermitCategory.CATEGORY_3);

    private static Balance balance(int allocated, int reserved, int used) {
        return new Balance(KEY, allocated, reserved, used, 0, 4);
    }

    @Test
    @Verifies("quota.never-over-issue")
    void aBalanceIsNeverMoreReservedAndUsedThanAllocated() {
        assertThrows(IllegalStateException.class, () -> balance(10, 6, 5));
        assertThrows(IllegalStateException.class, () -> balance(10, -1, 0));
        Balance full = balance(10, 6, 4);
        assertEquals(0, full.free());
        assertFalse(full.hasFree(1));
        assertTrue(balance(10, 6, 3).hasFree(1));
        assertEquals(100, full.utilisationPercent());
    }

    @Test
    @Verifies("quota.allocation-not-below-committed")
    void anAllocationMayGoDownToWhatIsReservedAndUsedButNotBelow() {
        Balance balance = balance(20, 2, 7);
        assertEquals(9, balance.committed());
        assertTrue(balance.admits(9));
        assertTrue(balance.admits(500));
        assertFalse(balance.admits(8));
    }

    @Test
    @Verifies("quota.decisions.if-match")
    void anAdjustmentNamesTheBalancesVersion() {
        Balance balance = balance(20, 2, 7);
        assertEquals("4", balance.etag());
        assertSame(ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ProblemException.class, () -> balance.checkIfMatch(null)).type());
        assertSame(ProblemType.STALE_VERSION,
                assertThrows(ProblemException.class, () -> balance.checkIfMatch("\"3\"")).type());
        assertSame(ProblemType.STALE_VERSION,
                assertThrows(ProblemException.class, () -> balance.checkIfMatch("not-a-version")).type());
        assertDoesNotThrow(() -> balance.checkIfMatch("\"4\""));
        assertDoesNotThrow(() -> balance.checkIfMatch("W/\"4\""));
    }
}
