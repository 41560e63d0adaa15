package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 §5, scale-out (on demand: {@code ./mvnw -Pscale-out verify -pl acceptance-tests}). The stack runs two
 * instances of every service on the same databases and Kafka; scenario 1's journeys (the fault run's loop, several
 * at once) send their calls to instance 1 and instance 2 of each service in turn, so every step may land on either.
 * One instance (permit-service's second) is killed -9 midway; the launcher restarts it, and it must come back on the
 * stack's date. Then the invariants: no over-issue, every contract chained exactly once, each aggregate's events
 * published once and in order (outbox, broker and the consumers' inboxes compared), no dead letters. The run writes its report to
 * {@code benchmarks/reports/scale-out.md} ({@code -Dscale-out.report=...} elsewhere).
 */
@Tag("scale-out")
class ScaleOutTest {

    private static final int INSTANCES = 2;
    private static final int JOURNEYS = Integer.getInteger("scale-out.journeys", 24);
    /** Journeys under way at once: the instances then serve and consume concurrently. */
    private static final int CLIENTS = Integer.getInteger("scale-out.clients", 3);
    /** The instance killed -9 during the run: permit-service serves most of a journey's calls. */
    private static final String CRASHED_MODULE = "permit-service";
    private static final String CRASHED = CRASHED_MODULE + "-2";

    private final RunLog log = new RunLog("scale-out");
    private final String loadAtStart = loadAverage();

    @Test
    void twoInstancesOfEveryServiceKeepEveryInvariant() throws Exception {
        AcceptanceStack stack = AcceptanceStack.start(INSTANCES);
        try {
            run(stack);
        } finally {
            stack.close();
        }
    }

    private void run(AcceptanceStack stack) throws Exception {
        log.note("stack UP: %d instances of each of the %d services, one PostgreSQL, one Kafka broker", INSTANCES,
                AcceptanceStack.SERVICE_MODULES.size());
        InstanceRotation rotation = stack.rotation();
        Journeys journeys = new Journeys(stack);
        String ministry = stack.token("ministry", null, null);
        int year = stack.today().plusDays(16).getYear();
        // Every instance must agree on the date: a clock left behind would judge the journeys by another day.
        for (String module : AcceptanceStack.SERVICE_MODULES) {
            for (int instance = 1; instance <= INSTANCES; instance++) {
                LocalDate today = LocalDate.parse(new Http().get(stack.baseUrl(module, instance) + "/dev/clock")
                        .json().get("today").asText());
                assertEquals(stack.today(), today, module + " instance " + instance + " is on another day");
            }
        }
        List<Journeys.Start> starts = journeys.prepare(JOURNEYS, ministry, year,
                "Scale-out: CATEGORY_3 for Almaty");
        log.note("%d vacancies posted, clocks of all %d instances +16 days, every labour-market test passed", JOURNEYS,
                INSTANCES * AcceptanceStack.SERVICE_MODULES.size());

        List<Journeys.Journey> done = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicInteger next = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        Instant loopStart = Instant.now();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < JOURNEYS && failures.isEmpty(); i = next.getAndIncrement()) {
                    try {
                        done.add(journeys.journey(i, starts.get(i)));
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            }, "scale-out-client-" + c);
            client.start();
            clients.add(client);
        }
        // One instance crashes mid-run: the journeys carry on on its sibling, the launcher starts it again, and it
        // must come back on the stack's date, not the real one (its clock is in memory).
        Journeys.await(done, JOURNEYS / 3, JOURNEYS, failures);
        long killed = stack.killService(CRASHED);
        log.note("kill -9 %s (pid %d) after %d journeys", CRASHED, killed, done.size());
        Instant down = Instant.now();
        StackInvariants.waitUntil(() -> restarted(stack, killed) && stack.healthy(CRASHED_MODULE, 2),
                Duration.ofMinutes(5), CRASHED + " restarted");
        log.note("%s restarted by the launcher and UP after %.1f s", CRASHED, RunLog.seconds(down));
        boolean oneDate = waitForOneDate(stack);
        Map<String, LocalDate> dates = stack.dates();
        log.note("dates of the instances after the restart: %s", dates);
        for (Thread client : clients) {
            client.join(Journeys.JOURNEY_TIMEOUT.multipliedBy(JOURNEYS).toMillis());
        }
        assertEquals(List.of(), failures.stream().map(String::valueOf).toList(), "journeys failed");
        log.note("%d journeys completed by %d clients in %.1f s (%d calls retried until the wanted state was visible)",
                done.size(), CLIENTS, RunLog.seconds(loopStart), journeys.retries());
        log.note("calls by instance: %s", rotation.callsByInstance());

        StackInvariants invariants = new StackInvariants(stack, journeys.clients);
        invariants.add("instances on one date after " + CRASHED + " was killed -9 and restarted (/dev/clock)",
                dates.values().stream().distinct().toList() + " on " + dates.size() + " instances", oneDate);
        invariants.awaitQuiet();
        invariants.checkJourneys(done, ministry, year);
        checkEvents(stack, invariants, rotation);

        List<String> report = report(stack, invariants, done);
        String text = String.join("\n", report) + "\n";
        System.out.println("[scale-out] report\n" + text);
        Path file = reportFile();
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        System.out.println("[scale-out] written to " + file);
        invariants.assertHeld();
    }

    /** Each aggregate's events published once and in order, consumed once and in order; no dead letters. */
    private void checkEvents(AcceptanceStack stack, StackInvariants invariants, InstanceRotation rotation)
            throws Exception {
        Map<String, Long> calls = rotation.callsByInstance();
        invariants.add("instances that served calls (of " + INSTANCES * AcceptanceStack.SERVICE_MODULES.size()
                + "; the journeys use four services)", calls.size() + ": " + calls,
                calls.size() >= INSTANCES * 4);
        EventStreams events = EventStreams.read(stack, invariants);
        invariants.add("outbox rows written / unpublished (5 databases, SQL)", events.written.size() + " / "
                + events.unpublished(), events.unpublished() == 0);
        Map<String, Long> twice = events.publishedMoreThanOnce();
        invariants.add("events on the broker more than once (ce_id)", twice.size() + " of "
                + events.published.size() + " records" + (twice.isEmpty() ? "" : ": " + first(twice.keySet())),
                twice.isEmpty());
        List<EventStreams.Written> missing = events.writtenNotOnBroker();
        invariants.add("published outbox rows missing on the broker", missing.size()
                + (missing.isEmpty() ? "" : ": " + first(missing)), missing.isEmpty());
        long foreign = events.onBrokerNotWritten();
        invariants.add("records on the broker no outbox wrote", Long.toString(foreign), foreign == 0);
        List<String> brokerOrder = events.aggregatesOutOfOrderOnBroker();
        invariants.add("aggregates whose records are not in commit order on one partition (broker vs outbox id)",
                brokerOrder.size() + " of " + events.aggregatesOnBroker()
                        + (brokerOrder.isEmpty() ? "" : ": " + first(brokerOrder)),
                brokerOrder.isEmpty());
        long consumedTwice = events.consumedTwice();
        invariants.add("event ids applied twice by one consumer (inbox, 5 databases)", consumedTwice + " of "
                + events.consumed.size() + " inbox rows", consumedTwice == 0);
        List<String> applyOrder = events.aggregatesAppliedOutOfOrder();
        invariants.add("consumer × aggregate pairs applied out of commit order (inbox received_at vs outbox id)",
                applyOrder.size() + " of " + events.consumerAggregatePairs()
                        + (applyOrder.isEmpty() ? "" : ": " + first(applyOrder)),
                applyOrder.isEmpty());
        invariants.add("dead letters (records on the <topic>.dlq topics)", events.deadLettered() + " "
                + events.deadLetters, events.deadLettered() == 0);
        double deadLetteredMetric = 0;
        double duplicates = 0;
        for (String module : AcceptanceStack.SERVICE_MODULES) {
            for (int instance = 1; instance <= INSTANCES; instance++) {
                deadLetteredMetric += invariants.metric(stack.baseUrl(module, instance),
                        "registry_inbox_dead_lettered_total");
                duplicates += invariants.metric(stack.baseUrl(module, instance), "registry_inbox_duplicates_total");
            }
        }
        invariants.add("registry_inbox_dead_lettered_total, all instances (/q/metrics)",
                String.format("%.0f", deadLetteredMetric), deadLetteredMetric == 0);
        invariants.note("redeliveries the inboxes absorbed (registry_inbox_duplicates_total, all instances)",
                String.format("%.0f", duplicates), true);
        invariants.note("consumer groups: members holding partitions", events.activeMembers.toString(),
                events.activeMembers.values().stream().anyMatch(members -> members == INSTANCES));
        Map<String, Long> repeated = events.repeatedPerAggregate();
        invariants.note("event types written more than once for one aggregate (aggregates, by type)",
                repeated.toString(), true);
    }

    private static boolean restarted(AcceptanceStack stack, long killed) {
        try {
            return stack.servicePid(CRASHED) != killed;
        } catch (IOException e) {
            return false;
        }
    }

    /** The ports the run used, by instance: "18081-18085 and 18091-18095" unless -Dacceptance.http-port-base moved them. */
    private static String servicePorts(AcceptanceStack stack) {
        List<String> modules = AcceptanceStack.SERVICE_MODULES;
        List<String> ranges = new ArrayList<>();
        for (int instance = 1; instance <= INSTANCES; instance++) {
            ranges.add(URI.create(stack.baseUrl(modules.get(0), instance)).getPort() + "-"
                    + URI.create(stack.baseUrl(modules.get(modules.size() - 1), instance)).getPort());
        }
        return String.join(" and ", ranges);
    }

    private static boolean waitForOneDate(AcceptanceStack stack) throws InterruptedException {
        try {
            StackInvariants.waitUntil(stack::oneDate, Duration.ofMinutes(1), "one date");
            return true;
        } catch (AssertionError notWithinAMinute) {
            return false;
        }
    }

    private List<String> report(AcceptanceStack stack, StackInvariants invariants, List<Journeys.Journey> done) {
        List<String> report = new ArrayList<>();
        report.add("# Scale-out: two instances of every service");
        report.add("");
        report.add("Written by `ScaleOutTest` (acceptance-tests, tag `scale-out`): `./mvnw install -DskipTests`, then "
                + "`./mvnw -Pscale-out verify -pl acceptance-tests`. Issue 22 §5.");
        report.add("");
        Map<String, String> run = new LinkedHashMap<>();
        run.put("commit", commit());
        run.put("date", log.began().toString());
        run.put("duration", String.format("%.0f s", RunLog.seconds(log.began())));
        run.put("machine", Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + loadAtStart + ", at end " + loadAverage() + " (1, 5, 15 min)");
        run.put("stack", INSTANCES + " instances of each of the 5 services (ports " + servicePorts(stack)
                + "), one embedded PostgreSQL (fsync off), one KRaft broker");
        run.put("load", JOURNEYS + " journeys of scenario 1, " + CLIENTS
                + " at a time, each call sent to the next instance of its service; " + CRASHED
                + " killed -9 after a third of them");
        run.forEach((key, value) -> report.add("- " + key + ": " + value));
        report.add("");
        log.lines().forEach(line -> report.add("- " + line));
        report.add("");
        report.addAll(invariants.table());
        report.add("");
        report.add("Journey times (s): " + done.stream().map(j -> String.format("%.1f", j.millis() / 1000.0))
                .toList());
        return report;
    }

    private static Path reportFile() {
        String named = System.getProperty("scale-out.report");
        if (named != null && !named.isBlank()) {
            return Path.of(named).toAbsolutePath();
        }
        return Path.of(System.getProperty("acceptance.repository-root", "..")).toAbsolutePath().normalize()
                .resolve("benchmarks").resolve("reports").resolve("scale-out.md");
    }

    /** The checked-out commit, and whether the tree differs from it. */
    private static String commit() {
        Path root = Path.of(System.getProperty("acceptance.repository-root", "..")).toAbsolutePath().normalize();
        String head = git(root, "rev-parse", "--short", "HEAD");
        String changes = git(root, "status", "--porcelain", "--untracked-files=no");
        return "`" + head + "`" + (changes.isBlank() ? "" : " with uncommitted changes");
    }

    private static String git(Path root, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String loadAverage() {
        try {
            String[] cells = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return cells[0] + " " + cells[1] + " " + cells[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static String first(Iterable<?> items) {
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (Object item : items) {
            if (n++ == 3) {
                return text.append(", ...").toString();
            }
            text.append(n == 1 ? "" : ", ").append(item);
        }
        return text.toString();
    }
}
