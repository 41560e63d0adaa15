package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11, scenario 4: a labour-immigrant permit is issued to the worker (one LABOUR_IMMIGRANT quota unit); the
 * worker works for one household employer (a private individual, as the law allows), leaves, and goes to another
 * under the same permit.
 * Both contracts are in the registry (the first terminated, the second active), the log verifies, and the
 * permit, not tied to an employer, stays valid without a second quota unit.
 */
@Order(3)
class LabourImmigrantChangesEmployerTest extends Scenario {

    private static final String CATEGORY = "LABOUR_IMMIGRANT";
    private static final String HOUSEHOLD_WORK = "9111";

    @Test
    void labourImmigrantKeepsPermitWhenChangingEmployerAndBothContractsAreRegistered() throws Exception {
        LocalDate today = today();
        int year = today.getYear();
        allocateQuota(year, CATEGORY, Map.of(SHYMKENT, 3), "Acceptance: labour immigrants in Shymkent");

        String passport = Identifiers.passport();
        Permits.LabourImmigrant request = new Permits.LabourImmigrant("Dilshod Yusupov", "UZ", passport,
                today.plusYears(5), null, SHYMKENT, HOUSEHOLD_WORK, 6, "NON_RESIDENT");
        JsonNode issued = issueLabourImmigrantPermit(request);
        String permitNumber = issued.get("permitNumber").asText();
        assertTrue(permitNumber.matches("LI-" + year + "-\\d{6}"), permitNumber);
        JsonNode permit = expect(200, permits.labourImmigrantPermit(permitNumber, passport));
        assertEquals("ISSUED", permit.get("status").asText(), permit::toString);
        LocalDate validFrom = LocalDate.parse(permit.get("validFrom").asText());
        LocalDate validTo = LocalDate.parse(permit.get("validTo").asText());
        assertEquals(validFrom.plusMonths(6).minusDays(1), validTo);
        eventuallyJson("labour-immigrant unit used", () -> quotas.balance(ministry, year, SHYMKENT, CATEGORY),
                view -> view.path("used").asInt() == 1);
        step("labour-immigrant permit " + permitNumber + " issued, 1 unit used");

        // The first household employer, a private individual, registers the contract once contract-registry has the
        // permit.
        String firstIin = Identifiers.iin();
        String firstEmployer = householdEmployer(firstIin);
        Contracts.Draft work = new Contracts.Draft("Dilshod Yusupov", passport, "UZ", permitNumber, "Housekeeper",
                HOUSEHOLD_WORK, SHYMKENT, validFrom, validTo, "180000.00", 40, validFrom);
        Reply first = eventually("first contract registered", () -> contracts.register(firstEmployer, work),
                reply -> reply.status() == 201);
        String firstId = first.json().get("id").asText();
        assertEquals("LABOUR_IMMIGRANT", first.json().get("permitKind").asText(), first::toString);
        step("first contract " + first.json().get("contractNumber").asText() + " registered");

        // The worker leaves: the first employer registers the termination (optimistic lock: If-Match).
        JsonNode terminated = expect(200, contracts.terminate(firstEmployer, firstId, first.etag(), today(),
                "WORKER_INITIATIVE"));
        assertEquals("TERMINATED", terminated.get("status").asText(), terminated::toString);

        // A second employer registers a new contract under the same labour-immigrant permit.
        String secondIin = Identifiers.iin();
        String secondEmployer = householdEmployer(secondIin);
        Contracts.Draft next = new Contracts.Draft("Dilshod Yusupov", passport, "UZ", permitNumber, "Housekeeper",
                HOUSEHOLD_WORK, SHYMKENT, today(), validTo, "200000.00", 40, today());
        JsonNode second = expect(201, contracts.register(secondEmployer, next));
        String secondId = second.get("id").asText();
        assertEquals("ACTIVE", second.get("status").asText());
        step("first contract terminated, second " + second.get("contractNumber").asText() + " registered");

        // Both contracts are on record under the permit, for the ministry: one terminated, one active.
        Map<String, String> statusByEmployer = new HashMap<>();
        for (JsonNode contract : expect(200, contracts.byPermit(ministry, permitNumber)).get("items")) {
            statusByEmployer.put(contract.get("employerIin").asText(), contract.get("status").asText());
        }
        assertEquals(Map.of(firstIin, "TERMINATED", secondIin, "ACTIVE"), statusByEmployer);

        // The registry log holds all three facts in order (chained by the sequencer moments after each change).
        org.awaitility.Awaitility.await("registry entries").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> registryFacts(firstId, secondId).size() == 3);
        assertEquals(List.of("first REGISTERED", "first TERMINATED", "second REGISTERED"),
                registryFacts(firstId, secondId));
        JsonNode verification = chainedRegistry();
        assertTrue(verification.get("intact").asBoolean(), verification::toString);
        step("registry log: both contracts, chain intact");

        // The permit belongs to the worker: still issued, and the change of employer took no second unit.
        assertEquals("ISSUED", expect(200, permits.publicStatus(permitNumber, passport)).get("status").asText());
        JsonNode balance = expect(200, quotas.balance(ministry, year, SHYMKENT, CATEGORY));
        assertEquals(1, balance.get("used").asInt(), balance::toString);
        assertEquals(0, balance.get("reserved").asInt(), balance::toString);
        step("permit still ISSUED, quota used still 1");
    }

    /** The registry actions of the two contracts, oldest first, read back from the head until three are found. */
    private List<String> registryFacts(String firstId, String secondId) {
        List<String> facts = new ArrayList<>();
        long head = expect(200, contracts.verifyRegistry(auditor)).get("headSequence").asLong();
        for (long sequence = head; sequence >= 1 && facts.size() < 3; sequence--) {
            JsonNode entry = expect(200, contracts.proof(auditor, sequence)).get("entry");
            String contractId = entry.get("contractId").asText();
            if (contractId.equals(firstId) || contractId.equals(secondId)) {
                facts.add(0, (contractId.equals(firstId) ? "first " : "second ") + entry.get("action").asText());
            }
        }
        return facts;
    }
}
