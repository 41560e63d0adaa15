package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, fault injection (on demand: {@code ./mvnw -Pfaults verify -pl acceptance-tests}). Scenario 1's flow runs
 * in a loop (application, MFA check, review, approval, quota saga, fee, issue, contract, registry) while each
 * service in turn is killed with -9 (the launcher restarts it) and then the Kafka broker is killed with -9 (it runs
 * in the launcher's JVM, so the launcher dies with it and {@code ./registry up} recovers the stack on the same
 * data). Afterwards the invariants are checked through the APIs, and through each service's database where the
 * API does not show them ({@link StackInvariants}, shared with the scale-out run).
 */
@Tag("faults")
class FaultInjectionTest {

    /** Vacancies prepared for the loop; it stops earlier, a few journeys after the last fault. */
    private static final int MAX_JOURNEYS = Integer.getInteger("faults.max-journeys", 60);
    private static final String OFFSET = Journeys.OFFSET;

    private AcceptanceStack stack;
    private final RunLog log = new RunLog("faults");

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
        Journeys journeys = new Journeys(stack);
        String ministry = stack.token("ministry", null, null);
        LocalDate today = stack.today();
        int year = today.plusDays(16).getYear();
        List<Journeys.Start> starts = journeys.prepare(MAX_JOURNEYS, ministry, year,
                "Fault injection: CATEGORY_3 for Almaty");
        log.note("%d vacancies posted, clocks +16 days, every labour-market test passed", MAX_JOURNEYS);

        List<Journeys.Journey> done = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread loop = new Thread(() -> {
            for (int i = 0; i < MAX_JOURNEYS && failures.isEmpty() && !stop.get(); i++) {
                try {
                    done.add(journeys.journey(i, starts.get(i)));
                    // Paced, so the loop outlasts the faults with the vacancies prepared.
                    TimeUnit.SECONDS.sleep(2);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }
        }, "scenario-1-loop");
        loop.start();

        Journeys.await(done, 1, MAX_JOURNEYS, failures);
        for (String module : AcceptanceStack.SERVICE_MODULES) {
            long killed = stack.killService(module);
            log.note("kill -9 %s (pid %d) during journey %d", module, killed, done.size() + 1);
            Instant down = Instant.now();
            StackInvariants.waitUntil(() -> servicePidChanged(module, killed) && stack.healthy(module),
                    Duration.ofMinutes(3), module + " restarted");
            // A restarted service's dev clock starts from the real time; the launcher gives it the stack's offset.
            StackInvariants.waitUntil(stack::oneDate, Duration.ofMinutes(1), module + " back on the stack's date");
            log.note("%s restarted by the launcher and UP after %.1f s, on the stack's date", module,
                    RunLog.seconds(down));
            Journeys.await(done, done.size() + 1, MAX_JOURNEYS, failures);
        }
        stack.killLauncher();
        log.note("kill -9 the launcher JVM = the Kafka broker (PostgreSQL and the services orphaned) during journey %d",
                done.size() + 1);
        Instant down = Instant.now();
        stack.relaunch();
        stack.advanceClocks(OFFSET);
        log.note("./registry up recovered the stack (orphans stopped, broker restarted on its log) in %.1f s",
                RunLog.seconds(down));
        Journeys.await(done, done.size() + 3, MAX_JOURNEYS, failures);
        stop.set(true);
        loop.join(Journeys.JOURNEY_TIMEOUT.multipliedBy(2).toMillis());
        assertEquals(List.of(), failures.stream().map(String::valueOf).toList(), "journeys failed");
        log.note("%d journeys completed (%d retried calls while components were down)", done.size(),
                journeys.retries());

        StackInvariants invariants = new StackInvariants(stack, journeys.clients);
        // Quiet first: every outbox drained (a relay retries what the broker's death left unsent).
        invariants.awaitQuiet();
        invariants.checkJourneys(done, ministry, year);
        List<String> report = new ArrayList<>();
        report.add(
                "Fault run " + log.began() + ", " + done.size() + " journeys, " + RunLog.seconds(log.began()) + " s");
        report.add("");
        log.lines().forEach(line -> report.add("- " + line));
        report.add("");
        report.addAll(invariants.table());
        report.add("");
        report.add("Journey times (s): " + done.stream().map(j -> String.format("%.1f", j.millis() / 1000.0))
                .toList());
        String text = String.join("\n", report) + "\n";
        System.out.println("[faults] summary\n" + text);
        Files.writeString(Path.of(System.getProperty("acceptance.work-dir", "target/acceptance-stack"))
                .resolveSibling("fault-injection-summary.md"), text);
        invariants.assertHeld();
    }

    private boolean servicePidChanged(String module, long killed) {
        try {
            return stack.servicePid(module) != killed;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
