package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 23, scenario 2: the payment gateway reports a salary paid short of the registered one; once the month is
 * judged (15 days after it ends), a wages case opens by itself in the region's queue, with no one filing it.
 */
@Order(12)
class ShortSalaryOpensWagesCaseTest extends Scenario {

    private static final String WELDER = "7212";
    /** The first month the stack's wage monitor judges (inspection.wages.monitored-from). */
    private static final YearMonth MONITORED_FROM = YearMonth.of(2027, 1);

    @Test
    void aShortSalaryOpensAWagesCaseByItself() {
        String bin = Identifiers.bin();
        String employer = employer(bin);
        LocalDate today = today();
        Contracts.Draft draft = new Contracts.Draft("Aibek Toktogulov", Identifiers.passport(), "KG", null, "Welder",
                WELDER,
                ALMATY, today.plusDays(1), today.plusYears(1), "420000.00", 40, today);
        String contractNumber = expect(201, contracts.registerNamed(employer, draft, "TOO Acceptance Wages"))
                .get("contractNumber").asText();
        step("contract registered at 420000.00");

        // The first whole month of the contract that the monitor judges, and the day it is judged.
        YearMonth month = YearMonth.from(draft.startDate()).plusMonths(1);
        if (month.isBefore(MONITORED_FROM)) {
            month = MONITORED_FROM;
        }
        LocalDate judgedFrom = month.atEndOfMonth().plusDays(16);
        stack.advanceClocks("P" + ChronoUnit.DAYS.between(today(), judgedFrom) + "D");
        step("clocks at " + today());

        // The bank credits 250000.00, far below the registered 420000.00.
        String period = month.toString();
        LocalDate paidOn = month.atEndOfMonth().plusDays(5);
        JsonNode payment = eventually("payment reported", () -> inspection.reportWage(gateway,
                "ACC-" + contractNumber, contractNumber, period, "250000.00", paidOn),
                reply -> reply.status() == 201).json();
        assertEquals(contractNumber, payment.get("contractNumber").asText());
        step("short payment reported for " + period);

        // The monitor judges the month and opens a wages case on its own.
        JsonNode queue = eventuallyJson("wages case opened", () -> inspection.queue(inspector(ALMATY),
                "WAGES_UNPAID_OR_LATE"), page -> page.toString().contains(bin));
        JsonNode opened = null;
        for (JsonNode item : queue.get("items")) {
            if (bin.equals(item.path("employerBin").asText())) {
                opened = item;
            }
        }
        assertEquals("WAGE_MONITOR", opened.get("source").asText(), queue::toString);
        assertEquals("RECEIVED", opened.get("status").asText());
        step("wages case " + opened.get("caseNumber").asText() + " opened by the monitor");
    }
}
