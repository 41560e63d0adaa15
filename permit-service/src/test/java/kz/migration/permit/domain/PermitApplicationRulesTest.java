package kz.migration.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.domain.Sex;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Verifies;

/** The application's own decisions: quota year, start, issue without fee, revocation and its ban, refusal. */
class PermitApplicationRulesTest {

    private static final String BIN = "123456789021";
    private static final Instant NOW = Instant.parse("2026-12-10T05:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    private static PermitApplication underReview(LocalDate start) {
        return Rules2025.application(BIN, TODAY, start);
    }

    @Test
    @Verifies("permit.quota-year.start-year")
    void theQuotaYearIsTheYearThePermitStartsNotTheYearOfTheDecision() {
        PermitApplication application = underReview(LocalDate.of(2027, 1, 15));
        application.approve(TODAY, Optional.of(new BigDecimal("346000.00")), "officer", "officer", NOW, "approved");
        assertEquals(2027, application.quotaYear);
        assertNotNull(application.reservationId);
        assertEquals(PermitApplication.AfterApproval.RESERVE_QUOTA_UNIT, application.afterApproval());
    }

    @Test
    @Verifies("permit.quota-year.start-year")
    void aStartDateThatPassedDuringTheReviewTakesTheApprovalsYear() {
        PermitApplication application = Rules2025.application(BIN, LocalDate.of(2026, 12, 28),
                LocalDate.of(2026, 12, 28));
        assertEquals(2027, application.quotaYearOn(LocalDate.of(2027, 1, 6)));
    }

    @Test
    @Verifies("permit.quota-year.start-year")
    void thePermitStartsOnTheRequestedDateOrOnTheDayItIsPaidForIfLater() {
        PermitApplication early = awaitingFee(LocalDate.of(2027, 1, 15));
        early.issue("WP-2026-000001", TODAY, "gateway", "payment-gateway", NOW, "paid");
        assertEquals(LocalDate.of(2027, 1, 15), early.validFrom);
        assertEquals(LocalDate.of(2028, 1, 14), early.validTo);
        PermitApplication late = awaitingFee(TODAY.minusDays(5));
        late.issue("WP-2026-000002", TODAY, "gateway", "payment-gateway", NOW, "paid");
        assertEquals(TODAY, late.validFrom);
    }

    private static PermitApplication awaitingFee(LocalDate start) {
        PermitApplication application = underReview(start);
        application.approve(TODAY, Optional.of(new BigDecimal("346000.00")), "officer", "officer", NOW, "approved");
        application.awaitFee(TODAY.plusDays(14), "quota-service", "system", NOW, "reserved");
        return application;
    }

    @Test
    @Verifies("permit.worker-sex.statistics-only")
    void theWorkersSexGoesToTheStatisticsAsStatedAndIsNeverGuessed() {
        PermitApplication stated = awaitingFee(TODAY);
        stated.workerSex = Sex.FEMALE;
        stated.issue("WP-2026-000003", TODAY, "gateway", "payment-gateway", NOW, "paid");
        assertEquals("FEMALE", stated.statisticsSex());
        PermitApplication notStated = awaitingFee(TODAY);
        notStated.issue("WP-2026-000004", TODAY, "gateway", "payment-gateway", NOW, "paid");
        assertNull(notStated.statisticsSex(), "a worker whose sex was not stated is counted as not stated");
    }

    @Test
    @Verifies("permit.passport.valid-through-term")
    void aPermitPaidLateIsCheckedAgainstThePassportOnItsRealTerm() {
        PermitApplication application = awaitingFee(TODAY);
        application.workerPassportExpiry = TODAY.plusDays(370);
        assertTrue(application.passportAtIssue(TODAY).isEmpty());
        assertEquals(PermitRefusalGround.PASSPORT_EXPIRES_DURING_TERM,
                application.passportAtIssue(TODAY.plusDays(7)).orElseThrow().ground());
    }

    @Test
    @Verifies({"permit.ict.no-fee", "permit.ict.outside-quota"})
    void anApprovedTransferReservesNoQuotaUnitAndIsIssuedAtOnceWithoutFee() {
        PermitApplication transfer = underReview(TODAY);
        transfer.category = PermitCategory.INTRA_CORPORATE_TRANSFER;
        transfer.termDays = 1095;
        transfer.approve(TODAY, Rules2025.FEES.amount(transfer.category, transfer.region, 1095, TODAY), "officer",
                "officer", NOW, "approved");
        assertNull(transfer.reservationId);
        assertNull(transfer.feeAmount);
        assertEquals(PermitApplication.AfterApproval.ISSUE, transfer.afterApproval());
        transfer.issue("WP-2026-000003", TODAY, "officer", "officer", NOW, "issued on approval");
        assertEquals(PermitStatus.ISSUED, transfer.status);
        assertEquals(TODAY.plusDays(1094), transfer.validTo);
    }

    @Test
    @Verifies("permit.fee.ten-working-days")
    void theFeeIsPaidInFullByTheDueDate() {
        PermitApplication application = awaitingFee(TODAY);
        assertTrue(application.feeMatches(new BigDecimal("346000")));
        assertFalse(application.feeMatches(new BigDecimal("345999.99")));
        assertTrue(application.paidInTime(TODAY.plusDays(14)));
        assertFalse(application.paidInTime(TODAY.plusDays(15)));
        application.lapse("permit-scheduler", "system", NOW);
        assertEquals(PermitStatus.LAPSED, application.status);
        assertThrows(ProblemException.class,
                () -> application.issue("WP-2026-000004", TODAY, "gateway", "payment-gateway", NOW, "paid"));
    }

    @Test
    @Verifies("permit.ban.violations-only")
    void onlyTheViolationsOfTheRulesBan() {
        assertEquals(Set.of(RevocationGround.FORGED_DOCUMENTS, RevocationGround.FOREIGN_WORKER_WITHOUT_PERMIT,
                RevocationGround.WORK_NOT_MATCHING_PERMIT), RevocationGround.banning());
        for (RevocationGround ground : RevocationGround.values()) {
            PermitApplication permit = Rules2025.permit(PermitCategory.CATEGORY_3, TODAY.minusMonths(2));
            permit.revoke(ground, "found on inspection", TODAY, 12, "officer", "officer", NOW);
            assertEquals(PermitStatus.REVOKED, permit.status);
            assertEquals(ground.bansEmployer(), permit.bannedUntil != null, ground.name());
            assertEquals(ground.bansEmployer(), Ban.of(permit, TODAY).isPresent(), ground.name());
        }
    }

    @Test
    @Verifies("permit.ban.twelve-months")
    void theBanRunsTwelveMonthsCountingTheDayOfRevocation() {
        PermitApplication permit = Rules2025.permit(PermitCategory.CATEGORY_3, LocalDate.of(2026, 6, 1));
        permit.revoke(RevocationGround.FOREIGN_WORKER_WITHOUT_PERMIT, "hired without permit",
                LocalDate.of(2026, 12, 1), 12, "officer", "officer", NOW);
        assertEquals(LocalDate.of(2027, 11, 30), permit.bannedUntil);
        assertTrue(Ban.of(permit, LocalDate.of(2027, 11, 30)).isPresent());
        assertTrue(Ban.of(permit, LocalDate.of(2027, 12, 1)).isEmpty());
    }

    @Test
    @Verifies("permit.ban.violations-only")
    void aBanStoredByAnOlderReleaseForANonViolationBansNobody() {
        PermitApplication permit = Rules2025.permit(PermitCategory.CATEGORY_3, LocalDate.of(2026, 6, 1));
        permit.status = PermitStatus.REVOKED;
        permit.revocationGround = RevocationGround.EMPLOYER_LIQUIDATED;
        permit.bannedUntil = LocalDate.of(2027, 11, 30);
        assertTrue(Ban.of(permit, TODAY).isEmpty());
    }

    @Test
    @Verifies("permit.refusal.grounds")
    void aRefusalNamesItsGroundsAndOnlyAnApplicationUnderReviewIsDecided() {
        PermitApplication application = underReview(TODAY);
        assertThrows(IllegalArgumentException.class,
                () -> application.refuseOn(List.of(), "no reason", "officer", "officer", NOW));
        application.refuse(List.of(Finding.of("permit.mfa.document-check", PermitRefusalGround.MFA_DOCUMENT_REJECTED,
                "rejected"),
                Finding.of("permit.mfa.document-check", PermitRefusalGround.MFA_DOCUMENT_REJECTED,
                        "again")),
                "officer", "officer", NOW);
        assertEquals(List.of(PermitRefusalGround.MFA_DOCUMENT_REJECTED), application.grounds());
        ProblemException conflict = assertThrows(ProblemException.class, () -> application.requireUnderReview(false));
        assertEquals(409, conflict.type().status());
    }
}
