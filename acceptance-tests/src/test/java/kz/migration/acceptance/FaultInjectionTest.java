package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11, fault injection (on demand: {@code ./mvnw -Pfaults verify -pl acceptance-tests}). Scenario 1's flow runs
 * in a loop (application, MFA check, review, approval, quota saga, fee, issue, contract, registry) while each
 * service in turn is killed with -9 (the launcher restarts it) and then the Kafka broker is killed with -9 (it runs
 * in the launcher's JVM, so the launcher dies with it and {@code ./registry up} recovers the stack on the same
 * data). Afterwards the invariants are checked through the APIs, and through each service's database where the
 * API does not show them (which reservation a permit consumed; registry entries per contract; unsent outbox rows).
 */
@Tag("faults")
class FaultInjectionTest {

    /** Vacancies prepared for the loop; it stops earlier, a few journeys after the last fault. */
    private static final int MAX_JOURNEYS = Integer.getInteger("faults.max-journeys", 60);
    private static final String ALMATY = Scenario.ALMATY;
    private static final String CATEGORY = "CATEGORY_3";
    private static final String OFFSET = Scenario.SEARCH_PERIOD;
    private static final Duration JOURNEY_TIMEOUT = Duration.ofMinutes(6);
    private static final List<String> DATABASES = List.of("vacancy", "permit", "quota", "contract");

    private AcceptanceStack stack;
    private final Http http = new Http();
    private Vacancies vacancies;
    private Permits permits;
    private Quotas quotas;
    private Contracts contracts;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final Instant began = Instant.now();

    /** What one turn of the loop produced. */
    record Journey(int index, String vacancyId, String applicationId, String permitNumber, String contractId,
            long millis) {
    }

    @Test
    void invariantsHoldAfterKillingEachServiceAndTheBroker() throws Exception {
        stack = AcceptanceStack.start();
        try {
            run();
        } finally {
            stack.close();
        }
    }

    private void run() throws Exception {
        // Retries after a lost response must replay, not create again: keys derived from the request's content.
        RegistryClients clients = new RegistryClients(stack, RequestKeys.fromContent());
        vacancies = clients.vacancies;
        permits = clients.permits;
        quotas = clients.quotas;
        contracts = clients.contracts;
        String ministry = stack.token("ministry", null, null);
        LocalDate today = stack.today();
        int year = today.plusDays(16).getYear();
        Reply allocated = quotas.allocate(ministry, year, CATEGORY, Map.of(ALMATY, MAX_JOURNEYS + 10),
                "Fault injection: CATEGORY_3 for Almaty");
        assertTrue(allocated.status() == 200 || allocated.status() == 201, allocated::toString);

        // Every journey's vacancy first, so one clock advance passes all their labour-market tests.
        List<String> employers = new ArrayList<>();
        List<String> vacancyIds = new ArrayList<>();
        for (int i = 0; i < MAX_JOURNEYS; i++) {
            String employer = stack.token("employer", Identifiers.bin(), null);
            employers.add(employer);
            vacancyIds.add(Scenario.expect(201, vacancies.post(employer, Scenario.OCCUPATION, ALMATY, 1, "450000.00"))
                    .get("id").asText());
        }
        stack.advanceClocks(OFFSET);
        for (int i = 0; i < MAX_JOURNEYS; i++) {
            String employer = employers.get(i);
            String vacancyId = vacancyIds.get(i);
            Scenario.eventuallyJson("labour-market test", () -> vacancies.get(employer, vacancyId),
                    view -> view.path("labourMarketTestPassed").asBoolean());
        }
        note("%d vacancies posted, clocks +16 days, every labour-market test passed", MAX_JOURNEYS);

        List<Journey> done = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread loop = new Thread(() -> {
            for (int i = 0; i < MAX_JOURNEYS && failures.isEmpty() && !stop.get(); i++) {
                try {
                    done.add(journey(i, employers.get(i), vacancyIds.get(i)));
                    // Paced, so the loop outlasts the faults with the vacancies prepared.
                    TimeUnit.SECONDS.sleep(2);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }
        }, "scenario-1-loop");
        loop.start();

        awaitJourneys(done, 1, failures);
        for (String module : AcceptanceStack.SERVICE_MODULES) {
            long killed = stack.killService(module);
            note("kill -9 %s (pid %d) during journey %d", module, killed, done.size() + 1);
            Instant down = Instant.now();
            waitUntil(() -> servicePidChanged(module, killed) && stack.healthy(module), Duration.ofMinutes(3),
                    module + " restarted");
            // A restarted service's dev clock starts again from the real time: give it the stack's offset back.
            stack.advanceClock(module, OFFSET);
            note("%s restarted by the launcher and UP after %.1f s", module, seconds(down));
            awaitJourneys(done, done.size() + 1, failures);
        }
        stack.killLauncher();
        note("kill -9 the launcher JVM = the Kafka broker (PostgreSQL and the services orphaned) during journey %d",
                done.size() + 1);
        Instant down = Instant.now();
        stack.relaunch();
        stack.advanceClocks(OFFSET);
        note("./registry up recovered the stack (orphans stopped, broker restarted on its log) in %.1f s",
                seconds(down));
        awaitJourneys(done, done.size() + 3, failures);
        stop.set(true);
        loop.join(JOURNEY_TIMEOUT.multipliedBy(2).toMillis());
        assertEquals(List.of(), failures.stream().map(String::valueOf).toList(), "journeys failed");
        note("%d journeys completed (%d retried calls while components were down)", done.size(), retries.get());

        checkInvariants(done, ministry, year);
    }

    /** Scenario 1 from the application on, retrying every call until the wanted state is visible. */
    private Journey journey(int index, String employer, String vacancyId) {
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
        String contractId = call("register contract", () -> contracts.register(employer, draft),
                reply -> reply.status() == 201 || reply.status() == 200).json().get("id").asText();
        return new Journey(index, vacancyId, applicationId, issued.get("permitNumber").asText(), contractId,
                Duration.between(start, Instant.now()).toMillis());
    }

    /** Calls until the reply is what is wanted; a refused connection or any other answer is retried. */
    private Reply call(String what, Supplier<Reply> request, Predicate<Reply> wanted) {
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

    private void checkInvariants(List<Journey> journeys, String ministry, int year) throws Exception {
        int expected = journeys.size();
        String auditor = stack.token("auditor", null, null);
        // Quiet first: every outbox drained (a relay retries what the broker's death left unsent).
        waitUntil(() -> DATABASES.stream().allMatch(db -> unsent(db) == 0) && pendingRegistryEntries() == 0,
                Duration.ofMinutes(3), "outboxes drained, registry chained");
        Map<String, Long> unsent = new LinkedHashMap<>();
        for (String db : DATABASES) {
            unsent.put(db, unsent(db));
        }
        Map<String, Double> backlogMetric = new LinkedHashMap<>();
        for (String module : AcceptanceStack.SERVICE_MODULES) {
            backlogMetric.put(module, outboxBacklogMetric(module));
        }
        JsonNode balance = Scenario.eventuallyJson("quota settled", () -> quotas.balance(ministry, year, ALMATY,
                CATEGORY), view -> view.path("reserved").asInt() == 0);

        // Every permit issued has exactly one quota consumption (SQL: the API shows no reservation per permit).
        Map<String, String> reservationByPermit = new HashMap<>();
        query("permit", "select permit_number, reservation_id from permit_application where permit_number is not null",
                rs -> reservationByPermit.put(rs.getString(1), rs.getString(2)));
        Map<String, Integer> consumptions = new HashMap<>();
        query("quota", "select reservation_id, count(*) from quota_ledger where movement = 'CONSUME' "
                + "group by reservation_id", rs -> consumptions.put(rs.getString(1), rs.getInt(2)));
        Map<String, Integer> reservationStatus = new HashMap<>();
        query("quota", "select status, count(*) from quota_reservation group by status",
                rs -> reservationStatus.put(rs.getString(1), rs.getInt(2)));
        int exactlyOnce = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> permit : reservationByPermit.entrySet()) {
            int count = consumptions.getOrDefault(permit.getValue(), 0);
            if (count == 1) {
                exactlyOnce++;
            } else {
                wrong.add(permit.getKey() + " consumed " + count + " times");
            }
        }
        int orphanConsumptions = (int) consumptions.keySet().stream()
                .filter(reservation -> !reservationByPermit.containsValue(reservation)).count();

        // Every contract appears exactly once in the registry log as REGISTERED.
        Map<String, Integer> registeredEntries = new HashMap<>();
        query("contract", "select c.id, count(e.sequence) from labour_contract c left join registry_entry e "
                + "on e.contract_id = c.id and e.action = 'REGISTERED' group by c.id",
                rs -> registeredEntries.put(rs.getString(1), rs.getInt(2)));
        long contractsOnce = registeredEntries.values().stream().filter(count -> count == 1).count();
        long[] pending = {0};
        query("contract", "select count(*) from registry_pending", rs -> pending[0] = rs.getLong(1));
        JsonNode chain = Scenario.expect(200, contracts.verifyRegistry(auditor));
        JsonNode ledger = Scenario.expect(200, quotas.verifyLedger(auditor, year));

        // ContractRegistered reached vacancy-service exactly once per contract: each position filled once.
        int filledOnce = 0;
        for (Journey journey : journeys) {
            JsonNode vacancy = Scenario.expect(200, vacancies.get(ministry, journey.vacancyId()));
            if (vacancy.path("filledByForeignWorkers").asInt() == 1) {
                filledOnce++;
            }
        }

        List<String> summary = new ArrayList<>();
        summary.add("| invariant | count | holds |");
        summary.add("|---|---|---|");
        summary.add(row("journeys completed (scenario 1 loop)", journeys.size() + " (all started ones)",
                true));
        summary.add(row("permits issued (permit DB)", Integer.toString(reservationByPermit.size()),
                reservationByPermit.size() == expected));
        summary.add(row("permits with exactly one CONSUME ledger row (quota DB)", exactlyOnce + " of "
                + reservationByPermit.size(), wrong.isEmpty()));
        summary.add(row("CONSUME rows for no issued permit", Integer.toString(orphanConsumptions),
                orphanConsumptions == 0));
        summary.add(row("quota balance used / reserved / allocated (API)", balance.get("used").asInt() + " / "
                + balance.get("reserved").asInt() + " / " + balance.get("allocated").asInt(),
                balance.get("used").asInt() == expected && balance.get("reserved").asInt() == 0));
        summary.add(row("quota reservations by status (quota DB)", reservationStatus.toString(),
                reservationStatus.getOrDefault("CONSUMED", 0) == expected));
        summary.add(row("quota ledger consistent (API)", ledger.get("ledgerRows").asText() + " rows",
                ledger.get("consistent").asBoolean()));
        summary.add(row("contracts registered exactly once in the registry log (contract DB)", contractsOnce + " of "
                + registeredEntries.size(),
                contractsOnce == registeredEntries.size()
                        && registeredEntries.size() == expected));
        summary.add(row("registry entries left pending, not chained (contract DB)", Long.toString(pending[0]),
                pending[0] == 0));
        summary.add(row("registry chain verifies (API)", chain.get("entriesChecked").asText() + " entries",
                chain.get("intact").asBoolean()));
        summary.add(row("vacancy positions filled exactly once (API)", filledOnce + " of " + journeys.size(),
                filledOnce == journeys.size()));
        summary.add(row("unsent outbox rows per database (SQL)", unsent.toString(),
                unsent.values().stream().allMatch(count -> count == 0)));
        summary.add(row("registry_outbox_backlog per service (/q/metrics)", backlogMetric.toString(),
                backlogMetric.values().stream().allMatch(value -> value == 0.0)));
        List<String> report = new ArrayList<>();
        report.add("Fault run " + began + ", " + expected + " journeys, " + seconds(began) + " s");
        report.add("");
        log.forEach(line -> report.add("- " + line));
        report.add("");
        report.addAll(summary);
        report.add("");
        report.add("Journey times (s): " + journeys.stream().map(j -> String.format("%.1f", j.millis() / 1000.0))
                .toList());
        String text = String.join("\n", report) + "\n";
        System.out.println("[faults] summary\n" + text);
        Files.writeString(Path.of(System.getProperty("acceptance.work-dir", "target/acceptance-stack"))
                .resolveSibling("fault-injection-summary.md"), text);

        assertEquals(List.of(), wrong, "permits without exactly one consumption");
        assertEquals(expected, reservationByPermit.size());
        assertEquals(0, orphanConsumptions);
        assertEquals(expected, balance.get("used").asInt(), balance::toString);
        assertTrue(ledger.get("consistent").asBoolean(), ledger::toString);
        assertEquals(registeredEntries.size(), contractsOnce, registeredEntries::toString);
        assertEquals(expected, registeredEntries.size());
        assertTrue(chain.get("intact").asBoolean(), chain::toString);
        assertEquals(0, pending[0], "registry entries not chained");
        assertEquals(journeys.size(), filledOnce);
        unsent.forEach((db, count) -> assertEquals(0L, count, db + " outbox"));
    }

    private static String row(String what, String count, boolean holds) {
        return "| " + what + " | " + count + " | " + (holds ? "yes" : "**NO**") + " |";
    }

    private void awaitJourneys(List<Journey> done, int count, List<Throwable> failures) throws InterruptedException {
        Instant deadline = Instant.now().plus(JOURNEY_TIMEOUT);
        while (done.size() < Math.min(count, MAX_JOURNEYS) && failures.isEmpty()
                && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private boolean servicePidChanged(String module, long killed) {
        try {
            return stack.servicePid(module) != killed;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private long unsent(String database) {
        long[] count = {-1};
        try {
            query(database, "select count(*) from outbox_event where published_at is null",
                    rs -> count[0] = rs.getLong(1));
        } catch (SQLException e) {
            return -1;
        }
        return count[0];
    }

    private long pendingRegistryEntries() {
        long[] count = {-1};
        try {
            query("contract", "select count(*) from registry_pending", rs -> count[0] = rs.getLong(1));
        } catch (SQLException e) {
            return -1;
        }
        return count[0];
    }

    private double outboxBacklogMetric(String module) {
        Reply metrics = http.get(stack.baseUrl(module) + "/q/metrics");
        return metrics.body().lines().filter(line -> line.startsWith("registry_outbox_backlog"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String database, String sql, RowHandler handler) throws SQLException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), database, database);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                handler.accept(rs);
            }
        }
    }

    private static void waitUntil(Supplier<Boolean> condition, Duration timeout, String what)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not within " + timeout);
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }

    private void note(String format, Object... args) {
        String line = String.format("%6.1f s  ", seconds(began)) + String.format(format, args);
        log.add(line);
        System.out.println("[faults] " + line);
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
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
