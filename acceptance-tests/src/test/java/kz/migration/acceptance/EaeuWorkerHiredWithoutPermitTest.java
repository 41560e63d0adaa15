package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 20, defect a: a citizen of a member state of the Eurasian Economic Union (here Kyrgyzstan) works in Kazakhstan
 * without a work permit and outside the quota (EAEU Treaty, art. 97). The employer who applies for a permit anyway is
 * told so by a named refusal; the labour contract is registered with no permit, the worker's citizenship on record,
 * and logged in the hash-chained registry like any other. A worker from outside the Union still needs a permit, and
 * naming a permit for the EAEU citizen is refused rather than ignored.
 */
@Order(4)
class EaeuWorkerHiredWithoutPermitTest extends Scenario {

    private static final String KYRGYZSTAN = "KG";
    private static final String UZBEKISTAN = "UZ";

    @Test
    void eaeuCitizenIsHiredWithoutPermitAndTheContractIsRegisteredAndLogged() {
        String bin = Identifiers.bin();
        String employer = employer(bin);
        String passport = Identifiers.passport();
        LocalDate today = today();

        // The employer applies for a work permit: refused, because the worker needs none.
        JsonNode refused = expectRefusal("eaeu-citizen-needs-no-permit",
                permits.submit(employer, new Permits.Application(UUID.randomUUID().toString(), ALMATY, "CATEGORY_3",
                        OCCUPATION, "Aibek Toktogulov", KYRGYZSTAN, passport, today.plusYears(5), "550000.00")));
        assertTrue(rules(refused).contains("permit.eaeu.no-permit"), refused::toString);
        assertEquals(KYRGYZSTAN, refused.get("citizenship").asText(), refused::toString);
        step("permit application refused: eaeu-citizen-needs-no-permit");

        // The contract is registered without a permit.
        Contracts.Draft contract = new Contracts.Draft("Aibek Toktogulov", passport, KYRGYZSTAN, null,
                "Software developer", OCCUPATION, ALMATY, today, today.plusYears(1).minusDays(1), "400000.00", 40,
                today);
        JsonNode view = expect(201, contracts.register(employer, contract));
        String contractId = view.get("id").asText();
        assertEquals("ACTIVE", view.get("status").asText(), view::toString);
        assertEquals(KYRGYZSTAN, view.get("worker").get("citizenship").asText(), view::toString);
        assertTrue(absent(view, "permitNumber"), view::toString);
        assertEquals(bin, view.get("employerBin").asText(), view::toString);
        assertFalse(view.get("late").asBoolean(), view::toString);
        step("contract " + view.get("contractNumber").asText() + " registered without a permit");

        // It is logged in the registry as usual, and the chain still verifies.
        awaitRegisteredInIntactLog(contractId);
        JsonNode lookup = expect(200, contracts.publicLookup(view.get("contractNumber").asText(), passport));
        assertEquals("ACTIVE", lookup.get("status").asText(), lookup::toString);
        step("registry entry chained, log intact, public lookup ACTIVE");

        // Outside the Union a permit is still required ...
        expectRefusal("permit-required",
                contracts.register(employer, contract.forWorker("Bekzod Aliyev", Identifiers.passport(), UZBEKISTAN)));
        // ... and a permit named for an EAEU citizen is refused: the right to work does not rest on it.
        Contracts.Draft naming = contract.forWorker("Nurlan Asanov", Identifiers.passport(), KYRGYZSTAN)
                .onPermit("WP-" + today.getYear() + "-000001");
        expectRefusal("eaeu-citizen-needs-no-permit", contracts.register(employer, naming));
        step("a worker from Uzbekistan needs a permit; a permit named for the EAEU citizen is refused");
    }

    private static List<String> rules(JsonNode refusal) {
        List<String> rules = new ArrayList<>();
        refusal.path("findings").forEach(finding -> rules.add(finding.path("rule").asText()));
        return rules;
    }
}
