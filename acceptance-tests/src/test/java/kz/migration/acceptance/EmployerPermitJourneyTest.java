package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11, scenario 1, from the outside: a vacancy's labour-market test, the permit application it allows, the
 * MFA check, the officer's approval, the quota saga, the fee, the issued permit, the registered contract and the
 * registry log, across the services of a stack started like {@code ./registry up}; then the services' logs
 * hold none of the personal numbers or tokens the scenario used.
 */
@Order(1)
class EmployerPermitJourneyTest extends Scenario {

    private static final String CATEGORY = "CATEGORY_3";
    /** A JWT as it would appear if logged: base64url header and payload both starting with '{"'. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[A-Za-z0-9_-]{20,}");

    @Test
    void employerGetsPermitAfterLabourMarketTestAndRegistersContractInVerifiedRegistry() throws IOException {
        String bin = Identifiers.bin();
        String employer = employer(bin);
        String officer = officer(ALMATY);
        LocalDate today = today();
        // The permit starts on the day its fee is paid, after the domestic search: its year is the quota year.
        int year = today.plusDays(16).getYear();

        // The ministry gives Almaty 5 CATEGORY_3 units of that year (a revision of the plan when the year has one).
        allocateQuota(year, CATEGORY, Map.of(ALMATY, 5), "Acceptance: CATEGORY_3 for Almaty");
        JsonNode balance = expect(200, quotas.balance(ministry, year, ALMATY, CATEGORY));
        assertEquals(5, balance.get("allocated").asInt());
        assertEquals(0, balance.get("reserved").asInt());
        assertEquals(0, balance.get("used").asInt());
        step("quota plan set");

        // The employer posts a vacancy; the exchange refers a citizen whom the employer rejects with a reason.
        JsonNode vacancy = expect(201, vacancies.post(employer, OCCUPATION, ALMATY, 1, "450000.00"));
        String vacancyId = vacancy.get("id").asText();
        assertFalse(vacancy.get("labourMarketTestPassed").asBoolean());
        // 15 full calendar days on the exchange: posted today, open to foreign labour on the 16th day after.
        assertEquals(today.plusDays(16).toString(), vacancy.get("foreignLabourAllowedFrom").asText());
        String candidateIin = Identifiers.iin();
        JsonNode referral = expect(201, vacancies.refer(exchange, vacancyId, candidateIin));
        JsonNode outcome = expect(200, vacancies.recordRejection(employer, vacancyId, referral.get("id").asText(),
                "INSUFFICIENT_EXPERIENCE"));
        assertEquals("REJECTED", outcome.get("outcome").asText());
        assertEquals("INSUFFICIENT_EXPERIENCE", outcome.get("rejectionReason").asText());
        assertTrue(outcome.get("rejectionJustified").asBoolean(), outcome::toString);
        step("vacancy posted, citizen rejected");

        String passport = Identifiers.passport();
        Permits.Application application = application(vacancyId, ALMATY, CATEGORY, passport);
        // Before the 15 days are over the employer may not apply.
        expectRefusal("no-labour-market-test", permits.submit(employer, application));

        // After the 15 full days, on every service, the job passes the test.
        passLabourMarketTest(employer, vacancyId);
        step("clocks +16 days, labour-market test passed");

        // permit-service learns of it from LabourMarketTestPassed; until then it refuses the application.
        JsonNode submitted = eventually("application accepted", () -> permits.submit(employer, application),
                reply -> reply.status() == 201).json();
        String applicationId = submitted.get("id").asText();
        assertEquals("SUBMITTED", submitted.get("status").asText());
        LocalDate reviewDeadline = LocalDate.parse(submitted.get("reviewDeadline").asText());
        step("application submitted");

        // The MFA confirms the education document.
        JsonNode check = org.awaitility.Awaitility.await("document check requested").atMost(EVENTUAL)
                .pollInterval(POLL)
                .until(() -> permits.pendingDocumentCheck(mfa, applicationId), found -> found != null);
        assertEquals("CONFIRMED", expect(200, permits.answerDocumentCheck(mfa, check.get("id").asText(), "CONFIRMED"))
                .get("status").asText());
        step("document confirmed");

        // The officer of Almaty reviews and approves; quota-service reserves a unit.
        assertEquals("UNDER_REVIEW", expect(200, permits.startReview(officer, applicationId)).get("status").asText());
        assertEquals("APPROVED", expect(200, permits.approve(officer, applicationId)).get("status").asText());
        // Decided on the day of receipt: inside the 6-working-day review period.
        assertTrue(reviewDeadline.isAfter(today.plusDays(16)), "review deadline " + reviewDeadline);
        JsonNode awaitingFee = eventuallyJson("quota reserved", () -> permits.application(employer, applicationId),
                view -> "AWAITING_FEE".equals(view.path("status").asText()));
        assertEquals(1, expect(200, quotas.balance(ministry, year, ALMATY, CATEGORY)).get("reserved").asInt());
        // The public dashboard shows the unit reserved and none issued yet.
        JsonNode shownReserved = eventuallyJson("dashboard shows the reservation", () -> quotas.dashboard(year),
                data -> dashboardBalance(data, ALMATY, CATEGORY).path("reserved").asInt() == 1);
        assertEquals(0, dashboardBalance(shownReserved, ALMATY, CATEGORY).path("used").asInt());
        step("approved, quota reserved (AWAITING_FEE)");

        // The payment gateway confirms the fee; the permit is issued.
        JsonNode issued = payFee(awaitingFee);
        String permitNumber = issued.get("permitNumber").asText();
        // The gateway retries its callback: the same permit, nothing issued twice (quota checked below).
        JsonNode retried = expect(200, permits.payFee(gateway, applicationId, "ACC-" + applicationId.substring(0, 8),
                awaitingFee.get("fee"), java.time.Instant.now()));
        assertEquals(permitNumber, retried.get("permitNumber").asText());
        assertTrue(permitNumber.matches("WP-" + year + "-\\d{6}"), permitNumber);
        LocalDate validFrom = LocalDate.parse(issued.get("validFrom").asText());
        LocalDate validTo = LocalDate.parse(issued.get("validTo").asText());
        assertEquals(List.of("UNDER_REVIEW", "APPROVED", "AWAITING_FEE", "ISSUED"),
                statusesFromReview(employer, applicationId));
        step("fee paid, permit issued");

        // The unit moves from reserved to used: exactly one.
        JsonNode consumed = eventuallyJson("quota consumed", () -> quotas.balance(ministry, year, ALMATY, CATEGORY),
                view -> view.path("used").asInt() >= 1);
        assertEquals(1, consumed.get("used").asInt());
        assertEquals(0, consumed.get("reserved").asInt());
        assertEquals(5, consumed.get("allocated").asInt());
        JsonNode ledger = expect(200, quotas.verifyLedger(ministry, year));
        assertTrue(ledger.get("consistent").asBoolean(), ledger::toString);
        step("quota used 1");

        // The public dashboard's issued count moves with the permit (within its refresh interval).
        JsonNode shownIssued = eventuallyJson("dashboard shows the permit issued", () -> quotas.dashboard(year),
                data -> dashboardBalance(data, ALMATY, CATEGORY).path("used").asInt() == 1);
        assertEquals(0, dashboardBalance(shownIssued, ALMATY, CATEGORY).path("reserved").asInt());
        step("dashboard shows 1 issued");

        // The employer registers the contract once contract-registry has the permit (from PermitIssued).
        Contracts.Draft contract = new Contracts.Draft(WORKER, passport, CITIZENSHIP, permitNumber,
                "Senior Java developer", OCCUPATION, ALMATY, validFrom, validTo, "550000.00", 40, validFrom);
        JsonNode registered = eventually("contract registered", () -> contracts.register(employer, contract),
                reply -> reply.status() == 201).json();
        String contractId = registered.get("id").asText();
        String contractNumber = registered.get("contractNumber").asText();
        assertEquals("ACTIVE", registered.get("status").asText());
        assertFalse(registered.get("late").asBoolean());
        step("contract registered");

        // A second contract on the same employer permit is refused: the permit backs one ACTIVE contract.
        expectRefusal("permit-already-in-use", contracts.register(employer, contract));

        // vacancy-service counts the position as filled by a foreign worker (ContractRegistered).
        eventuallyJson("position filled", () -> vacancies.get(employer, vacancyId),
                view -> view.path("filledByForeignWorkers").asInt() == 1);
        step("position filled in vacancy-service");

        // The registry log verifies and holds the registration (chained by the sequencer moments after it).
        awaitRegisteredInIntactLog(contractId);
        step("registry verified, entry found");

        // Still exactly one unit used after the retried callback and the contract.
        JsonNode finalBalance = expect(200, quotas.balance(ministry, year, ALMATY, CATEGORY));
        assertEquals(1, finalBalance.get("used").asInt(), finalBalance::toString);
        assertEquals(0, finalBalance.get("reserved").asInt(), finalBalance::toString);

        // The worker checks the permit publicly with the passport ...
        JsonNode publicPermit = expect(200, permits.publicStatus(permitNumber, passport));
        assertEquals("ISSUED", publicPermit.get("status").asText());
        assertEquals(CATEGORY, publicPermit.get("category").asText());
        assertEquals(ALMATY, publicPermit.get("region").asText());
        assertEquals(validTo.toString(), publicPermit.get("validTo").asText());
        // ... and the contract.
        JsonNode publicContract = expect(200, contracts.publicLookup(contractNumber, passport));
        assertEquals(contractNumber, publicContract.get("contractNumber").asText());
        assertEquals("ACTIVE", publicContract.get("status").asText());
        assertEquals(bin, publicContract.get("employerBin").asText());
        assertEquals(validFrom.toString(), publicContract.get("startDate").asText());
        step("public permit and contract checks");

        // End to end proof of log masking: none of the personal numbers or tokens this scenario sent is logged.
        List<String> secrets = List.of(passport, candidateIin, employer, officer, ministry, exchange, mfa, gateway,
                auditor);
        List<String> leaks = new ArrayList<>();
        for (String module : AcceptanceStack.SERVICE_MODULES) {
            String log = Files.readString(stack.log(module), StandardCharsets.UTF_8);
            // The right file: the service's own start-up line is in it.
            assertTrue(log.contains(module + " ") && log.contains("started in"), module + " log without start-up");
            for (String secret : secrets) {
                if (log.contains(secret)) {
                    leaks.add(module + " logs " + describe(secret, passport, candidateIin));
                }
            }
            if (JWT.matcher(log).find() || BEARER.matcher(log).find()) {
                leaks.add(module + " logs a bearer token");
            }
        }
        assertEquals(List.of(), leaks, "personal data or tokens in the services' logs");
        step("logs hold no passport, IIN or token");
    }

    /** The dashboard's row of one region and category, or a missing node. */
    private static JsonNode dashboardBalance(JsonNode data, String region, String category) {
        for (JsonNode balance : data.path("balances")) {
            if (region.equals(balance.path("region").asText()) && category.equals(balance.path("category").asText())) {
                return balance;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String describe(String secret, String passport, String iin) {
        if (secret.equals(passport)) {
            return "the worker's passport number";
        }
        return secret.equals(iin) ? "the candidate's IIN" : "a bearer token";
    }
}
