package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 20, defect b: a labour immigrant's permit is for household work for private individuals (seed 000: "labor
 * migrants can be hired without work permit only as domestic workers"; DESIGN §3). A worker from Tajikistan gets a
 * labour-immigrant permit as a child-care worker; a company (BIN) that tries to register her contract on it is
 * refused and nothing of its attempt is on record; a private individual (IIN) registers it, and the registry log
 * holds it.
 */
@Order(5)
class HouseholdWorkerHiredByIndividualTest extends Scenario {

    private static final String CATEGORY = "LABOUR_IMMIGRANT";
    /** ISCO 5311, child care workers: one of the household occupations. */
    private static final String CHILD_CARE = "5311";

    @Test
    void householdWorkerIsHiredByAPrivateIndividualAndACompanyIsRefused() {
        LocalDate today = today();
        allocateQuota(today.getYear(), CATEGORY, Map.of(ASTANA, 2), "Acceptance: labour immigrants in Astana");
        String passport = Identifiers.passport();
        JsonNode issued = issueLabourImmigrantPermit(new Permits.LabourImmigrant("Madina Rahimova", "TJ", passport,
                today.plusYears(5), null, ASTANA, CHILD_CARE, 12, "NON_RESIDENT"));
        String permitNumber = issued.get("permitNumber").asText();
        JsonNode permit = expect(200, permits.labourImmigrantPermit(permitNumber, passport));
        LocalDate validFrom = LocalDate.parse(permit.get("validFrom").asText());
        LocalDate validTo = LocalDate.parse(permit.get("validTo").asText());
        step("labour-immigrant permit " + permitNumber + " issued for child care in Astana");

        // A company may not employ a labour immigrant, even for household work (once the registry knows the permit).
        Contracts.Draft nanny = new Contracts.Draft("Madina Rahimova", passport, "TJ", permitNumber, "Nanny",
                CHILD_CARE, ASTANA, validFrom, validTo, "150000.00", 40, validFrom);
        String company = employer(Identifiers.bin());
        Reply companyAttempt = eventually("permit known to the contract registry",
                () -> contracts.register(company, nanny), reply -> !isRefusal(reply, "permit-unknown"));
        expectRefusal("labour-immigrant-employer-not-allowed", companyAttempt);
        assertEquals(0, expect(200, contracts.byPermit(ministry, permitNumber)).get("items").size(),
                "the company's attempt left no contract");
        step("company refused: labour-immigrant-employer-not-allowed");

        // A private individual, named by IIN, registers the contract.
        String iin = Identifiers.iin();
        JsonNode registered = expect(201, contracts.register(householdEmployer(iin), nanny));
        String contractId = registered.get("id").asText();
        assertEquals("ACTIVE", registered.get("status").asText(), registered::toString);
        assertEquals(iin, registered.get("employerIin").asText(), registered::toString);
        assertTrue(absent(registered, "employerBin"), registered::toString);
        assertEquals("LABOUR_IMMIGRANT", registered.get("permitKind").asText(), registered::toString);
        step("private individual registered contract " + registered.get("contractNumber").asText());

        // The permit backs this one contract, and the registry log holds it.
        JsonNode onPermit = expect(200, contracts.byPermit(ministry, permitNumber)).get("items");
        assertEquals(1, onPermit.size(), onPermit::toString);
        assertEquals(contractId, onPermit.get(0).get("id").asText(), onPermit::toString);
        awaitRegisteredInIntactLog(contractId);
        step("registry entry chained, log intact");
    }

    private static boolean isRefusal(Reply reply, String problem) {
        return reply.status() == 422 && reply.json() != null
                && reply.json().path("type").asText().endsWith("/" + problem);
    }
}
