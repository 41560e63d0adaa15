package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scenario 1 from the application on (application, MFA check, review, approval, quota saga, fee, issue, contract,
 * registry), every call retried until the wanted state is visible, as a real client retries: the journey loop of
 * the fault-injection and scale-out runs. Creating calls carry Idempotency-Keys derived from their content, so a
 * retry after a lost response replays instead of creating again.
 */
final class Journeys {

    static final String ALMATY = Scenario.ALMATY;
    static final String CATEGORY = "CATEGORY_3";
    static final String OFFSET = Scenario.SEARCH_PERIOD;
    static final Duration JOURNEY_TIMEOUT = Duration.ofMinutes(6);

    /** What one journey produced. */
    record Journey(int index, String vacancyId, String applicationId, String permitNumber, String contractId,
            long millis) {
    }

    /** A vacancy whose labour-market test passed, with its employer's token: where a journey starts. */
    record Start(String employer, String vacancyId) {
    }

    private final AcceptanceStack stack;
    final RegistryClients clients;
    private final AtomicInteger retries = new AtomicInteger();

    Journeys(AcceptanceStack stack) {
        this.stack = stack;
        this.clients = new RegistryClients(stack, RequestKeys.fromContent());
    }

    /** Calls retried so far (a component down, a read-model not yet updated). */
    int retries() {
        return retries.get();
    }

    /**
     * The year's CATEGORY_3 plan for Almaty with room for {@code count} journeys and ten more, then a vacancy per
     * journey (one employer each), the clocks moved past the domestic search, and every labour-market test passed.
     * Returns the journeys' starts; {@code year} is the plan's year.
     */
    List<Start> prepare(int count, String ministry, int year, String reason) {
        Reply allocated = clients.quotas.allocate(ministry, year, CATEGORY, Map.of(ALMATY, count + 10), reason);
        assertTrue(allocated.status() == 200 || allocated.status() == 201, allocated::toString);
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String employer = stack.token("employer", Identifiers.bin(), null);
            starts.add(new Start(employer, Scenario.expect(201, clients.vacancies.post(employer, Scenario.OCCUPATION,
                    ALMATY, 1, "450000.00")).get("id").asText()));
        }
        // Every journey's vacancy first, so one clock advance passes all their labour-market tests.
        stack.advanceClocks(OFFSET);
        for (Start start : starts) {
            Scenario.eventuallyJson("labour-market test", () -> clients.vacancies.get(start.employer(),
                    start.vacancyId()), view -> view.path("labourMarketTestPassed").asBoolean());
        }
        return starts;
    }

    /** Scenario 1 from the application on, retrying every call until the wanted state is visible. */
    Journey journey(int index, Start from) {
        String employer = from.employer();
        String vacancyId = from.vacancyId();
        Permits permits = clients.permits;
        Instant start = Instant.now();
        String passport = Identifiers.passport();
        String mfa = stack.token("mfa", null, null);
        String officer = stack.token("officer", null, ALMATY);
        String gateway = stack.token("payment-gateway", null, null);
        Permits.Application application = new Permits.Application(vacancyId, ALMATY, CATEGORY, Scenario.OCCUPATION,
                Scenario.WORKER, Scenario.CITIZENSHIP, passport, LocalDate.of(2040, 1, 1), "550000.00");
        String applicationId = call("submit", () -> permits.submit(employer, application),
                reply -> reply.status() == 201 || reply.status() == 200).json().get("id").asText();
        Instant paidAt = Instant.now();
        Instant deadline = Instant.now().plus(JOURNEY_TIMEOUT);
        JsonNode view = null;
        while (view == null || !"ISSUED".equals(view.path("status").asText())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("journey " + index + " stuck: " + view);
            }
            view = call("read application", () -> permits.application(employer, applicationId),
                    reply -> reply.status() == 200).json();
            String status = view.path("status").asText();
            try {
                if ("PENDING".equals(view.path("documentCheck").asText())) {
                    JsonNode check = permits.pendingDocumentCheck(mfa, applicationId);
                    if (check != null) {
                        permits.answerDocumentCheck(mfa, check.get("id").asText(), "CONFIRMED");
                    }
                } else if ("SUBMITTED".equals(status)) {
                    permits.startReview(officer, applicationId);
                } else if ("UNDER_REVIEW".equals(status)) {
                    permits.approve(officer, applicationId);
                } else if ("AWAITING_FEE".equals(status)) {
                    permits.payFee(gateway, applicationId, "FLT-" + applicationId.substring(0, 8), view.get("fee"),
                            paidAt);
                } else if (!"APPROVED".equals(status) && !"ISSUED".equals(status)) {
                    throw new AssertionError("journey " + index + " ended in " + view);
                }
            } catch (RuntimeException componentDown) {
                retries.incrementAndGet();
            }
            if (!"ISSUED".equals(status)) {
                pause();
            }
        }
        JsonNode issued = view;
        LocalDate validFrom = LocalDate.parse(issued.get("validFrom").asText());
        Contracts.Draft draft = new Contracts.Draft(Scenario.WORKER, passport, Scenario.CITIZENSHIP,
                issued.get("permitNumber").asText(), "Senior Java developer", Scenario.OCCUPATION, ALMATY, validFrom,
                LocalDate.parse(issued.get("validTo").asText()), "550000.00", 40, validFrom);
        String contractId = call("register contract", () -> clients.contracts.register(employer, draft),
                reply -> reply.status() == 201 || reply.status() == 200).json().get("id").asText();
        return new Journey(index, vacancyId, applicationId, issued.get("permitNumber").asText(), contractId,
                Duration.between(start, Instant.now()).toMillis());
    }

    /** Calls until the reply is what is wanted; a refused connection or any other answer is retried. */
    Reply call(String what, Supplier<Reply> request, Predicate<Reply> wanted) {
        Instant deadline = Instant.now().plus(JOURNEY_TIMEOUT);
        Reply last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = request.get();
                if (wanted.test(last)) {
                    return last;
                }
            } catch (RuntimeException componentDown) {
                last = null;
            }
            retries.incrementAndGet();
            pause();
        }
        throw new AssertionError(what + " never succeeded; last reply " + last);
    }

    /** Waits until {@code done} holds {@code count} journeys (at most {@code max}), one failed, or the timeout. */
    static void await(List<Journey> done, int count, int max, List<Throwable> failures) throws InterruptedException {
        Instant deadline = Instant.now().plus(JOURNEY_TIMEOUT);
        while (done.size() < Math.min(count, max) && failures.isEmpty() && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
