package kz.migration.acceptance;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every scenario shares: the stack, one facade per service, tokens, the clock, bounded waits for what happens
 * through events, and the multi-service steps several scenarios take (a vacancy whose labour-market test passed,
 * an application taken from submission to an issued permit).
 */
@ExtendWith(SharedStack.class)
abstract class Scenario {

    static final String ALMATY = "750000000";
    static final String ASTANA = "710000000";
    static final String KARAGANDA = "350000000";
    static final String SHYMKENT = "790000000";
    static final String OCCUPATION = "2512";
    /** The foreign specialist of the employer permits: a citizen of India, neither EAEU nor visa-free. */
    static final String WORKER = "Rahul Verma";
    static final String CITIZENSHIP = "IN";
    /** The domestic search lasts 15 full calendar days: a vacancy posted on day D opens to foreign labour on D+16. */
    static final String SEARCH_PERIOD = "P16D";
    /** What happens through Kafka (read-models, the quota saga) is eventually visible; never longer than this. */
    static final Duration EVENTUAL = Duration.ofSeconds(90);
    static final Duration POLL = Duration.ofMillis(250);

    final AcceptanceStack stack = SharedStack.stack();
    private final RegistryClients clients = new RegistryClients(stack, RequestKeys.fresh());
    final Vacancies vacancies = clients.vacancies;
    final Permits permits = clients.permits;
    final Quotas quotas = clients.quotas;
    final Contracts contracts = clients.contracts;
    final Inspection inspection = clients.inspection;

    final String ministry = stack.token("ministry", null, null);
    final String exchange = stack.token("labour-exchange", null, null);
    final String mfa = stack.token("mfa", null, null);
    final String gateway = stack.token("payment-gateway", null, null);
    final String auditor = stack.token("auditor", null, null);
    final String police = stack.token("migration-police", null, null);

    private final Instant began = Instant.now();

    String employer(String bin) {
        return stack.token("employer", bin, null);
    }

    /** A private individual who employs for the household, identified by IIN. */
    String householdEmployer(String iin) {
        return stack.individualEmployerToken(iin);
    }

    String officer(String region) {
        return stack.token("officer", null, region);
    }

    /** A labour inspector of {@code region}. */
    String inspector(String region) {
        return stack.token("inspector", null, region);
    }

    /** Progress with the time since the scenario began, so a slow or stuck step shows in the build output. */
    void step(String done) {
        System.out.printf("[acceptance] %-28s %6.1f s  %s%n", getClass().getSimpleName(),
                Duration.between(began, Instant.now()).toMillis() / 1000.0, done);
    }

    static JsonNode expect(int status, Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        return reply.json();
    }

    /** A 422 rule refusal of the given problem type (the slug after /problems/). */
    static JsonNode expectRefusal(String problem, Reply reply) {
        assertEquals(422, reply.status(), reply::toString);
        assertEquals("https://registry.migration.gov.kz/problems/" + problem, reply.json().get("type").asText(),
                reply::toString);
        return reply.json();
    }

    /** Whether {@code view} leaves {@code field} out (or null): the answer has no such value. */
    static boolean absent(JsonNode view, String field) {
        return view.path(field).isMissingNode() || view.get(field).isNull();
    }

    /** Polls {@code call} until its reply satisfies {@code done}; the last reply on success. */
    static Reply eventually(String what, java.util.concurrent.Callable<Reply> call, Predicate<Reply> done) {
        return await(what).atMost(EVENTUAL).pollInterval(POLL).until(call, done::test);
    }

    /** Polls a GET until it answers 200 with a body satisfying {@code done}. */
    static JsonNode eventuallyJson(String what, java.util.concurrent.Callable<Reply> call, Predicate<JsonNode> done) {
        return eventually(what, call, reply -> reply.status() == 200 && done.test(reply.json())).json();
    }

    /**
     * The registry verification once every recorded change is chained: contract-registry appends to a pending list
     * in the business transaction and its sequencer chains it moments later.
     */
    JsonNode chainedRegistry() {
        return eventuallyJson("registry chained", () -> contracts.verifyRegistry(auditor),
                view -> view.path("pendingEntries").asLong(0) == 0);
    }

    /** Waits until the registry log holds the contract's REGISTERED entry, and checks that the chain verifies. */
    void awaitRegisteredInIntactLog(String contractId) {
        await("REGISTERED entry of " + contractId).atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> registryActions(contractId).contains("REGISTERED"));
        JsonNode verification = chainedRegistry();
        assertTrue(verification.get("intact").asBoolean(), verification::toString);
    }

    /** The registry actions recorded for one contract, newest first, read back from the head (at most 50). */
    List<String> registryActions(String contractId) {
        List<String> actions = new java.util.ArrayList<>();
        long head = expect(200, contracts.verifyRegistry(auditor)).get("headSequence").asLong();
        for (long sequence = head; sequence >= 1 && sequence > head - 50; sequence--) {
            JsonNode entry = expect(200, contracts.proof(auditor, sequence)).get("entry");
            if (contractId.equals(entry.get("contractId").asText())) {
                actions.add(entry.get("action").asText());
            }
        }
        return actions;
    }

    LocalDate today() {
        return stack.today();
    }

    /** A vacancy posted now; its labour-market test passes after the search period ({@link #passLabourMarketTest}). */
    String postVacancy(String employer, String region, int positions) {
        JsonNode vacancy = expect(201, vacancies.post(employer, OCCUPATION, region, positions, "450000.00"));
        return vacancy.get("id").asText();
    }

    /** Moves every clock past the domestic search and waits for the vacancy's test to pass. */
    void passLabourMarketTest(String employer, String vacancyId) {
        stack.advanceClocks(SEARCH_PERIOD);
        awaitLabourMarketTestPassed(employer, vacancyId);
    }

    void awaitLabourMarketTestPassed(String employer, String vacancyId) {
        eventuallyJson("labour-market test of " + vacancyId, () -> vacancies.get(employer, vacancyId),
                view -> view.path("labourMarketTestPassed").asBoolean());
    }

    Permits.Application application(String vacancyId, String region, String category, String passport) {
        return new Permits.Application(vacancyId, region, category, OCCUPATION, WORKER, CITIZENSHIP, passport,
                today().plusYears(5), "550000.00");
    }

    /** The ministry gives each region of {@code shares} its units of {@code category} in {@code year}. */
    JsonNode allocateQuota(int year, String category, Map<String, Integer> shares, String reason) {
        Reply decided = quotas.allocate(ministry, year, category, shares, reason);
        assertTrue(decided.status() == 200 || decided.status() == 201, decided::toString);
        return decided.json();
    }

    /**
     * Submits (once permit-service has the vacancy's passed test from its event), has the MFA confirm the diploma,
     * and the region's officer take the application for review. Returns its id, UNDER_REVIEW.
     */
    String submitForReview(String employer, Permits.Application application) {
        Reply submitted = eventually("application accepted", () -> permits.submit(employer, application),
                reply -> reply.status() == 201);
        String id = submitted.json().get("id").asText();
        JsonNode check = await("document check requested").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> permits.pendingDocumentCheck(mfa, id), found -> found != null);
        assertEquals("CONFIRMED", expect(200, permits.answerDocumentCheck(mfa, check.get("id").asText(),
                "CONFIRMED")).get("status").asText());
        assertEquals("UNDER_REVIEW",
                expect(200, permits.startReview(officer(application.region()), id)).get("status").asText());
        return id;
    }

    /**
     * From submission to the officer's approval ({@link #submitForReview}). Returns the view once the quota saga
     * answered: AWAITING_FEE when a unit was reserved, REFUSED when none was left.
     */
    JsonNode submitAndApprove(String employer, Permits.Application application) {
        String id = submitForReview(employer, application);
        assertEquals("APPROVED", expect(200, permits.approve(officer(application.region()), id)).get("status")
                .asText());
        return eventuallyJson("quota saga of " + id, () -> permits.application(employer, id),
                view -> !"APPROVED".equals(view.path("status").asText()));
    }

    /** The statuses an application went through from its review on, in order (its history). */
    List<String> statusesFromReview(String token, String applicationId) {
        List<String> statuses = new java.util.ArrayList<>();
        for (JsonNode transition : expect(200, permits.history(token, applicationId))) {
            statuses.add(transition.get("to").asText());
        }
        return statuses.subList(statuses.indexOf("UNDER_REVIEW"), statuses.size());
    }

    /** The payment gateway confirms the fee stated on an AWAITING_FEE view; returns the ISSUED view. */
    JsonNode payFee(JsonNode awaitingFee) {
        assertEquals("AWAITING_FEE", awaitingFee.get("status").asText(), awaitingFee::toString);
        JsonNode fee = awaitingFee.get("fee");
        assertNotNull(fee, awaitingFee::toString);
        String id = awaitingFee.get("id").asText();
        JsonNode issued = expect(200, permits.payFee(gateway, id, "ACC-" + id.substring(0, 8), fee, Instant.now()));
        assertEquals("ISSUED", issued.get("status").asText(), issued::toString);
        return issued;
    }

    /** From submission to an issued permit; the view with permitNumber, validFrom, validTo. */
    JsonNode issuePermit(String employer, Permits.Application application) {
        return payFee(submitAndApprove(employer, application));
    }

    /**
     * A labour immigrant's permit from request to issue, as filed since 13 April 2026: the region's officer files the
     * worker's application, the internal affairs bodies agree, the officer approves, the payment gateway confirms the
     * tax the registry stated, and the permit is issued once quota-service reserved the LABOUR_IMMIGRANT unit.
     * Returns the issued request's view (permitNumber).
     */
    JsonNode issueLabourImmigrantPermit(Permits.LabourImmigrant request) {
        String officer = officer(request.region());
        JsonNode filed = expect(201, permits.requestLabourImmigrantPermit(officer, request));
        assertEquals("AWAITING_AGREEMENT", filed.get("status").asText(), filed::toString);
        String requestId = filed.get("id").asText();
        expect(200, permits.agreeLabourImmigrantPermit(police, requestId));
        JsonNode approved = expect(200, permits.approveLabourImmigrantPermit(officer, requestId));
        assertEquals("AWAITING_TAX", approved.get("status").asText(), approved::toString);
        expect(200, permits.payLabourImmigrantTax(gateway, approved.get("taxDue"),
                "TAX-" + UUID.randomUUID().toString().substring(0, 8), Instant.now()));
        return eventuallyJson("labour-immigrant permit issued", () -> permits.labourImmigrantRequest(officer,
                requestId), view -> "ISSUED".equals(view.path("status").asText()));
    }
}
