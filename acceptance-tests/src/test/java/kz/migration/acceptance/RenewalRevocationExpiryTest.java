package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11, scenario 3, driven by the clock: of two permits issued the same day, one is renewed inside its
 * 60-to-30-day window (a unit of the renewal year reserved and consumed) and the other expires by the scheduled
 * job; the renewed one is then revoked, which bans the employer: a new application is refused through the last
 * day of the 12 months and accepted the day after. Runs last: it moves every service's clock about two years on.
 */
@Order(99)
class RenewalRevocationExpiryTest extends Scenario {

    private static final String CATEGORY = "CATEGORY_2";

    @Test
    void permitIsRenewedAnotherExpiresAndRevocationBansTheEmployerForTwelveMonths() {
        String bin = Identifiers.bin();
        String employer = employer(bin);
        String officer = officer(KARAGANDA);
        String vacancyId = postVacancy(employer, KARAGANDA, 3);
        passLabourMarketTest(employer, vacancyId);
        int year = today().getYear();
        allocateQuota(year, CATEGORY, Map.of(KARAGANDA, 5), "Acceptance: Karaganda");

        JsonNode renewed = issuePermit(employer, application(vacancyId, KARAGANDA, CATEGORY, Identifiers.passport()));
        String expiringPassport = Identifiers.passport();
        JsonNode expiring = issuePermit(employer, application(vacancyId, KARAGANDA, CATEGORY, expiringPassport));
        String renewedNumber = renewed.get("permitNumber").asText();
        String expiringNumber = expiring.get("permitNumber").asText();
        LocalDate validTo = LocalDate.parse(renewed.get("validTo").asText());
        assertEquals(validTo.toString(), expiring.get("validTo").asText());
        step("two permits issued, valid to " + validTo);

        // Renewal: not before the window opens 60 days before the last day.
        expectRefusal("renewal-outside-window", permits.applyForRenewal(employer, renewedNumber));
        // The renewal year needs its own quota: a unit of the year the renewed term starts in is reserved.
        int renewalYear = validTo.plusDays(1).getYear();
        if (renewalYear != year) {
            allocateQuota(renewalYear, CATEGORY, Map.of(KARAGANDA, 5), "Acceptance: Karaganda, renewal year");
        }
        advanceTo(validTo.minusDays(45));
        JsonNode renewal = expect(201, permits.applyForRenewal(employer, renewedNumber));
        assertEquals("SUBMITTED", renewal.get("status").asText(), renewal::toString);
        assertNotNull(renewal.get("decisionDeadline"), renewal::toString);
        String renewalId = renewal.get("id").asText();
        assertEquals("APPROVED", expect(200, permits.approveRenewal(officer, renewalId)).get("status").asText());
        JsonNode done = eventuallyJson("renewal through the quota saga", () -> permits.renewal(employer, renewalId),
                view -> "RENEWED".equals(view.path("status").asText()));
        LocalDate renewedTo = LocalDate.parse(done.get("newValidTo").asText());
        assertEquals(validTo.plusDays(365), renewedTo);
        JsonNode extended = expect(200, permits.permit(employer, renewedNumber));
        assertEquals(renewedTo.toString(), extended.get("validTo").asText(), extended::toString);
        assertEquals(1, extended.get("renewalCount").asInt(), extended::toString);
        eventuallyJson("renewal unit consumed", () -> quotas.balance(ministry, renewalYear, KARAGANDA, CATEGORY),
                view -> view.path("used").asInt() == 1 && view.path("reserved").asInt() == 0);
        step("renewed to " + renewedTo + "; a unit of " + renewalYear + " used");

        // The day after the last day, the lifecycle job expires the permit that was not renewed.
        advanceTo(validTo.plusDays(1));
        eventuallyJson("permit expired", () -> permits.permit(employer, expiringNumber),
                view -> "EXPIRED".equals(view.path("status").asText()));
        assertEquals("EXPIRED", expect(200, permits.publicStatus(expiringNumber, expiringPassport)).get("status")
                .asText());
        assertEquals("ISSUED", expect(200, permits.permit(employer, renewedNumber)).get("status").asText());
        step(expiringNumber + " expired; " + renewedNumber + " still issued");

        // Revocation for a violation (here: work other than the permit's) bans the employer for 12 months, counting
        // today; grounds that are no violation, such as the employer's liquidation, ban nobody.
        JsonNode revoked = expect(200, permits.revoke(officer, renewedNumber, "WORK_NOT_MATCHING_PERMIT",
                "Acceptance: worker employed outside the permitted occupation"));
        assertEquals("REVOKED", revoked.get("status").asText(), revoked::toString);
        LocalDate bannedUntil = LocalDate.parse(revoked.get("bannedUntil").asText());
        assertEquals(today().plusMonths(12).minusDays(1), bannedUntil);
        JsonNode refused = expectRefusal("employer-banned", permits.submit(employer,
                application(vacancyId, KARAGANDA, CATEGORY, Identifiers.passport())));
        assertEquals(bannedUntil.toString(), refused.get("bannedUntil").asText(), refused::toString);
        step(renewedNumber + " revoked; employer banned through " + bannedUntil);

        // Still banned on the last day of the ban ...
        advanceTo(bannedUntil);
        expectRefusal("employer-banned", permits.submit(employer,
                application(vacancyId, KARAGANDA, CATEGORY, Identifiers.passport())));
        // ... and free to apply the day after.
        advanceTo(bannedUntil.plusDays(1));
        JsonNode accepted = expect(201, permits.submit(employer,
                application(vacancyId, KARAGANDA, CATEGORY, Identifiers.passport())));
        assertEquals("SUBMITTED", accepted.get("status").asText(), accepted::toString);
        step("refused on " + bannedUntil + ", application accepted on " + bannedUntil.plusDays(1));
    }

    /** Moves every service's clock forward to the start of {@code day} (never backwards). */
    private void advanceTo(LocalDate day) {
        long days = ChronoUnit.DAYS.between(today(), day);
        if (days > 0) {
            stack.advanceClocks("P" + days + "D");
        }
        assertEquals(day, today());
    }
}
