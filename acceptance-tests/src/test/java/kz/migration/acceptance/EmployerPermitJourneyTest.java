package kz.migration.acceptance;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.migration.acceptance.Http.Reply;
import kz.migration.common.identifier.BusinessIdentifiers;

/**
 * Issue 11, scenario 1, from the outside: a vacancy's labour-market test, the permit application it allows, the
 * MFA check, the officer's approval, the quota saga, the fee, the issued permit, the registered contract and the
 * registry log, across the four services of a stack started like {@code ./registry up}.
 */
class EmployerPermitJourneyTest {

    private static final String ALMATY = "750000000";
    private static final String CATEGORY = "CATEGORY_3";
    private static final String OCCUPATION = "2512";
    private static final Duration EVENTUAL = Duration.ofSeconds(90);

    private static AcceptanceStack stack;
    private static List<ProcessHandle> stackProcesses = List.of();
    private final Http http = new Http();
    private final Instant began = Instant.now();

    /** Progress with the time since the scenario began, so a slow or stuck step shows in the build output. */
    private void step(String done) {
        System.out.printf("[acceptance] %6.1f s  %s%n", Duration.between(began, Instant.now()).toMillis() / 1000.0,
                done);
    }

    @BeforeAll
    static void startStack() throws Exception {
        stack = AcceptanceStack.start();
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack == null) {
            return;
        }
        stackProcesses = stack.processes();
        stack.close();
        for (ProcessHandle process : stackProcesses) {
            assertFalse(process.isAlive(), () -> "left running: pid " + process.pid() + " "
                    + process.info().commandLine().orElse("?"));
        }
        // PostgreSQL daemonises out of the launcher's process tree: its port tells whether it stopped.
        for (int port : stack.ports()) {
            assertFalse(listening(port), "something still listens on port " + port + " after the stack stopped");
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void employerGetsPermitAfterLabourMarketTestAndRegistersContractInVerifiedRegistry() throws Exception {
        String vacancies = stack.baseUrl("vacancy-service") + "/api/v1";
        String permits = stack.baseUrl("permit-service") + "/api/v1";
        String quotas = stack.baseUrl("quota-service") + "/api/v1";
        String contracts = stack.baseUrl("contract-registry-service") + "/api/v1";
        String bin = randomIdentifier("");
        String employer = stack.token("employer", bin, null);
        String ministry = stack.token("ministry", null, null);
        String exchange = stack.token("labour-exchange", null, null);
        String mfa = stack.token("mfa", null, null);
        String officer = stack.token("officer", null, ALMATY);
        String gateway = stack.token("payment-gateway", null, null);
        String auditor = stack.token("auditor", null, null);

        LocalDate today = LocalDate.parse(
                http.get(stack.baseUrl("quota-service") + "/dev/clock", null).json().get("today").asText());
        int year = today.plusDays(15).getYear();

        // The ministry sets the year's plan: Almaty gets every CATEGORY_3 unit (this replaces the demo plan's split).
        Reply plan = http.post(quotas + "/quota-plans", ministry, """
                {"year": %d, "reason": "Acceptance: CATEGORY_3 for Almaty",
                 "categories": [{"category": "%s", "national": 5, "regions": [{"region": "%s", "allocated": 5}]}]}"""
                .formatted(year, CATEGORY, ALMATY));
        assertEquals(201, plan.status(), plan::toString);
        String balanceUrl = quotas + "/quotas/" + year + "/" + ALMATY + "/" + CATEGORY;
        JsonNode balance = expect(200, http.get(balanceUrl, ministry));
        assertEquals(5, balance.get("allocated").asInt());
        assertEquals(0, balance.get("reserved").asInt());
        assertEquals(0, balance.get("used").asInt());

        step("quota plan set");
        // The employer posts a vacancy; the exchange refers a citizen whom the employer rejects with a reason.
        JsonNode vacancy = expect(201, http.post(vacancies + "/vacancies", employer, """
                {"title": "Senior Java developer", "occupationCode": "%s", "region": "%s", "positions": 1,
                 "salary": {"amount": "450000.00", "currency": "KZT"},
                 "requirements": {"educationLevel": "HIGHER", "experienceYears": 3, "languages": ["en", "kk"]},
                 "workSchedule": "FULL_TIME"}""".formatted(OCCUPATION, ALMATY)));
        String vacancyId = vacancy.get("id").asText();
        assertFalse(vacancy.get("labourMarketTestPassed").asBoolean());
        assertEquals(today.plusDays(15).toString(), vacancy.get("foreignLabourAllowedFrom").asText());

        JsonNode referral = expect(201, http.post(vacancies + "/vacancies/" + vacancyId + "/referrals", exchange,
                "{\"candidateIin\": \"" + randomIdentifier("900101") + "\"}"));
        JsonNode outcome = expect(200,
                http.post(vacancies + "/vacancies/" + vacancyId + "/referrals/" + referral.get("id").asText()
                        + "/outcome", employer,
                        "{\"outcome\": \"REJECTED\", \"rejectionReason\": \"INSUFFICIENT_EXPERIENCE\"}"));
        assertEquals("REJECTED", outcome.get("outcome").asText());
        assertEquals("INSUFFICIENT_EXPERIENCE", outcome.get("rejectionReason").asText());
        assertTrue(outcome.get("rejectionJustified").asBoolean(), outcome::toString);

        String passport = "N" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String application = """
                {"vacancyId": "%s", "region": "%s", "category": "%s", "occupationCode": "%s", "termDays": 365,
                 "worker": {"fullName": "Ivan Petrov", "citizenship": "RU", "passportNumber": "%s",
                            "passportExpiry": "%s", "educationDocumentId": "DIP-2019-42", "educationCountry": "RU",
                            "legalisationReference": "APO-2024-1183"},
                 "salary": {"amount": "550000.00", "currency": "KZT"},
                 "headcount": {"category1": {"citizens": 2, "foreigners": 0}, "category2": {"citizens": 5, "foreigners": 1},
                               "category3": {"citizens": 60, "foreigners": 2}, "category4": {"citizens": 40, "foreigners": 1},
                               "intraCorporateTransfer": {"citizens": 0, "foreigners": 0}},
                 "totalEmployees": 110, "smallBusiness": false}"""
                .formatted(vacancyId, ALMATY, CATEGORY, OCCUPATION, passport, today.plusYears(5));
        step("vacancy posted, citizen rejected");
        // Before the 15 days are over the employer may not apply.
        Reply tooEarly = http.post(permits + "/permit-applications", employer, application);
        assertEquals(422, tooEarly.status(), tooEarly::toString);
        assertEquals("https://registry.migration.gov.kz/problems/no-labour-market-test",
                tooEarly.json().get("type").asText());

        // Fifteen days later, on every service, the job passes the test.
        stack.advanceClocks("P15D");
        await("labour-market test passed").atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get(vacancies + "/vacancies/" + vacancyId, employer).json()
                        .path("labourMarketTestPassed").asBoolean());

        step("clocks +15 days, labour-market test passed");
        // permit-service learns of it from LabourMarketTestPassed; until then it refuses the application.
        Reply submitted = await("application accepted").atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.post(permits + "/permit-applications", employer, application),
                        reply -> reply.status() == 201);
        String applicationId = submitted.json().get("id").asText();
        assertEquals("SUBMITTED", submitted.json().get("status").asText());
        LocalDate reviewDeadline = LocalDate.parse(submitted.json().get("reviewDeadline").asText());
        String applicationUrl = permits + "/permit-applications/" + applicationId;

        step("application submitted");
        // The MFA confirms the education document.
        JsonNode check = await("document check requested").atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> verificationOf(permits, mfa, applicationId), found -> found != null);
        JsonNode answered = expect(200, http.post(permits + "/document-verifications/" + check.get("id").asText()
                + "/answer", mfa, "{\"answer\": \"CONFIRMED\"}"));
        assertEquals("CONFIRMED", answered.get("status").asText());

        step("document confirmed");
        // The officer of Almaty reviews and approves; quota-service reserves a unit.
        assertEquals("UNDER_REVIEW",
                expect(200, http.post(applicationUrl + "/review", officer)).get("status").asText());
        assertEquals("APPROVED", expect(200, http.post(applicationUrl + "/decision", officer,
                "{\"decision\": \"APPROVE\"}")).get("status").asText());
        // Decided on the day of receipt: inside the 6-working-day review period.
        assertTrue(reviewDeadline.isAfter(today.plusDays(15)), "review deadline " + reviewDeadline);
        JsonNode awaitingFee = await("quota reserved").atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get(applicationUrl, employer).json(),
                        view -> "AWAITING_FEE".equals(view.path("status").asText()));
        assertEquals(1, expect(200, http.get(balanceUrl, ministry)).get("reserved").asInt());

        step("approved, quota reserved (AWAITING_FEE)");
        // The payment gateway confirms the fee; the permit is issued.
        JsonNode fee = awaitingFee.get("fee");
        assertNotNull(fee, awaitingFee::toString);
        String payment = """
                {"paymentReference": "ACC-%s", "amount": %s, "paidAt": "%s"}"""
                .formatted(applicationId.substring(0, 8), fee, Instant.now());
        JsonNode issued = expect(200, http.post(applicationUrl + "/fee-payment", gateway, payment));
        assertEquals("ISSUED", issued.get("status").asText());
        String permitNumber = issued.get("permitNumber").asText();
        // The gateway retries its callback: the same permit, nothing issued twice (quota checked below).
        JsonNode retried = expect(200, http.post(applicationUrl + "/fee-payment", gateway, payment));
        assertEquals(permitNumber, retried.get("permitNumber").asText());
        assertTrue(permitNumber.matches("WP-" + year + "-\\d{6}"), permitNumber);
        LocalDate validFrom = LocalDate.parse(issued.get("validFrom").asText());
        LocalDate validTo = LocalDate.parse(issued.get("validTo").asText());
        List<String> transitions = new ArrayList<>();
        for (JsonNode transition : expect(200, http.get(applicationUrl + "/history", employer))) {
            transitions.add(transition.get("to").asText());
        }
        assertEquals(List.of("UNDER_REVIEW", "APPROVED", "AWAITING_FEE", "ISSUED"),
                transitions.subList(transitions.indexOf("UNDER_REVIEW"), transitions.size()), transitions::toString);

        step("fee paid, permit issued");
        // The unit moves from reserved to used: exactly one.
        JsonNode consumed = await("quota consumed").atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get(balanceUrl, ministry).json(), view -> view.path("used").asInt() >= 1);
        assertEquals(1, consumed.get("used").asInt());
        assertEquals(0, consumed.get("reserved").asInt());
        assertEquals(5, consumed.get("allocated").asInt());
        JsonNode ledger = expect(200, http.get(quotas + "/quota-ledger/verification?year=" + year, ministry));
        assertTrue(ledger.get("consistent").asBoolean(), ledger::toString);

        step("quota used 1");
        // The employer registers the contract once contract-registry has the permit (from PermitIssued).
        String contract = """
                {"worker": {"fullName": "Ivan Petrov", "passportNumber": "%s", "citizenship": "RU"},
                 "permitNumber": "%s", "position": "Senior Java developer", "occupationCode": "%s", "region": "%s",
                 "startDate": "%s", "endDate": "%s", "salary": "550000.00", "currency": "KZT", "weeklyHours": 40,
                 "signedOn": "%s"}""".formatted(passport, permitNumber, OCCUPATION, ALMATY, validFrom, validTo,
                validFrom);
        Reply registered = await("contract registered").atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.post(contracts + "/contracts", employer, contract), reply -> reply.status() == 201);
        String contractId = registered.json().get("id").asText();
        String contractNumber = registered.json().get("contractNumber").asText();
        assertEquals("ACTIVE", registered.json().get("status").asText());
        assertFalse(registered.json().get("late").asBoolean());

        step("contract registered");
        // A second contract on the same employer permit is refused: the permit backs one ACTIVE contract.
        Reply second = http.post(contracts + "/contracts", employer, contract);
        assertEquals(422, second.status(), second::toString);
        assertEquals("https://registry.migration.gov.kz/problems/permit-already-in-use",
                second.json().get("type").asText());

        // vacancy-service counts the position as filled by a foreign worker (ContractRegistered).
        await("position filled").atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get(vacancies + "/vacancies/" + vacancyId, employer).json()
                        .path("filledByForeignWorkers").asInt() == 1);

        step("position filled in vacancy-service");
        // The registry log verifies and holds the registration.
        JsonNode verification = expect(200, http.get(contracts + "/registry/verify", auditor));
        assertTrue(verification.get("intact").asBoolean(), verification::toString);
        long head = verification.get("headSequence").asLong();
        assertTrue(verification.get("entriesChecked").asLong() >= 1, verification::toString);
        boolean found = false;
        for (long sequence = head; sequence >= 1 && !found; sequence--) {
            JsonNode entry = expect(200, http.get(contracts + "/registry/entries/" + sequence + "/proof", auditor))
                    .get("entry");
            found = contractId.equals(entry.get("contractId").asText())
                    && "REGISTERED".equals(entry.get("action").asText());
        }
        assertTrue(found, "no REGISTERED entry for contract " + contractId + " up to sequence " + head);

        step("registry verified, entry found");
        // Still exactly one unit used after the retried callback and the contract.
        JsonNode finalBalance = expect(200, http.get(balanceUrl, ministry));
        assertEquals(1, finalBalance.get("used").asInt(), finalBalance::toString);
        assertEquals(0, finalBalance.get("reserved").asInt(), finalBalance::toString);

        // The worker checks the permit publicly with the passport.
        JsonNode publicPermit = expect(200,
                http.get(permits + "/public/permits/" + permitNumber + "/status?document=" + passport, null));
        assertEquals("ISSUED", publicPermit.get("status").asText());
        assertEquals(CATEGORY, publicPermit.get("category").asText());
        assertEquals(ALMATY, publicPermit.get("region").asText());
        assertEquals(validTo.toString(), publicPermit.get("validTo").asText());

        // ... and the contract.
        JsonNode publicContract = expect(200, http.post(contracts + "/public/contracts/lookup", null,
                "{\"contractNumber\": \"" + contractNumber + "\", \"passportNumber\": \"" + passport + "\"}"));
        assertEquals(contractNumber, publicContract.get("contractNumber").asText());
        assertEquals("ACTIVE", publicContract.get("status").asText());
        assertEquals(bin, publicContract.get("employerBin").asText());
        assertEquals(validFrom.toString(), publicContract.get("startDate").asText());
        step("public permit and contract checks");
    }

    private JsonNode verificationOf(String permits, String mfa, String applicationId) {
        JsonNode page = expect(200, http.get(permits + "/document-verifications?status=PENDING&limit=200", mfa));
        for (JsonNode item : page.get("items")) {
            if (applicationId.equals(item.get("applicationId").asText())) {
                return item;
            }
        }
        return null;
    }

    private static JsonNode expect(int status, Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        return reply.json();
    }

    /** A 12-digit BIN or IIN with a valid check digit; some 11-digit prefixes have none, so draw again. */
    private static String randomIdentifier(String prefix) {
        while (true) {
            StringBuilder digits = new StringBuilder(prefix);
            if (prefix.length() == 6) {
                digits.append('3');
            }
            while (digits.length() < 11) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            try {
                return BusinessIdentifiers.withCheckDigit(digits.toString());
            } catch (IllegalArgumentException noCheckDigit) {
                // draw again
            }
        }
    }
}
