package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.permit.PermitExpired;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitLapsed;
import kz.migration.common.event.permit.PermitRefused;
import kz.migration.common.event.permit.PermitRenewed;
import kz.migration.common.event.permit.PermitWithdrawn;
import kz.migration.common.rules.Verifies;

class ReservationStepTest {

    private static final UUID RESERVATION = UUID.randomUUID();
    private static final UUID APPLICATION = UUID.randomUUID();
    private static final String BIN = "123456789012";
    private static final String ALMATY = "750000000";

    private static PermitApproved approval(String category, int year, Instant approvedAt) {
        return new PermitApproved(RESERVATION, APPLICATION, "NEW", BIN, ALMATY, category, year, "UZB", "2512",
                approvedAt);
    }

    @Test
    @Verifies("quota.saga.reserve-consume-release")
    void anIssuedOrRenewedPermitConsumesItsReservation() {
        PermitIssued issued = new PermitIssued("WP-2026-000001", RESERVATION, APPLICATION, UUID.randomUUID(),
                "EMPLOYER", BIN, ALMATY, "CATEGORY_3", "2512", "UZB", "N1234567", LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 2, 28), 2026, null, Instant.now());
        PermitRenewed renewed = new PermitRenewed("WP-2026-000001", RESERVATION, BIN, ALMATY, "CATEGORY_3", "2512",
                LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29), 1, 2027, Instant.now());
        for (EventPayload event : List.of(issued, renewed)) {
            assertEquals(Optional.of(new ReservationStep.Closing(ReservationStep.CONSUME, RESERVATION, null)),
                    ReservationStep.closing(event));
        }
        assertEquals(ReservationStatus.CONSUMED, ReservationStep.CONSUME.status());
        assertEquals(Movement.CONSUME, ReservationStep.CONSUME.movement());
    }

    @Test
    @Verifies("quota.saga.reserve-consume-release")
    void aLapsedWithdrawnOrRefusedApprovalReleasesItsUnitAndSaysWhy() {
        assertEquals("LAPSED", ReservationStep.closing(new PermitLapsed(APPLICATION, RESERVATION, BIN, ALMATY,
                "CATEGORY_3", 2026, Instant.now())).orElseThrow().cause());
        assertEquals("WITHDRAWN", ReservationStep.closing(new PermitWithdrawn(APPLICATION, RESERVATION, BIN, ALMATY,
                "CATEGORY_3", 2026, Instant.now())).orElseThrow().cause());
        ReservationStep.Closing refused = ReservationStep.closing(new PermitRefused(APPLICATION, RESERVATION, BIN,
                ALMATY, "CATEGORY_3", 2026, List.of("MFA_REJECTED_DOCUMENT"), Instant.now())).orElseThrow();
        assertEquals(ReservationStep.RELEASE, refused.step());
        assertEquals("REFUSED", refused.cause());
        assertEquals(ReservationStatus.RELEASED, ReservationStep.RELEASE.status());
        assertEquals(Movement.RELEASE, ReservationStep.RELEASE.movement());
    }

    @Test
    @Verifies("quota.saga.reserve-consume-release")
    void anApprovalReservesAndOtherPermitEventsLeaveTheUnitAsItIs() {
        assertEquals(ReservationStatus.RESERVED, ReservationStep.RESERVE.status());
        assertEquals(Movement.RESERVE, ReservationStep.RESERVE.movement());
        assertEquals(Optional.empty(), ReservationStep.closing(approval("CATEGORY_3", 2026, Instant.now())));
        // An expired (or revoked) permit was issued in its year's quota: its unit stays used.
        assertEquals(Optional.empty(), ReservationStep.closing(new PermitExpired("WP-2026-000001", BIN, ALMATY,
                LocalDate.of(2027, 2, 28))));
    }

    @Test
    @Verifies("quota.year-of-permit-start")
    void theBalanceIsTheOneOfTheYearThePermitStartsNotOfTheApproval() {
        // Approved on 28 December 2026 for a permit that starts in 2027: the 2027 quota.
        PermitApproved approved = approval("CATEGORY_3", 2027, Instant.parse("2026-12-28T06:00:00Z"));
        assertEquals(Optional.of(new QuotaKey(2027, ALMATY, PermitCategory.CATEGORY_3)),
                ReservationStep.balanceFor(approved));
    }

    @Test
    @Verifies("quota.ict-outside-quota")
    void anIntraCorporateTransferApprovalDrawsOnNoBalance() {
        PermitApproved ict = approval("INTRA_CORPORATE_TRANSFER", 2026, Instant.now());
        assertTrue(ReservationStep.outsideQuota(ict));
        assertEquals(Optional.empty(), ReservationStep.balanceFor(ict));
        // A category name the registry does not know is not "outside the quota": it is rejected as unallocated.
        PermitApproved unknown = approval("CATEGORY_9", 2026, Instant.now());
        assertFalse(ReservationStep.outsideQuota(unknown));
        assertEquals(Optional.empty(), ReservationStep.balanceFor(unknown));
    }
}
