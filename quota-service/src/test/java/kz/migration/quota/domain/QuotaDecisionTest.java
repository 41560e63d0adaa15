package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class QuotaDecisionTest {

    private static final Instant NOW = Instant.parse("2026-05-04T05:00:00Z");

    @Test
    @Verifies("quota.decisions.audited")
    void aDecisionStatesWhyWhoAndWhen() {
        QuotaDecision decision = QuotaDecision.of(ChangeKind.REALLOCATION, 2026, 4, "  Order No. 131  ",
                "ministry-analyst-7", "ministry", "corr-1", NOW);
        assertEquals("Order No. 131", decision.reason());
        assertEquals("ministry-analyst-7", decision.actor());
        assertEquals(4, decision.planVersion());
        assertEquals(NOW, decision.at());
    }

    @Test
    @Verifies("quota.decisions.audited")
    void aDecisionWithoutAReasonOrAnActorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QuotaDecision.of(ChangeKind.REALLOCATION, 2026, 4, " ",
                "ministry-analyst-7", "ministry", null, NOW));
        assertThrows(IllegalArgumentException.class, () -> QuotaDecision.of(ChangeKind.PLAN, 2026, 1, "Order",
                "", "ministry", null, NOW));
    }
}
