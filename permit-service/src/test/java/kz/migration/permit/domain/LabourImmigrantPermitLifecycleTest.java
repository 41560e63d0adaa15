package kz.migration.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitLapsed;
import kz.migration.common.event.permit.PermitRenewed;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Verifies;
import kz.migration.permit.domain.LabourImmigrantFinding.Ground;

/** A labour-immigrant permit from its request to its end, as plain objects. */
class LabourImmigrantPermitLifecycleTest {

    static final ZoneId ALMATY_TIME = ZoneId.of("Asia/Almaty");
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
    static final BigDecimal THREE_MONTHS = new BigDecimal("51900.00");

    static LabourImmigrantPermit requested(IssuingAuthority authority) {
        return LabourImmigrantPermit.request(UUID.randomUUID(),
                new LabourImmigrantPermit.Worker("Aziz Karimov", "UZ", "FA7345120", DAY.plusYears(3), null),
                "750000000", "9111", 3, TaxResidency.NON_RESIDENT, authority, DAY, NOW);
    }

    static LabourImmigrantPermit approved() {
        LabourImmigrantPermit permit = requested(IssuingAuthority.LOCAL_EXECUTIVE_BODY);
        permit.answerAgreement(InternalAffairsAgreement.AGREED, null, NOW);
        permit.decide(LocalExecutiveDecision.APPROVED, null, "officer-750000000", NOW);
        return permit;
    }

    static TaxDue due(LabourImmigrantPermit permit) {
        return permit.taxFallsDue("LIT-2026-00000001", 2026, THREE_MONTHS, DAY.plusDays(14), NOW);
    }

    static TaxPayment payment(String amount, LocalDate paidOn) {
        return new TaxPayment("KZPAY-" + UUID.randomUUID(), new BigDecimal(amount),
                paidOn.atTime(10, 0).atZone(ALMATY_TIME).toInstant());
    }

    @Test
    @Verifies("permit.labour-immigrant.internal-affairs-agreement")
    void theLocalExecutiveBodyApprovesOnlyAfterTheInternalAffairsAgree() {
        LabourImmigrantPermit permit = requested(IssuingAuthority.LOCAL_EXECUTIVE_BODY);
        assertEquals(LabourImmigrantPermitStatus.AWAITING_AGREEMENT, permit.status);
        assertEquals(Ground.NOT_AGREED, permit.refusalOf(LocalExecutiveDecision.APPROVED).orElseThrow().ground());

        assertTrue(permit.answerAgreement(InternalAffairsAgreement.NOT_AGREED, "entry ban on record", NOW));
        assertEquals(LabourImmigrantPermitStatus.AWAITING_DECISION, permit.status);
        LabourImmigrantFinding notAgreed = permit.refusalOf(LocalExecutiveDecision.APPROVED).orElseThrow();
        assertTrue(notAgreed.detail().contains("entry ban on record"), notAgreed.detail());
        assertEquals(Optional.empty(), permit.refusalOf(LocalExecutiveDecision.REFUSED));

        assertTrue(permit.decide(LocalExecutiveDecision.REFUSED, "internal affairs disagree", "officer", NOW));
        assertEquals(LabourImmigrantPermitStatus.REFUSED, permit.status);
        assertEquals(List.of("INTERNAL_AFFAIRS_NOT_AGREED"), permit.refusedByDecision(NOW).grounds());
    }

    @Test
    @Verifies("permit.labour-immigrant.internal-affairs-agreement")
    void answersAndDecisionsRepeatedAreNoOpsAndChangedAreConflicts() {
        LabourImmigrantPermit permit = approved();
        assertEquals(LabourImmigrantPermitStatus.AWAITING_TAX, permit.status);
        assertFalse(permit.answerAgreement(InternalAffairsAgreement.AGREED, null, NOW));
        assertFalse(permit.decide(LocalExecutiveDecision.APPROVED, null, "officer", NOW));
        assertThrows(ProblemException.class,
                () -> permit.answerAgreement(InternalAffairsAgreement.NOT_AGREED, "changed mind", NOW));
        assertThrows(ProblemException.class, () -> permit.decide(LocalExecutiveDecision.REFUSED, "no", "o", NOW));
        // A request filed with the migration police waits for no agreement.
        LabourImmigrantPermit police = requested(IssuingAuthority.MIGRATION_POLICE);
        assertThrows(ProblemException.class,
                () -> police.answerAgreement(InternalAffairsAgreement.AGREED, null, NOW));
    }

    @Test
    @Verifies({"permit.labour-immigrant.tax-confirmed-by-gateway", "permit.labour-immigrant.quota"})
    void onlyTheGatewaysPaymentOfTheAmountDueAsksForTheQuotaUnit() {
        LabourImmigrantPermit permit = approved();
        TaxDue due = due(permit);
        assertEquals(TaxDueStatus.DUE, due.status);
        assertNull(permit.reservationId, "nothing is reserved before the tax is paid");

        assertEquals(List.of(Ground.TAX_AMOUNT_MISMATCH),
                grounds(due.refusalsOf(payment("51899.99", DAY), ALMATY_TIME)));
        assertEquals(List.of(), due.refusalsOf(payment("51900.00", DAY), ALMATY_TIME));

        TaxPayment paid = payment("51900.00", DAY.plusDays(1));
        PermitApproved reservation = permit.taxPaid(due, paid, DAY.plusDays(1), NOW);
        assertEquals(LabourImmigrantPermitStatus.PENDING_QUOTA, permit.status);
        assertEquals(TaxDueStatus.PAID, due.status);
        assertTrue(due.confirmedBy(paid));
        assertEquals("LABOUR_IMMIGRANT", reservation.category());
        assertEquals("LABOUR_IMMIGRANT", reservation.purpose());
        assertEquals(permit.reservationId, reservation.reservationId());
        assertEquals(2026, reservation.year());
        assertNull(reservation.employerBin());
        assertThrows(ProblemException.class, () -> permit.taxPaid(due, payment("51900.00", DAY), DAY, NOW));
    }

    @Test
    @Verifies("permit.labour-immigrant.quota")
    void theQuotaYearIsTheYearTheTaxIsConfirmedAndThePermitStarts() {
        LabourImmigrantPermit permit = approved();
        TaxDue due = permit.taxFallsDue("LIT-2026-00000002", 2026, THREE_MONTHS, LocalDate.of(2027, 1, 12), NOW);
        PermitApproved reservation = permit.taxPaid(due, payment("51900.00", LocalDate.of(2027, 1, 5)),
                LocalDate.of(2027, 1, 5), NOW);
        assertEquals(2027, reservation.year());
        permit.quotaRejected("no unit left", NOW);
        assertEquals(LabourImmigrantPermitStatus.REFUSED, permit.status);
        assertTrue(permit.refusalReason.startsWith("QUOTA_EXHAUSTED"), permit.refusalReason);
    }

    @Test
    @Verifies("permit.labour-immigrant.not-tied-to-employer")
    void theIssuedPermitBelongsToTheWorkerAndNamesNoEmployer() {
        LabourImmigrantPermit permit = approved();
        permit.taxPaid(due(permit), payment("51900.00", DAY), DAY, NOW);
        PermitIssued issued = permit.issue("LI-2026-000007", DAY, NOW);
        assertEquals(LabourImmigrantPermitStatus.ISSUED, permit.status);
        assertEquals("LABOUR_IMMIGRANT", issued.kind());
        assertNull(issued.employerBin());
        assertNull(issued.vacancyId());
        assertNull(issued.salary());
        assertEquals("FA7345120", issued.workerDocumentNumber());
        assertEquals(DAY, issued.validFrom());
        assertEquals(DAY.plusMonths(3).minusDays(1), issued.validTo());
        assertNull(issued.sex(), "a request that does not state the worker's sex issues a permit without it");
    }

    @Test
    @Verifies("permit.worker-sex.statistics-only")
    void theWorkersSexStatedInTheRequestGoesToTheStatisticsWithThePermit() {
        LabourImmigrantPermit permit = LabourImmigrantPermit.request(UUID.randomUUID(),
                new LabourImmigrantPermit.Worker("Dilnoza Rashidova", "UZ", "FA7345121", DAY.plusYears(3), null,
                        kz.migration.common.domain.Sex.FEMALE),
                "750000000", "9111", 3, TaxResidency.NON_RESIDENT, IssuingAuthority.LOCAL_EXECUTIVE_BODY, DAY, NOW);
        permit.answerAgreement(InternalAffairsAgreement.AGREED, null, NOW);
        permit.decide(LocalExecutiveDecision.APPROVED, null, "officer-750000000", NOW);
        permit.taxPaid(due(permit), payment("51900.00", DAY), DAY, NOW);
        assertEquals("FEMALE", permit.issue("LI-2026-000010", DAY, NOW).sex());
    }

    @Test
    @Verifies("permit.labour-immigrant.unpaid-lapses")
    void anUnpaidRequestLapsesAfterTheDueDateAndTheGracePeriod() {
        LabourImmigrantPermit permit = requested(IssuingAuthority.MIGRATION_POLICE);
        TaxDue due = permit.taxFallsDue("LIT-2025-00000003", 2026, THREE_MONTHS, DAY, NOW);
        assertEquals(List.of(Ground.TAX_OVERDUE), grounds(due.refusalsOf(payment("51900.00", DAY.plusDays(1)),
                ALMATY_TIME)));
        assertEquals(Optional.empty(), permit.lapseUnpaid(due, DAY.plusDays(1), 1, NOW));
        assertEquals(LabourImmigrantPermitStatus.AWAITING_TAX, permit.status);
        PermitLapsed lapsed = permit.lapseUnpaid(due, DAY.plusDays(2), 1, NOW).orElseThrow();
        assertEquals(LabourImmigrantPermitStatus.LAPSED, permit.status);
        assertEquals(TaxDueStatus.LAPSED, due.status);
        assertNull(lapsed.reservationId(), "no unit was reserved, none is released");
        assertEquals(Optional.empty(), permit.lapseUnpaid(due, DAY.plusDays(3), 1, NOW));
        assertThrows(ProblemException.class, () -> permit.taxPaid(due, payment("51900.00", DAY), DAY, NOW));
    }

    @Test
    @Verifies({"permit.labour-immigrant.unpaid-lapses", "permit.labour-immigrant.tax-confirmed-by-gateway"})
    void anExtensionRunsLongerOnceItsTaxIsPaidAndLapsesAloneWhenUnpaid() {
        LabourImmigrantPermit permit = approved();
        permit.taxPaid(due(permit), payment("51900.00", DAY), DAY, NOW);
        permit.issue("LI-2026-000008", DAY, NOW);

        TaxDue unpaid = permit.extensionFallsDue("LIT-2026-00000004", 1, TaxResidency.NON_RESIDENT, 2026,
                new BigDecimal("17300.00"), DAY.plusDays(14), NOW);
        assertEquals(Optional.empty(), permit.lapseUnpaid(unpaid, DAY.plusDays(16), 1, NOW));
        assertEquals(TaxDueStatus.LAPSED, unpaid.status);
        assertEquals(LabourImmigrantPermitStatus.ISSUED, permit.status);
        assertEquals(3, permit.months);

        TaxDue extension = permit.extensionFallsDue("LIT-2026-00000005", 2, TaxResidency.RESIDENT, 2026,
                new BigDecimal("34600.00"), DAY.plusDays(20), NOW);
        PermitRenewed renewed = permit.extensionPaid(extension, payment("34600.00", DAY.plusDays(20)), NOW);
        assertEquals(5, permit.months);
        assertEquals(DAY.plusMonths(5).minusDays(1), permit.validTo);
        assertEquals(DAY.plusMonths(3), renewed.validFrom());
        assertEquals(permit.validTo, renewed.validTo());
        assertNull(renewed.employerBin());
    }

    @Test
    void theStatusTableRefusesIllegalMoves() {
        LabourImmigrantPermit permit = requested(IssuingAuthority.MIGRATION_POLICE);
        assertThrows(ProblemException.class, () -> permit.issue("LI-2026-000009", DAY, NOW));
        assertThrows(ProblemException.class, () -> permit.moveTo(LabourImmigrantPermitStatus.EXPIRED));
        assertEquals(LabourImmigrantPermitStatus.LIVE,
                java.util.EnumSet.of(LabourImmigrantPermitStatus.AWAITING_AGREEMENT,
                        LabourImmigrantPermitStatus.AWAITING_DECISION, LabourImmigrantPermitStatus.AWAITING_TAX,
                        LabourImmigrantPermitStatus.PENDING_QUOTA, LabourImmigrantPermitStatus.ISSUED));
    }

    static List<Ground> grounds(List<LabourImmigrantFinding> findings) {
        return findings.stream().map(LabourImmigrantFinding::ground).toList();
    }
}
