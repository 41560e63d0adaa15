package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 23, scenario 1: a worker reports a withheld passport without an account; the employer cannot end the
 * worker's contract while the case is open; the region's inspector confirms the violation; the employer's next
 * permit application is refused on the named ground; the worker follows the case with the case token.
 */
@Order(11)
class WithheldPassportGrievanceTest extends Scenario {

    private static final String WELDER = "7212";

    @Test
    void confirmedWithheldPassportRefusesTheEmployersNextApplication() {
        String bin = Identifiers.bin();
        String employer = employer(bin);
        String inspector = inspector(ALMATY);

        // A vacancy whose labour-market test passes, so that the employer's next application is otherwise sound.
        String vacancyId = postVacancy(employer, ALMATY, 1);
        stack.advanceClocks(SEARCH_PERIOD);
        awaitLabourMarketTestPassed(employer, vacancyId);
        step("vacancy's labour-market test passed");

        // A citizen of Kyrgyzstan (EAEU) works on a registered contract; no permit is needed.
        LocalDate today = today();
        String passport = Identifiers.passport();
        Contracts.Draft draft = new Contracts.Draft("Nurlan Asanov", passport, "KG", null, "Welder", WELDER, ALMATY,
                today.plusDays(3), today.plusYears(1), "420000.00", 40, today);
        JsonNode contract = expect(201, contracts.registerNamed(employer, draft, "TOO Acceptance Stroy"));
        String contractNumber = contract.get("contractNumber").asText();
        step("contract registered");

        // The worker reports the withheld passport once inspection-service knows the contract.
        JsonNode receipt = eventually("grievance filed", () -> inspection.fileGrievance(contractNumber, passport,
                "PASSPORT_WITHHELD", "The foreman took my passport on arrival and keeps it."),
                reply -> reply.status() == 201).json();
        String caseNumber = receipt.get("caseNumber").asText();
        String caseToken = receipt.get("caseToken").asText();
        assertEquals("RECEIVED", receipt.get("status").asText());
        assertFalse(receipt.toString().contains(passport), "the receipt echoes no personal data");
        step("grievance filed: " + caseNumber);
        // The termination hold this case places is proven where it is decided, on real Kafka (contract-registry's
        // InspectionHoldTest, permit-service's PermitTerminationHoldTest): here nothing shows when it has arrived.

        // The inspector of Almaty finds the case in the queue, inspects and confirms the violation.
        String caseId = null;
        for (JsonNode item : eventuallyJson("case in the queue", () -> inspection.queue(inspector, "PASSPORT_WITHHELD"),
                page -> page.toString().contains(caseNumber)).get("items")) {
            if (caseNumber.equals(item.get("caseNumber").asText())) {
                caseId = item.get("id").asText();
            }
        }
        String id = caseId;
        assertEquals("UNDER_INSPECTION", expect(200, inspection.openInspection(inspector, id)).get("status").asText());
        assertEquals("VIOLATION_CONFIRMED", expect(200, inspection.confirmViolation(inspector, id, "ILO_C029",
                "The passport was found in the site office safe and returned.")).get("status").asText());
        step("violation confirmed");

        // The employer's next application is refused on the named ground, once permit-service has consumed the
        // violation. Until then an application is still accepted: each accepted attempt is withdrawn, so that it does
        // not hold the vacancy's one position, and the next attempt names another worker.
        Reply refused = eventually("application refused on the violation", () -> {
            String worker = Identifiers.passport();
            Reply reply = permits.submit(employer, application(vacancyId, ALMATY, "CATEGORY_3", worker));
            if (reply.status() == 201) {
                expect(200, permits.withdraw(employer, reply.json().get("id").asText()));
            }
            return reply;
        }, reply -> reply.status() == 422
                && reply.json().get("type").asText().endsWith("/employer-serious-violation"));
        JsonNode finding = refused.json().get("findings").get(0);
        assertEquals("EMPLOYER_SERIOUS_VIOLATION", finding.get("ground").asText(), refused::toString);
        assertEquals("permit.compliance.serious-violation-refuses", finding.get("rule").asText());
        assertEquals("PASSPORT_WITHHELD", refused.json().get("violationKind").asText());
        assertEquals(caseNumber, refused.json().get("caseNumber").asText());
        step("next application refused");

        // The worker follows the case with the token alone.
        JsonNode progress = expect(200, inspection.follow(caseNumber, caseToken));
        assertEquals("VIOLATION_CONFIRMED", progress.get("status").asText());
        assertEquals("ILO_C029", progress.get("legalGround").asText());
        assertTrue(progress.get("inspectionOpened").asBoolean());
        assertEquals(404, inspection.follow(caseNumber, "A".repeat(43)).status(), "a wrong token finds nothing");
        step("worker followed the case");
    }
}
