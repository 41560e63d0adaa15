package kz.migration.permit.domain;

import static kz.migration.permit.domain.Rules2025.RENEWALS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.rules.Verifies;

/** Renewal: the 60-to-30-day window, the limits of each category, the passport and the ban. */
class RenewalPolicyTest {

    private static final LocalDate VALID_FROM = LocalDate.of(2026, 1, 12);

    private static List<PermitRefusalGround> grounds(PermitApplication permit, LocalDate on) {
        return RENEWALS.check(permit, on, Optional.empty()).stream().map(Finding::ground).toList();
    }

    /** A permit of {@code category} renewed {@code times} times, asked again 45 days before its last day. */
    private static List<PermitRefusalGround> renewedTimes(PermitCategory category, int times) {
        PermitApplication permit = Rules2025.permit(category, VALID_FROM);
        permit.renewalCount = times;
        permit.validTo = VALID_FROM.plusDays(365L * (times + 1) - 1);
        return grounds(permit, permit.validTo.minusDays(45));
    }

    @Test
    @Verifies("permit.renewal.window")
    void aRenewalIsAskedForSixtyToThirtyDaysBeforeTheLastDay() {
        PermitApplication permit = Rules2025.permit(PermitCategory.CATEGORY_3, VALID_FROM);
        assertEquals(List.of(PermitRefusalGround.RENEWAL_OUTSIDE_WINDOW),
                grounds(permit, permit.validTo.minusDays(61)));
        assertEquals(List.of(), grounds(permit, permit.validTo.minusDays(60)));
        assertEquals(List.of(), grounds(permit, permit.validTo.minusDays(30)));
        Finding late = RENEWALS.check(permit, permit.validTo.minusDays(29), Optional.empty()).get(0);
        assertEquals(permit.validTo.minusDays(60).toString(), late.facts().get("windowOpens"));
        assertEquals(permit.validTo.minusDays(30).toString(), late.facts().get("windowCloses"));
    }

    @Test
    @Verifies("permit.renewal.limits")
    void categoriesTwoAndThreeRenewThreeTimes() {
        for (PermitCategory category : List.of(PermitCategory.CATEGORY_2, PermitCategory.CATEGORY_3)) {
            assertEquals(List.of(), renewedTimes(category, 2), category.name());
            assertEquals(List.of(PermitRefusalGround.RENEWAL_NOT_ALLOWED), renewedTimes(category, 3), category.name());
        }
    }

    @Test
    @Verifies("permit.renewal.limits")
    void categoryOneRenewsUpToThreeYearsInTotal() {
        assertEquals(List.of(), renewedTimes(PermitCategory.CATEGORY_1, 1));
        List<Finding> third = RENEWALS.check(renewed(PermitCategory.CATEGORY_1, 2),
                renewed(PermitCategory.CATEGORY_1, 2).validTo.minusDays(45), Optional.empty());
        assertTrue(third.stream().allMatch(f -> f.ground() == PermitRefusalGround.RENEWAL_NOT_ALLOWED));
        assertTrue(third.stream().anyMatch(f -> Integer.valueOf(1095).equals(f.facts().get("maxTotalDays"))));
    }

    private static PermitApplication renewed(PermitCategory category, int times) {
        PermitApplication permit = Rules2025.permit(category, VALID_FROM);
        permit.renewalCount = times;
        permit.validTo = VALID_FROM.plusDays(365L * (times + 1) - 1);
        return permit;
    }

    @Test
    @Verifies("permit.renewal.limits")
    void skilledWorkersAndSeasonalPermitsAreNeverRenewedATransferOnce() {
        assertEquals(List.of(PermitRefusalGround.RENEWAL_NOT_ALLOWED), renewedTimes(PermitCategory.CATEGORY_4, 0));
        assertEquals(List.of(PermitRefusalGround.RENEWAL_NOT_ALLOWED), renewedTimes(PermitCategory.SEASONAL, 0));
        assertEquals(List.of(), renewedTimes(PermitCategory.INTRA_CORPORATE_TRANSFER, 0));
        assertEquals(List.of(PermitRefusalGround.RENEWAL_NOT_ALLOWED),
                renewedTimes(PermitCategory.INTRA_CORPORATE_TRANSFER, 1));
    }

    @Test
    @Verifies("permit.renewal.limits")
    void theRenewedTermStartsTheDayAfterTheLastDay() {
        PermitApplication permit = Rules2025.permit(PermitCategory.CATEGORY_3, VALID_FROM);
        PermitRenewal renewal = PermitRenewal.request(permit, RENEWALS, LocalDate.of(2026, 11, 30),
                java.time.Instant.parse("2026-11-27T05:00:00Z"));
        assertEquals(permit.validTo.plusDays(1), renewal.newValidFrom);
        assertEquals(permit.validTo.plusDays(365), renewal.newValidTo);
        assertEquals(2027, renewal.quotaYear());
    }

    @Test
    @Verifies({"permit.passport.valid-through-term", "permit.ban.twelve-months"})
    void thePassportMustCoverTheRenewedTermAndABannedEmployerRenewsNothing() {
        PermitApplication permit = Rules2025.permit(PermitCategory.CATEGORY_3, VALID_FROM);
        permit.workerPassportExpiry = permit.validTo.plusDays(100);
        LocalDate on = permit.validTo.minusDays(45);
        List<Finding> findings = RENEWALS.check(permit, on, Optional.of(new Ban("WP-2026-000009",
                RevocationGround.FORGED_DOCUMENTS, on.plusMonths(6))));
        assertEquals(List.of(PermitRefusalGround.PASSPORT_EXPIRES_DURING_TERM, PermitRefusalGround.EMPLOYER_BANNED),
                findings.stream().map(Finding::ground).toList());
    }
}
