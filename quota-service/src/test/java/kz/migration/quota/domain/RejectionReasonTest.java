package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class RejectionReasonTest {

    @Test
    @Verifies("quota.saga.rejection-named")
    void anApprovalWithoutAFreeUnitIsRefusedAsExhaustedOrAsHavingNoQuota() {
        assertEquals(RejectionReason.QUOTA_EXHAUSTED, RejectionReason.of(true));
        assertEquals(RejectionReason.NO_QUOTA_ALLOCATED, RejectionReason.of(false));
    }
}
