package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11, scenario 2: Almaty's CATEGORY_4 quota runs out, the next approval there is refused on QUOTA_EXHAUSTED
 * by the quota saga, the ministry moves free units from Astana, and the same employer's next approval succeeds;
 * the two regions' total never changes and the ledger still explains every balance.
 */
@Order(2)
class QuotaReallocationTest extends Scenario {

    private static final String CATEGORY = "CATEGORY_4";

    @Test
    void exhaustedRegionIsRefusedUntilTheMinistryReallocatesFromAnotherRegion() {
        String bin = Identifiers.bin();
        String employer = employer(bin);
        String vacancyId = postVacancy(employer, ALMATY, 3);
        passLabourMarketTest(employer, vacancyId);
        step("vacancy's labour-market test passed");

        // Approvals reserve a unit of the year the permit starts: today's, the day of the application.
        int year = today().getYear();
        Map<String, Integer> plan = new LinkedHashMap<>();
        plan.put(ALMATY, 1);
        plan.put(ASTANA, 2);
        allocateQuota(year, CATEGORY, plan, "Acceptance: 1 unit in Almaty, 2 in Astana");

        // The only Almaty unit goes to the first worker.
        JsonNode first = issuePermit(employer, application(vacancyId, ALMATY, CATEGORY, Identifiers.passport()));
        eventuallyJson("first unit used", () -> quotas.balance(ministry, year, ALMATY, CATEGORY),
                view -> view.path("used").asInt() == 1);
        step("first permit " + first.get("permitNumber").asText() + " issued; Almaty exhausted");

        // The second approval finds no unit: the saga refuses it on QUOTA_EXHAUSTED and nothing stays reserved.
        JsonNode refused = submitAndApprove(employer, application(vacancyId, ALMATY, CATEGORY, Identifiers.passport()));
        assertEquals("REFUSED", refused.get("status").asText(), refused::toString);
        assertEquals(List.of("QUOTA_EXHAUSTED"), grounds(refused), refused::toString);
        JsonNode almaty = expect(200, quotas.balance(ministry, year, ALMATY, CATEGORY));
        assertEquals(1, almaty.get("allocated").asInt(), almaty::toString);
        assertEquals(0, almaty.get("reserved").asInt(), almaty::toString);
        assertEquals(0, almaty.get("free").asInt(), almaty::toString);
        step("second approval refused: QUOTA_EXHAUSTED");

        // The ministry may move only free units: Astana has 2.
        JsonNode tooMany = expectRefusal("insufficient-free-quota",
                quotas.reallocate(ministry, year, CATEGORY, ASTANA, ALMATY, 3, "Acceptance: more than Astana has"));
        assertEquals(2, tooMany.get("free").asInt(), tooMany::toString);
        JsonNode change = expect(201,
                quotas.reallocate(ministry, year, CATEGORY, ASTANA, ALMATY, 1, "Acceptance: demand in Almaty"));
        assertEquals("REALLOCATION", change.get("kind").asText(), change::toString);
        assertEquals(2, change.get("movements").size(), change::toString);
        JsonNode audited = expect(200, quotas.change(auditor, change.get("changeId").asText()));
        assertEquals("Acceptance: demand in Almaty", audited.get("reason").asText());
        step("ministry moved 1 unit Astana -> Almaty");

        // The employer applies again for the same vacancy: approved, paid, issued.
        JsonNode third = issuePermit(employer, application(vacancyId, ALMATY, CATEGORY, Identifiers.passport()));
        JsonNode almatyAfter = eventuallyJson("reallocated unit used",
                () -> quotas.balance(ministry, year, ALMATY, CATEGORY), view -> view.path("used").asInt() == 2);
        JsonNode astanaAfter = expect(200, quotas.balance(ministry, year, ASTANA, CATEGORY));
        assertEquals(2, almatyAfter.get("allocated").asInt(), almatyAfter::toString);
        assertEquals(0, almatyAfter.get("reserved").asInt(), almatyAfter::toString);
        assertEquals(1, astanaAfter.get("allocated").asInt(), astanaAfter::toString);
        assertEquals(0, astanaAfter.get("used").asInt(), astanaAfter::toString);
        // Conserved: the two regions still hold the 3 units they were given, and no over-issue anywhere.
        assertEquals(3, almatyAfter.get("allocated").asInt() + astanaAfter.get("allocated").asInt());
        for (JsonNode balance : List.of(almatyAfter, astanaAfter)) {
            assertTrue(balance.get("used").asInt() + balance.get("reserved").asInt() <= balance.get("allocated")
                    .asInt(), balance::toString);
        }
        JsonNode ledger = expect(200, quotas.verifyLedger(auditor, year));
        assertTrue(ledger.get("consistent").asBoolean(), ledger::toString);
        step("third permit " + third.get("permitNumber").asText() + " issued; totals conserved, ledger consistent");
    }

    private static List<String> grounds(JsonNode view) {
        List<String> grounds = new java.util.ArrayList<>();
        view.path("refusalGrounds").forEach(ground -> grounds.add(ground.asText()));
        return grounds;
    }
}
