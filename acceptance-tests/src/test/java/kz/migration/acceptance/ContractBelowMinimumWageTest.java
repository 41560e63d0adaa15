package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 20, defect e: a labour contract pays at least the minimum monthly wage of the year it is signed (Labour Code
 * art. 103; seeds 001 and 003 report migrants paid a fraction of what was promised), pro rata below the 40 normal
 * hours a week (art. 70). The worker is a citizen of an EAEU member state, who needs no permit, so the minimum wage
 * is the only floor (no permit salary beside it). A full-time contract below it is refused and nothing is
 * registered; the pro-rata minimum for 20 hours a week is registered.
 */
@Order(7)
class ContractBelowMinimumWageTest extends Scenario {

    @Test
    void fullTimeContractBelowTheMinimumWageIsRefusedAndNothingIsRegistered() {
        String employer = employer(Identifiers.bin());
        String passport = Identifiers.passport();
        LocalDate today = today();
        Contracts.Draft fullTime = new Contracts.Draft("Arman Sargsyan", passport, "AM", null, "Cook", "5120", ALMATY,
                today, today.plusMonths(6), "60000.00", 40, today);

        JsonNode refused = expectRefusal("salary-below-minimum-wage", contracts.register(employer, fullTime));
        BigDecimal minimumWage = new BigDecimal(refused.get("minimumWage").asText());
        assertTrue(minimumWage.compareTo(new BigDecimal("60000.00")) > 0, refused::toString);
        assertEquals(today.getYear(), refused.get("minimumWageYear").asInt(), refused::toString);
        assertEquals(0, expect(200, contracts.byWorkerDocument(ministry, passport)).get("items").size(),
                "a refused contract is not registered");
        step("60000.00 KZT for 40 hours refused: the minimum wage of " + today.getYear() + " is " + minimumWage);

        // Half the normal hours, half the minimum wage.
        String proRata = minimumWage.divide(BigDecimal.valueOf(2), 2, RoundingMode.UP).toPlainString();
        JsonNode registered = expect(201, contracts.register(employer, fullTime.paying(proRata, 20)));
        assertEquals(20, registered.get("weeklyHours").asInt(), registered::toString);
        assertEquals(0, new BigDecimal(proRata).compareTo(new BigDecimal(registered.get("salary").asText())),
                registered::toString);
        step(proRata + " KZT for 20 hours registered as " + registered.get("contractNumber").asText());
    }
}
