package kz.migration.contract.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.contract.ContractFixtures;
import kz.migration.contract.api.RegistryVerification;
import kz.migration.contract.service.RegistryService;
import kz.migration.contract.service.RegistryVerifier;
import kz.migration.testsupport.EmbeddedPostgresServer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestInfrastructure;
import kz.migration.testsupport.TestTokens;

/**
 * Registration throughput and latency of the running service (HTTP, JWT, validation against the permit read-model,
 * pending registry entry; the registry sequencer and the outbox relay run alongside) side by side with pgbench
 * single-row inserts on the same PostgreSQL server, with the same number of concurrent clients. The HTTP load comes
 * from wrk (Debian package {@code wrk}; the benchmark fails naming it when missing) with the test resource
 * {@code benchmark/register-contracts.lua}. Run with
 * {@code ./mvnw -pl contract-registry-service verify -Dgroups=benchmark}; writes
 * {@code benchmarks/reports/contract-registration.md} at the repository root, or {@code benchmark.report} (a path
 * from the repository root). Knobs (system properties):
 * {@code benchmark.clients} (16), {@code benchmark.seconds} (20), {@code benchmark.warmup.seconds} (120: with 10-30 s
 * the JIT compiler was still busy in the measured rounds, see the report), {@code benchmark.rounds} (2),
 * {@code benchmark.wrk.threads} (2). Also runs the
 * frozen registration SQL and the service's own SQL for one registration through pgbench (like for like), and
 * registrations at lower concurrency; with
 * {@code registry.postgres.track-statements=true} (set by the benchmark profile) it adds PostgreSQL's per-statement
 * times.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
@Tag("benchmark")
class ContractRegistrationBenchmarkTest {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    private static final String CONTRACTS_PATH = "/api/v1/contracts";
    /** {@link FrameworkFloorResource}: the same body, JWT and service, one row inserted. */
    private static final String FLOOR_PATH = "/api/v1/benchmark/framework-floor";
    /** With fsync and synchronous_commit on ({@code -Dregistry.postgres.durable=true}): the durable run. */
    private static final boolean DURABLE = Boolean.getBoolean(EmbeddedPostgresServer.DURABLE);
    /** Registration body; PASSPORT and PERMIT are replaced per request (a Formatter per request costs CPU here). */
    private static final String BODY_TEMPLATE = """
            {"worker":{"fullName":"Benchmark Worker","passportNumber":"PASSPORT","citizenship":"UZ"},
             "permitNumber":"PERMIT","position":"Software developer","occupationCode":"2512",
             "region":"750000000","startDate":"%s","endDate":"%s","salary":"650000.00","currency":"KZT",
             "weeklyHours":40,"signedOn":"%s"}""".formatted(
            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).plusDays(7),
            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).plusDays(300),
            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")));
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);
    private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmup.seconds", 120);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 2);
    /** Permits seeded per client: more than any client registers in warm-up plus all rounds. */
    private static final int PERMITS_PER_CLIENT = Integer.getInteger("benchmark.permits.per.client", 15_000);
    private static final String PGBENCH_DATABASE = "pgbench_compare";
    private static final String REGISTRY_DATABASE = "registry";
    private static final String INSERT_SCRIPT = "insert into bench_insert (payload) values (md5(random()::text));\n";
    /** Client counts of the latency-by-concurrency table (the main rounds use CLIENTS). */
    private static final int[] LOWER_CONCURRENCY = {1, 2, 4, 8};
    /** Permits for pgbench's registration transactions: more than it can take in one round. */
    private static final int SQL_PERMITS = Integer.getInteger("benchmark.sql.permits", 400_000);
    /** wrk threads (event loops); a phase with fewer clients uses one per client. */
    private static final int WRK_THREADS = Integer.getInteger("benchmark.wrk.threads", 2);
    /** The report, relative to the repository root; short check runs write theirs under a target/ directory. */
    private static final String REPORT = System.getProperty("benchmark.report",
            DURABLE
                    ? "benchmarks/reports/contract-registration-durable.md"
                    : "benchmarks/reports/contract-registration.md");
    private static final String[] SETTINGS = {"server_version", "synchronous_commit", "fsync", "full_page_writes",
            "wal_level", "shared_buffers", "max_connections", "checkpoint_timeout", "max_wal_size"};

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RegistryService registry;

    @Inject
    RegistryVerifier verifier;

    @TestHTTPResource("/")
    URL serviceUrl;

    String loadAtStart;

    String wrkVersion;

    Path wrkScript;

    /** The next seeded permit no phase has taken yet (permit p belongs to employer p mod CLIENTS). */
    int nextPermit;

    /** Per registration phase: the load generator's CPU ms per request (wrk's process). */
    final Map<String, Double> loadGeneratorCpuPerRequest = new java.util.concurrent.ConcurrentHashMap<>();

    /** Mean number of the service's sessions waiting on a lock, per registration phase. */
    final Map<String, Double> lockWaits = new java.util.concurrent.ConcurrentHashMap<>();

    /** Per phase: CPU ms per operation of this JVM, of the PostgreSQL server and of the JVM's threads by role. */
    final Map<String, Cpu> cpuPerOperation = new java.util.concurrent.ConcurrentHashMap<>();

    /** Per registration phase: registry entries chained, p50 / p99 ms from commit-time record to chain, drain ms. */
    final Map<String, double[]> chainLags = new java.util.concurrent.ConcurrentHashMap<>();

    /** Per measured round: the registry database's statements by PostgreSQL time, when pg_stat_statements is on. */
    final Map<String, List<String>> statementProfiles = new LinkedHashMap<>();

    /**
     * Samples pg_stat_activity every 100 ms: how many sessions of the service's database wait for a lock (before
     * the sequencer, 8-9 registrations queued for the registry head here).
     */
    final class LockWaitSampler implements Runnable {
        private volatile boolean running = true;
        private long samples;
        private long waiting;

        @Override
        public void run() {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement("""
                            select count(*) from pg_stat_activity where wait_event_type = 'Lock'
                            and datname = current_database()""")) {
                while (running) {
                    try (ResultSet rs = query.executeQuery()) {
                        rs.next();
                        waiting += rs.getLong(1);
                        samples++;
                    }
                    Thread.sleep(100);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() {
            running = false;
        }

        double averageWaiting() {
            return samples == 0 ? 0 : (double) waiting / samples;
        }
    }

    /**
     * CPU milliseconds per operation, and the JVM's threads' allocation in KB per operation ({@code allocated});
     * {@code threads} and {@code allocated} are empty and {@code wrk} 0 for pgbench phases.
     */
    record Cpu(double jvm, double postgres, Map<ThreadCpu.Role, Double> threads, double wrk,
            Map<ThreadCpu.Role, Double> allocated) {
    }

    /**
     * One measured phase: completed operations, failures, wall time, a latency histogram in microseconds (for
     * merging rounds) and the phase's own p50, p95, p99 and max in ms (wrk's, or the histogram's for pgbench).
     */
    record Measurement(String name, long operations, long failures, double seconds, Histogram latency, int clients,
            double[] latencyMillis) {
        Measurement(String name, long operations, long failures, double seconds, Histogram latency, int clients) {
            this(name, operations, failures, seconds, latency, clients,
                    new double[]{latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(95) / 1000.0,
                            latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0});
        }

        double tps() {
            return operations / seconds;
        }

        double percentileMillis(double percentile) {
            int index = percentile == 50 ? 0 : percentile == 95 ? 1 : percentile == 99 ? 2 : -1;
            return index >= 0 ? latencyMillis[index] : latency.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMillis() {
            return latencyMillis[3];
        }
    }

    /**
     * What register-contracts.lua prints in wrk's done(): the "wrk-result" line's fields and the "wrk-quantiles"
     * line, wrk's latency (µs) at every 0.1 percent.
     */
    record WrkResult(Map<String, Double> fields, long[] quantiles) {
        static WrkResult parse(String output) {
            Map<String, Double> fields = new LinkedHashMap<>();
            long[] quantiles = null;
            for (String line : output.lines().toList()) {
                if (line.startsWith("wrk-result ")) {
                    for (String field : line.substring(11).trim().split(" ")) {
                        String[] pair = field.split("=");
                        fields.put(pair[0], Double.parseDouble(pair[1]));
                    }
                } else if (line.startsWith("wrk-quantiles")) {
                    quantiles = Stream.of(line.substring(13).trim().split(" ")).filter(v -> !v.isEmpty())
                            .mapToLong(Long::parseLong).toArray();
                }
            }
            return fields.isEmpty() || quantiles == null ? null : new WrkResult(fields, quantiles);
        }

        long requests() {
            return fields.get("requests").longValue();
        }

        long non2xx() {
            return fields.get("non2xx").longValue();
        }

        /** Non-2xx responses and socket errors (connect, read, write, timeout). */
        long failures() {
            return non2xx() + fields.get("connect_errors").longValue() + fields.get("read_errors").longValue()
                    + fields.get("write_errors").longValue() + fields.get("timeouts").longValue();
        }

        long durationMicros() {
            return fields.get("duration_us").longValue();
        }

        int mostSentByAThread() {
            return fields.get("most_sent_by_a_thread").intValue();
        }

        /** wrk's p50, p95, p99 and max, in ms. */
        double[] latencyMillis() {
            return new double[]{fields.get("p50_us") / 1000.0, fields.get("p95_us") / 1000.0,
                    fields.get("p99_us") / 1000.0, fields.get("max_us") / 1000.0};
        }

        /**
         * wrk's distribution as a histogram for merging rounds: its latency at 1..99 percent stands for one percent
         * of the requests each, at 99.1..99.9 and the max for 0.1 percent each, times the phase's requests so that
         * rounds weigh by their request counts.
         */
        Histogram mergeableLatency() {
            Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
            for (int i = 0; i < quantiles.length; i++) {
                histogram.recordValueWithCount(Math.max(1, Math.min(quantiles[i], TimeUnit.MINUTES.toMicros(1))),
                        (i < 99 ? 10 : 1) * Math.max(1, requests()));
            }
            return histogram;
        }
    }

    @Test
    void registrationThroughputComparedWithPgbenchInserts() throws Exception {
        wrkVersion = requireWrk();
        loadAtStart = BenchmarkRun.loadAverage();
        EmbeddedPostgresServer postgres = TestInfrastructure.get().postgres();
        postgres.createDatabase(PGBENCH_DATABASE);
        prepareInsertTable(postgres);
        List<String> bins = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            bins.add(ContractFixtures.randomBin());
        }
        seedPermits(bins);
        String baseUrl = serviceUrl.toString().replaceAll("/$", "");

        String registrationSql = prepareSql("WP-2098-", "bench_permit_seq", "registration-transaction.sql");
        String serviceSql = prepareSql("WP-2097-", "bench_function_permit_seq", "registration-function.sql");
        registrations(baseUrl, bins, WARMUP_SECONDS, "warm-up");
        pgbench(postgres, PGBENCH_DATABASE, INSERT_SCRIPT, WARMUP_SECONDS / 2 + 1, "warm-up");
        List<Measurement[]> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Measurement inserts = pgbench(postgres, PGBENCH_DATABASE, INSERT_SCRIPT, SECONDS,
                    "pgbench round " + round);
            resetStatementStatistics();
            Measurement registrations = registrations(baseUrl, bins, SECONDS,
                    "registration round " + round);
            statementProfiles.put("registration round " + round, statementProfile(registrations.operations()));
            rounds.add(new Measurement[]{inserts, registrations});
        }
        resetStatementStatistics();
        Measurement sqlOnly = pgbench(postgres, REGISTRY_DATABASE, registrationSql, SECONDS,
                "registration SQL via pgbench");
        statementProfiles.put("the frozen registration SQL via pgbench",
                statementProfile(sqlOnly.operations()));
        resetStatementStatistics();
        Measurement serviceSqlOnly = pgbench(postgres, REGISTRY_DATABASE, serviceSql, SECONDS,
                "service SQL via pgbench");
        statementProfiles.put("the service's SQL via pgbench (like for like)",
                statementProfile(serviceSqlOnly.operations()));
        List<Measurement> byConcurrency = new ArrayList<>();
        for (int clients : LOWER_CONCURRENCY) {
            byConcurrency.add(registrations(baseUrl, bins, SECONDS / 2,
                    "registration, " + clients + " client" + (clients == 1 ? "" : "s"), clients));
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(FrameworkFloorResource.TABLE);
        }
        Measurement floor = registrations(baseUrl, bins, SECONDS, "framework floor", CLIENTS, FLOOR_PATH);
        OptionalDouble fsync = DURABLE ? FsyncLimit.measure(dataDirectory(), 2) : OptionalDouble.empty();
        Instant verifyStart = Instant.now();
        RegistryVerification verification = verifier.verify();
        Duration verifyTime = Duration.between(verifyStart, Instant.now());
        assertTrue(verification.intact(), "the chain must verify after the benchmark");
        writeReport(rounds, sqlOnly, serviceSqlOnly, byConcurrency, floor, fsync, verification, verifyTime,
                postgres);
        for (Measurement[] round : rounds) {
            assertEquals(0, round[1].failures(), "every registration succeeds");
        }
        assertEquals(0, floor.failures(), "every framework-floor insert succeeds");
    }

    /** CLIENTS connections of wrk registering back to back. */
    private Measurement registrations(String baseUrl, List<String> bins, int seconds, String name) throws Exception {
        return registrations(baseUrl, bins, seconds, name, CLIENTS);
    }

    private Measurement registrations(String baseUrl, List<String> bins, int seconds, String name, int clients)
            throws Exception {
        return registrations(baseUrl, bins, seconds, name, clients, CONTRACTS_PATH);
    }

    /**
     * wrk with {@code clients} keep-alive connections on {@code min(WRK_THREADS, clients)} threads for {@code seconds}
     * (script: test resource {@code benchmark/register-contracts.lua}). The load generator's CPU is wrk's own: its
     * process CPU (/proc/&lt;pid&gt;/stat, all its threads) from its threads' start to the load's end: not its process
     * start nor the quantiles its done() computes. The printed total (the
     * JVM's {@code cutime + cstime}, which gain wrk's CPU when it is reaped) includes them.
     */
    private Measurement registrations(String baseUrl, List<String> bins, int seconds, String name, int clients,
            String path) throws Exception {
        int threads = Math.min(WRK_THREADS, clients);
        int first = nextPermit;
        Path settings = Files.createTempFile("wrk-settings-", ".txt");
        List<String> lines = new ArrayList<>(List.of(path,
                BODY_TEMPLATE.replace("\n", "").replace("PASSPORT", "%s").replace("PERMIT", "%s"),
                "bench-" + UUID.randomUUID(), Integer.toString(first)));
        bins.forEach(bin -> lines.add(TestTokens.employer(bin)));
        Files.write(settings, lines);
        List<String> command = List.of("wrk", "-t", Integer.toString(threads), "-c", Integer.toString(clients), "-d",
                seconds + "s", "--timeout", "30s", "-s", wrkScript().toString(), baseUrl, "--", settings.toString(),
                Integer.toString(threads));
        LockWaitSampler sampler = new LockWaitSampler();
        Thread samplerThread = new Thread(sampler, "lock-wait-sampler");
        samplerThread.start();
        long cpuStart = processCpuNanos();
        long childrenCpuStart = endedChildrenCpuTicks();
        Map<Long, ThreadCpu.Sample> threadsStart = ThreadCpu.snapshot();
        Map<Long, ThreadAllocation.Sample> allocationStart = ThreadAllocation.snapshot();
        long postgresCpuStart = postgresCpuTicks();
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        long wrkCpuStart = -1;
        long wrkCpu = -1;
        try (var reader = new java.io.BufferedReader(
                new java.io.InputStreamReader(wrk.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.append(line).append('\n');
                Path wrkStat = Path.of("/proc", Long.toString(wrk.pid()), "stat");
                if (line.equals("wrk-threads-ready")) {
                    wrkCpuStart = ProcStat.read(wrkStat).cpuTicks();
                } else if (line.equals("wrk-load-ended")) {
                    // wrk's CPU until the load ended; done() waits for this line before it walks its histogram.
                    wrkCpu = ProcStat.read(wrkStat).cpuTicks() - wrkCpuStart;
                    wrk.getOutputStream().write('\n');
                    wrk.getOutputStream().flush();
                }
            }
        }
        int exit = wrk.waitFor();
        long postgresCpu = postgresCpuTicks() - postgresCpuStart;
        Map<Long, ThreadCpu.Sample> threadsEnd = ThreadCpu.snapshot();
        Map<Long, ThreadAllocation.Sample> allocationEnd = ThreadAllocation.snapshot();
        long jvmCpu = processCpuNanos() - cpuStart;
        long wrkCpuWhole = endedChildrenCpuTicks() - childrenCpuStart;
        sampler.stop();
        samplerThread.join();
        Files.delete(settings);
        WrkResult result = WrkResult.parse(output.toString());
        assertTrue(exit == 0 && result != null && wrkCpuStart >= 0 && wrkCpu >= 0,
                "wrk failed (exit " + exit + "):\n" + output);
        output.toString().lines().filter(line -> line.startsWith("wrk-failure")).limit(3).forEach(System.out::println);
        nextPermit = first + threads * result.mostSentByAThread();
        assertTrue(nextPermit <= CLIENTS * PERMITS_PER_CLIENT, "the phase used more permits than the "
                + CLIENTS * PERMITS_PER_CLIENT + " seeded; raise -Dbenchmark.permits.per.client");
        System.out.printf("%s: wrk CPU %d ticks from its threads' start to the load's end, %d in all%n", name,
                wrkCpu, wrkCpuWhole);
        long ok = result.requests() - result.non2xx();
        double perOk = Math.max(1, ok);
        cpuPerOperation.put(name, new Cpu(jvmCpu / 1e6 / perOk,
                postgresCpu * 1000.0 / ProcStat.CLOCK_TICKS / perOk,
                ThreadCpu.perOperation(threadsStart, threadsEnd, ok),
                wrkCpu * 1000.0 / ProcStat.CLOCK_TICKS / perOk,
                ThreadAllocation.perOperation(allocationStart, allocationEnd, ok)));
        loadGeneratorCpuPerRequest.put(name,
                wrkCpu * 1000.0 / ProcStat.CLOCK_TICKS / Math.max(1, result.requests()));
        lockWaits.put(name, sampler.averageWaiting());
        double elapsed = result.durationMicros() / 1e6;
        chainLags.put(name, chainLag(elapsed));
        Measurement m = new Measurement(name, ok, result.failures(), elapsed, result.mergeableLatency(), clients,
                result.latencyMillis());
        System.out.printf(
                "%s: %d ok, %d failed, %.0f/s, p50 %.2f ms, p99 %.2f ms, %.1f sessions waiting for a lock, "
                        + "chain lag p50 %.1f ms p99 %.1f ms, drained %.0f ms after the phase, wrk CPU %.3f ms "
                        + "per request%n",
                name, ok, result.failures(), m.tps(), m.percentileMillis(50), m.percentileMillis(99),
                lockWaits.get(name), chainLags.get(name)[1], chainLags.get(name)[2], chainLags.get(name)[3],
                loadGeneratorCpuPerRequest.get(name));
        return m;
    }

    /** The wrk script, copied from the test resources to a file wrk can read. */
    private Path wrkScript() throws IOException {
        if (wrkScript == null) {
            wrkScript = Files.createTempFile("register-contracts-", ".lua");
            try (var script = getClass().getResourceAsStream("/benchmark/register-contracts.lua")) {
                Files.write(wrkScript, script.readAllBytes());
            }
            wrkScript.toFile().deleteOnExit();
        }
        return wrkScript;
    }

    /** The PostgreSQL server's data directory, where pg_test_fsync writes its file. */
    private Path dataDirectory() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show data_directory")) {
            rs.next();
            return Path.of(rs.getString(1));
        }
    }

    /** wrk's version; fails the benchmark with the package to install when wrk is missing. */
    private static String requireWrk() {
        try {
            Process wrk = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes()).trim();
            wrk.waitFor();
            return output.lines().findFirst().orElse("wrk").replaceAll("\\s*Copyright.*", "");
        } catch (IOException e) {
            throw new AssertionError("wrk is not installed: this benchmark drives its HTTP load with wrk. Install "
                    + "the Debian package wrk (apt-get install wrk) and run it again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the sequencer has chained everything, then measures, for the entries recorded during the phase,
     * the time from the registration's record to its chaining (registry_entry.chained_at - recorded_at).
     */
    private double[] chainLag(double phaseSeconds) throws Exception {
        Instant phaseEnd = Instant.now();
        Instant phaseStart = phaseEnd.minusNanos((long) (phaseSeconds * 1e9));
        long drainStart = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement pending = connection.prepareStatement("select count(*) from registry_pending");
                PreparedStatement lag = connection.prepareStatement("""
                        select count(*), coalesce(percentile_cont(0.5) within group (order by
                            extract(epoch from chained_at - recorded_at)), 0) * 1000,
                          coalesce(percentile_cont(0.99) within group (order by
                            extract(epoch from chained_at - recorded_at)), 0) * 1000
                        from registry_entry where recorded_at >= ? and recorded_at <= ?""")) {
            while (true) {
                try (ResultSet rs = pending.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        break;
                    }
                }
                assertTrue(System.nanoTime() - drainStart < TimeUnit.MINUTES.toNanos(2), "the sequencer drains");
                Thread.sleep(20);
            }
            double drainMillis = (System.nanoTime() - drainStart) / 1e6;
            lag.setObject(1, java.time.OffsetDateTime.ofInstant(phaseStart, java.time.ZoneOffset.UTC));
            lag.setObject(2, java.time.OffsetDateTime.ofInstant(phaseEnd, java.time.ZoneOffset.UTC));
            try (ResultSet rs = lag.executeQuery()) {
                rs.next();
                return new double[]{rs.getLong(1), rs.getDouble(2), rs.getDouble(3), drainMillis};
            }
        }
    }

    /** The request body for seeded permit {@code permit}; dates relative to today in Almaty, as the service's. */
    private static String body(int permit) {
        String number = Integer.toString(permit);
        return BODY_TEMPLATE.replace("PASSPORT", "BM" + "00000000".substring(Math.min(8, number.length())) + number)
                .replace("PERMIT", "WP-2099-" + "000000".substring(Math.min(6, number.length())) + number);
    }

    /**
     * The permit read-model is seeded in one statement rather than through PermitIssued events: the benchmark
     * measures registration, and the event path is covered by the component tests.
     */
    private void seedPermits(List<String> bins) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into permit_view (permit_number, kind, status, employer_bin, region, category,
                            occupation_code, citizenship, worker_document_number, vacancy_id, valid_from, valid_to,
                            updated_at)
                        select 'WP-2099-' || lpad(i::text, 6, '0'), 'EMPLOYER', 'ISSUED', (?::text[])[1 + i % ?],
                            '750000000', 'CATEGORY_3', '2512', 'UZ', 'BM' || lpad(i::text, 8, '0'),
                            gen_random_uuid(), current_date - 30, current_date + 365, now()
                        from generate_series(0, ? - 1) i""")) {
            insert.setArray(1, connection.createArrayOf("text", bins.toArray()));
            insert.setInt(2, bins.size());
            insert.setInt(3, bins.size() * PERMITS_PER_CLIENT);
            insert.executeUpdate();
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze permit_view");
        }
    }

    /**
     * Seeds the permits that one of pgbench's registration scripts takes in turn ({@code prefix}*, apart from the
     * service's WP-2099-* and the other script's) from {@code sequence}, and returns the script (test resource
     * benchmark/{@code script}): registration-transaction.sql, the frozen reference, or registration-function.sql,
     * the service's SQL today.
     */
    private String prepareSql(String prefix, String sequence, String script) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create sequence if not exists " + sequence);
            statement.executeUpdate("""
                    insert into permit_view (permit_number, kind, status, employer_bin, region, category,
                        occupation_code, citizenship, worker_document_number, vacancy_id, valid_from, valid_to,
                        updated_at)
                    select '%s' || lpad(i::text, 6, '0'), 'EMPLOYER', 'ISSUED', '990340000017', '750000000',
                        'CATEGORY_3', '2512', 'UZ', 'BP' || lpad(i::text, 8, '0'), gen_random_uuid(),
                        current_date - 30, current_date + 365, now()
                    from generate_series(1, %d) i""".formatted(prefix, SQL_PERMITS));
            statement.execute("analyze permit_view");
        }
        try (var resource = getClass().getResourceAsStream("/benchmark/" + script)) {
            return new String(resource.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void prepareInsertTable(EmbeddedPostgresServer postgres) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(PGBENCH_DATABASE),
                EmbeddedPostgresServer.USER, ""); Statement statement = connection.createStatement()) {
            statement.execute("""
                    create table if not exists bench_insert (id bigserial primary key, payload text not null,
                        created_at timestamptz not null default now())""");
        }
    }

    /** pgbench with the same client count, one {@code sql} script per transaction, per-transaction latency log. */
    private Measurement pgbench(EmbeddedPostgresServer postgres, String database, String sql, int seconds,
            String name) throws Exception {
        Path work = Files.createTempDirectory("pgbench-");
        Path script = work.resolve("script.sql");
        Files.writeString(script, sql);
        List<String> command = List.of(pgbench(), "-h", "localhost", "-p", Integer.toString(postgres.port()),
                "-U", EmbeddedPostgresServer.USER, "-n", "-M", "prepared", "-c", Integer.toString(CLIENTS), "-j",
                "2", "-T", Integer.toString(seconds), "-f", script.toString(), "-l", "--log-prefix",
                work.resolve("tx").toString(), database);
        long postgresCpuStart = postgresCpuTicks();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), "pgbench failed: " + output);
        long postgresCpuTicks = postgresCpuTicks() - postgresCpuStart;
        Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        long transactions = 0;
        try (Stream<Path> logs = Files.list(work)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("tx")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] fields = line.split(" ");
                    latency.recordValue(Math.max(1, Long.parseLong(fields[2])));
                    transactions++;
                }
            }
        }
        double tps = Double
                .parseDouble(output.replaceAll("(?s).*tps = ([0-9.]+) \\(without initial connection time\\).*", "$1"));
        Measurement m = new Measurement(name, transactions, 0, transactions / tps, latency, CLIENTS);
        cpuPerOperation.put(name,
                new Cpu(0, postgresCpuTicks * 1000.0 / ProcStat.CLOCK_TICKS / transactions, Map.of(), 0, Map.of()));
        System.out.printf("%s: %d tx, %.0f/s, p50 %.2f ms, p99 %.2f ms%n", name, transactions, tps,
                m.percentileMillis(50), m.percentileMillis(99));
        return m;
    }

    /** pgbench from Debian's packages, or whatever "pgbench" the PATH finds. */
    private static String pgbench() {
        return BenchmarkRun.postgresTool("pgbench").map(Path::toString).orElse("pgbench");
    }

    private void writeReport(List<Measurement[]> rounds, Measurement sqlOnly, Measurement serviceSqlOnly,
            List<Measurement> byConcurrency,
            Measurement floor, OptionalDouble fsync, RegistryVerification verification,
            Duration verifyTime,
            EmbeddedPostgresServer postgres) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String setting : SETTINGS) {
                try (ResultSet rs = statement.executeQuery("show " + setting)) {
                    rs.next();
                    settings.put(setting, rs.getString(1));
                }
            }
        }
        String pgbenchVersion = new String(new ProcessBuilder(pgbench(), "--version").redirectErrorStream(true)
                .start().getInputStream().readAllBytes()).trim();
        StringBuilder md = new StringBuilder();
        md.append("# Contract registration benchmark\n\n");
        md.append(
                "Generated by `ContractRegistrationBenchmarkTest` (contract-registry-service test sources, tag `benchmark`) on ")
                .append(Instant.now()).append(".\n");
        md.append("Run: `./mvnw -pl contract-registry-service verify -Dgroups=benchmark ")
                .append("-Dtest=ContractRegistrationBenchmarkTest` with ").append(CLIENTS)
                .append(" clients, rounds of ")
                .append(SECONDS).append(" s, ").append(WARMUP_SECONDS).append(" s warm-up, ").append(ROUNDS)
                .append(" round").append(ROUNDS == 1 ? "" : "s").append(".\n\n");
        md.append("## Set-up\n\n");
        md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs shared by the service, PostgreSQL, wrk and pgbench, and by other users' ")
                .append("builds: load average at start ").append(loadAtStart).append(", at the end ")
                .append(BenchmarkRun.loadAverage())
                .append(" (/proc/loadavg).\n");
        md.append("- Commit: `").append(BenchmarkRun.commit()).append("`; `nproc` ").append(Runtime.getRuntime()
                .availableProcessors()).append(".\n");
        md.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", flags ")
                .append(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()).append(".\n");
        md.append("- Same PostgreSQL server for both: embedded PostgreSQL (zonky), port ").append(postgres.port())
                .append("; pgbench writes to its own database `").append(PGBENCH_DATABASE)
                .append("`, the service to `registry`. Like with like: both see the same fsync/synchronous_commit ")
                .append(DURABLE
                        ? "settings below (on: the durable run, every commit waits for its WAL flush).\n"
                        : "settings below (off in the embedded test server, so neither pays for a WAL flush per "
                                + "commit; the durable run, `-Dregistry.postgres.durable=true`, turns them on).\n");
        md.append("- Service: connection pool ")
                .append(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("quarkus.datasource.jdbc.max-size", String.class))
                .append(" connections; registry sequencer batch ")
                .append(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getOptionalValue("contract.registry.sequencer-batch-size", String.class).orElse("500"))
                .append(".\n");
        md.append("- Concurrency: ").append(CLIENTS).append(" clients for both. Service: ").append(wrkVersion)
                .append(" with ").append(CLIENTS).append(" HTTP/1.1 keep-alive connections on ")
                .append(Math.min(WRK_THREADS, CLIENTS))
                .append(" threads (`wrk -t ").append(Math.min(WRK_THREADS, CLIENTS)).append(" -c ").append(CLIENTS)
                .append("`, script test resource `benchmark/register-contracts.lua`: a fresh seeded permit, its ")
                .append("employer's token and a unique Idempotency-Key per request; fewer clients, one thread each ")
                .append("up to ").append(WRK_THREADS).append("); ")
                .append("pgbench: `-c ").append(CLIENTS).append(" -j 2 -M prepared -T ").append(SECONDS)
                .append("`, script `insert into bench_insert (payload) values (md5(random()::text))` (")
                .append(pgbenchVersion).append(").\n");
        md.append("- Each round: pgbench ").append(SECONDS).append(" s, then registrations ").append(SECONDS)
                .append(" s; after a ").append(WARMUP_SECONDS)
                .append(" s registration warm-up and a short pgbench warm-up.\n");
        if (trackingStatements()) {
            md.append(
                    "- pg_stat_statements is loaded (track = all) for the per-statement table below; pgbench and the ")
                    .append("service pay its small overhead alike.\n");
        }
        md.append("- One registration = POST /api/v1/contracts with JWT and Bean Validation, then two statements ")
                .append("in autocommit: one read (the Idempotency-Key's earlier request, the permit, its active ")
                .append("contract, a contract number), the rules judged in Java, and one call of register_contract ")
                .append("(key claim, permit row lock and re-check, contract insert, pending registry entry with the ")
                .append("canonical state JSON, its SHA-256 and the event payload, no lock on the chain; audit record, ")
                .append("stored response, sent as the HTTP body). Concurrently, the registry ")
                .append("sequencer chains committed entries in batches under the head row lock and writes the outbox ")
                .append("rows (ContractRegistered with its registry sequence), and the outbox relay publishes to Kafka.\n");
        md.append("- The permit read-model was seeded with SQL (").append(CLIENTS * PERMITS_PER_CLIENT)
                .append(" ISSUED employer permits); each registration uses a fresh permit.\n");
        md.append(
                "- Latency: client-side, wrk's own histogram (µs) for each phase; the rounds together are merged from ")
                .append("wrk's latency at each percent, each 0.1 percent above 99 and the max, weighted by each ")
                .append("round's requests; pgbench latency from ")
                .append("its per-transaction log (`-l`), HdrHistogram.\n\n");
        md.append("PostgreSQL settings during the run:\n\n| setting | value |\n|---|---|\n");
        settings.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n## Results\n\n");
        md.append(goals(rounds, sqlOnly, serviceSqlOnly, byConcurrency, floor, fsync).markdown());
        md.append(String.format("%nFramework floor: %s with the same body, JWT and %d clients, inserting one row "
                + "(`FrameworkFloorResource`, test sources, in the benchmark's build only): %.1f/s, p50 %.2f ms, "
                + "p99 %.2f ms, PostgreSQL CPU %.2f ms and JVM CPU %.2f ms per request.%n", FLOOR_PATH,
                floor.clients(), floor.tps(), floor.percentileMillis(50), floor.percentileMillis(99),
                cpuPerOperation.get(floor.name()).postgres(), cpuPerOperation.get(floor.name()).jvm()));
        fsync.ifPresent(rate -> md.append(String.format("%npg_test_fsync on the data directory's file system, one "
                + "8 kB write and fdatasync: %.0f flushes/s.%n", rate)));
        md.append('\n');
        md.append(
                "| round | pgbench TPS | pgbench p50 / p95 / p99 ms | registrations/s | registration p50 / p95 / p99 / max ms | ratio | sessions waiting for a lock | chain lag p50 / p99 ms |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        long insertOps = 0;
        double insertSeconds = 0;
        long regOps = 0;
        double regSeconds = 0;
        Histogram regAll = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        for (int i = 0; i < rounds.size(); i++) {
            Measurement pg = rounds.get(i)[0];
            Measurement reg = rounds.get(i)[1];
            insertOps += pg.operations();
            insertSeconds += pg.seconds();
            regOps += reg.operations();
            regSeconds += reg.seconds();
            regAll.add(reg.latency());
            md.append(String.format(
                    "| %d | %.0f | %.2f / %.2f / %.2f | %.1f | %.2f / %.2f / %.2f / %.2f | %.2f%% | %.1f | %.1f / %.1f |%n",
                    i + 1, pg.tps(), pg.percentileMillis(50), pg.percentileMillis(95), pg.percentileMillis(99),
                    reg.tps(), reg.percentileMillis(50), reg.percentileMillis(95), reg.percentileMillis(99),
                    reg.maxMillis(),
                    100 * reg.tps() / pg.tps(), lockWaits.get(reg.name()), chainLags.get(reg.name())[1],
                    chainLags.get(reg.name())[2]));
        }
        double ratio = (regOps / regSeconds) / (insertOps / insertSeconds);
        md.append("\nCPU per operation (ms; the JVM holds the service, the sequencer, the relay and the Kafka broker; ")
                .append("the load generator is wrk's own process):\n\n| round | PostgreSQL per pgbench insert | ")
                .append("PostgreSQL per registration | JVM per registration | wrk per registration |\n")
                .append("|---|---|---|---|---|\n");
        for (int i = 0; i < rounds.size(); i++) {
            Cpu insertCpu = cpuPerOperation.get(rounds.get(i)[0].name());
            Cpu regCpu = cpuPerOperation.get(rounds.get(i)[1].name());
            md.append(String.format("| %d | %.3f | %.2f | %.2f | %.3f |%n", i + 1, insertCpu.postgres(),
                    regCpu.postgres(), regCpu.jvm(), regCpu.wrk()));
        }
        appendThreadCpu(md, rounds, byConcurrency);
        double regTps = regOps / regSeconds;
        Cpu sqlCpu = cpuPerOperation.get(sqlOnly.name());
        Cpu serviceSqlCpu = cpuPerOperation.get(serviceSqlOnly.name());
        md.append(String.format("%nFrozen reference: the registration's SQL before it went into one function (test "
                + "resource `benchmark/registration-transaction.sql`: eight statements in one transaction on the "
                + "service's tables, plus one that picks the next seeded permit) run by pgbench with %d clients: %.0f "
                + "transactions/s, p50 %.2f ms, p99 %.2f ms, PostgreSQL CPU %.2f ms per transaction. The service "
                + "reaches **%.1f%%** of that (%.1f registrations/s).%n", sqlOnly.clients(), sqlOnly.tps(),
                sqlOnly.percentileMillis(50), sqlOnly.percentileMillis(99),
                sqlCpu.postgres(), 100 * regTps / sqlOnly.tps(), regTps));
        md.append(String.format("%nLike for like: the service's own SQL for one registration (test resource "
                + "`benchmark/registration-function.sql`: the read and the call of register_contract, plus one "
                + "statement that picks the next seeded permit) run by pgbench with %d clients: %.0f registrations/s, "
                + "p50 %.2f ms, p99 %.2f ms, PostgreSQL CPU %.2f ms per registration. The service reaches **%.1f%%** "
                + "of that.%n", serviceSqlOnly.clients(), serviceSqlOnly.tps(), serviceSqlOnly.percentileMillis(50),
                serviceSqlOnly.percentileMillis(99), serviceSqlCpu.postgres(), 100 * regTps / serviceSqlOnly.tps()));
        md.append("\nLatency by concurrency (registrations only, ").append(SECONDS / 2)
                .append(" s each, after the rounds):\n\n| clients | registrations/s | p50 ms | p95 ms | p99 ms | ")
                .append("max ms |\n|---|---|---|---|---|---|\n");
        for (Measurement m : byConcurrency) {
            md.append(String.format("| %d | %.1f | %.2f | %.2f | %.2f | %.2f |%n", m.clients(), m.tps(),
                    m.percentileMillis(50), m.percentileMillis(95), m.percentileMillis(99), m.maxMillis()));
        }
        md.append(String.format("| %d (rounds above) | %.1f | %.2f | %.2f | %.2f | %.2f |%n", CLIENTS, regTps,
                regAll.getValueAtPercentile(50) / 1000.0, regAll.getValueAtPercentile(95) / 1000.0,
                regAll.getValueAtPercentile(99) / 1000.0,
                rounds.stream().mapToDouble(round -> round[1].maxMillis()).max().orElse(0)));
        md.append(String.format("%n**Overall: %.1f registrations/s vs %.0f pgbench inserts/s = %.2f%%; "
                + "registration p50 %.2f ms, p95 %.2f ms, p99 %.2f ms.**%n%n",
                regTps, insertOps / insertSeconds, 100 * ratio, regAll.getValueAtPercentile(50) / 1000.0,
                regAll.getValueAtPercentile(95) / 1000.0, regAll.getValueAtPercentile(99) / 1000.0));
        md.append(String.format("After the run the registry chain of %d entries verified %s in %d ms "
                + "(streamed, fetch size 1000).%n", verification.entriesChecked(),
                verification.intact() ? "intact" : "BROKEN", verifyTime.toMillis()));
        statementProfiles.forEach((phase, rows) -> {
            if (!rows.isEmpty()) {
                md.append("\nPostgreSQL statements in ").append(phase)
                        .append(" (pg_stat_statements, registry database; execution and planning time; an "
                                + "operation is a registration, or a pgbench transaction in the SQL-only phase):\n\n")
                        .append("| calls per operation | ms per call | ms per operation | planning ms per "
                                + "operation | statement |\n")
                        .append("|---|---|---|---|---|\n");
                rows.forEach(row -> md.append(row).append('\n'));
            }
        });
        Path root = BenchmarkRun.repositoryRoot();
        Path report = root.resolve(REPORT);
        Files.createDirectories(report.getParent());
        Files.writeString(report, md.toString());
        System.out.println(md);
    }

    /** The goals of issue 22 §1 from this run: the rounds at 16 clients, the one-client phase, the SQL via pgbench. */
    private RegistrationGoals goals(List<Measurement[]> rounds, Measurement sqlOnly, Measurement serviceSqlOnly,
            List<Measurement> byConcurrency,
            Measurement floor, OptionalDouble fsync) {
        long ops = rounds.stream().mapToLong(round -> round[1].operations()).sum();
        double seconds = rounds.stream().mapToDouble(round -> round[1].seconds()).sum();
        Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        rounds.forEach(round -> latency.add(round[1].latency()));
        double postgresCpu = rounds.stream().mapToDouble(round -> cpuPerOperation.get(round[1].name()).postgres())
                .average().orElse(0);
        double jvmCpu = rounds.stream().mapToDouble(round -> cpuPerOperation.get(round[1].name()).jvm()).average()
                .orElse(0);
        Measurement oneClient = byConcurrency.stream().filter(m -> m.clients() == 1).findFirst().orElseThrow();
        return new RegistrationGoals(ops / seconds, sqlOnly.tps(), serviceSqlOnly.tps(), floor.tps(),
                latency.getValueAtPercentile(99) / 1000.0, oneClient.percentileMillis(99), postgresCpu, jvmCpu,
                fsync);
    }

    /**
     * The JVM's CPU per registration by thread role (ThreadCpu), one column per registration phase: the service's
     * own share apart from the broker and the JIT compiler that share its JVM; then wrk's, the load generator's.
     */
    private void appendThreadCpu(StringBuilder md, List<Measurement[]> rounds, List<Measurement> byConcurrency) {
        List<Measurement> phases = new ArrayList<>();
        rounds.forEach(round -> phases.add(round[1]));
        phases.addAll(byConcurrency);
        md.append("\nThe JVM's CPU per registration by thread (ms; /proc/self/task, threads named by role; rounds at ")
                .append(CLIENTS).append(" clients, then the latency-by-concurrency phases):\n\n| threads |");
        for (int i = 0; i < phases.size(); i++) {
            md.append(i < rounds.size()
                    ? " round " + (i + 1) + " |"
                    : " " + phases.get(i).clients() + " client"
                            + (phases.get(i).clients() == 1 ? "" : "s") + " |");
        }
        md.append("\n|---|").append("---|".repeat(phases.size())).append('\n');
        for (ThreadCpu.Role role : ThreadCpu.Role.values()) {
            md.append("| ").append(role.label).append(" |");
            phases.forEach(m -> md.append(String.format(" %.2f |", cpuPerOperation.get(m.name()).threads().get(role))));
            md.append('\n');
        }
        md.append("| all threads |");
        phases.forEach(m -> md.append(String.format(" %.2f |",
                cpuPerOperation.get(m.name()).threads().values().stream().mapToDouble(Double::doubleValue).sum())));
        md.append("\n| wrk, the load generator (its own process, /proc/<pid>/stat) |");
        phases.forEach(m -> md.append(String.format(" %.2f |", cpuPerOperation.get(m.name()).wrk())));
        md.append('\n');
        md.append("\nThe JVM's allocation per registration by thread (KB; HotSpot's per-thread allocated bytes, "
                + "com.sun.management.ThreadMXBean; same phases):\n\n| threads |");
        phases.forEach(m -> md.append(' ').append(phases.indexOf(m) < rounds.size()
                ? "round " + (phases.indexOf(m) + 1)
                : m.clients() + " client" + (m.clients() == 1 ? "" : "s")).append(" |"));
        md.append("\n|---|").append("---|".repeat(phases.size())).append('\n');
        for (ThreadCpu.Role role : ThreadCpu.Role.values()) {
            md.append("| ").append(role.label).append(" |");
            phases.forEach(m -> md.append(String.format(" %.1f |",
                    cpuPerOperation.get(m.name()).allocated().get(role))));
            md.append('\n');
        }
        md.append("| all threads |");
        phases.forEach(m -> md.append(String.format(" %.1f |",
                cpuPerOperation.get(m.name()).allocated().values().stream().mapToDouble(Double::doubleValue).sum())));
        md.append('\n');
    }

    private static boolean trackingStatements() {
        return Boolean.getBoolean(EmbeddedPostgresServer.TRACK_STATEMENTS);
    }

    private void resetStatementStatistics() throws SQLException {
        if (!trackingStatements()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /**
     * The registry database's statements of the phase (the service's requests or pgbench's transactions, the
     * sequencer, the relay and the benchmark's own lock sampler), most PostgreSQL time first, as report table rows
     * per operation, and a last row that adds up every statement.
     */
    private List<String> statementProfile(long operations) throws SQLException {
        List<String> rows = new ArrayList<>();
        if (!trackingStatements()) {
            return rows;
        }
        String database = "(select oid from pg_database where datname = current_database())";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement top = connection.prepareStatement(
                        "select calls, total_exec_time, total_plan_time, regexp_replace(query, '\\s+', ' ', 'g') "
                                + "from pg_stat_statements where dbid = " + database
                                + " order by total_exec_time + total_plan_time desc limit 15");
                PreparedStatement all = connection.prepareStatement("select count(*), coalesce(sum(calls), 0), "
                        + "coalesce(sum(total_exec_time), 0), coalesce(sum(total_plan_time), 0) "
                        + "from pg_stat_statements where dbid = " + database)) {
            double per = Math.max(1, operations);
            try (ResultSet rs = top.executeQuery()) {
                while (rs.next()) {
                    String query = rs.getString(4).replace("|", "\\|");
                    long calls = rs.getLong(1);
                    rows.add(String.format("| %.2f | %.3f | %.4f | %.4f | `%s` |", calls / per,
                            rs.getDouble(2) / Math.max(1, calls), rs.getDouble(2) / per, rs.getDouble(3) / per,
                            query.length() > 140 ? query.substring(0, 140) + "..." : query));
                }
            }
            // Every statement, not only the top ones: what PostgreSQL itself accounts for, per operation.
            try (ResultSet rs = all.executeQuery()) {
                rs.next();
                rows.add(String.format("| **%.2f** | | **%.4f** | **%.4f** | all %d statements |",
                        rs.getLong(2) / per, rs.getDouble(3) / per, rs.getDouble(4) / per, rs.getLong(1)));
            }
        }
        return rows;
    }

    /**
     * CPU time of this JVM: the service, the registry sequencer, the outbox relay and the embedded Kafka broker all
     * run in it (the load generator, wrk, is a process of its own).
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** cutime + cstime of this JVM: the CPU of its children that ended and were reaped (wrk, pgbench, git). */
    private static long endedChildrenCpuTicks() {
        try {
            return ProcStat.read(Path.of("/proc/self/stat")).endedChildrenCpuTicks();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * utime + stime of the benchmark's PostgreSQL server (its postmaster, found by port, and its children), in clock
     * ticks; other users' PostgreSQL servers on the machine are not counted.
     */
    private static long postgresCpuTicks() {
        String port = Integer.toString(TestInfrastructure.get().postgres().port());
        long postmaster = -1;
        Map<Long, long[]> stats = new LinkedHashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                try {
                    ProcStat stat = ProcStat.read(process.resolve("stat"));
                    if (!stat.comm().startsWith("postgres")) {
                        continue;
                    }
                    long pid = Long.parseLong(process.getFileName().toString());
                    // Plus the ended children's CPU: ended backends (pgbench's) are added to the postmaster's.
                    stats.put(pid, new long[]{stat.parentPid(), stat.cpuTicks() + stat.endedChildrenCpuTicks()});
                    List<String> args = List.of(Files.readString(process.resolve("cmdline")).split("\0"));
                    int p = args.indexOf("-p");
                    if (p >= 0 && p + 1 < args.size() && args.get(p + 1).equals(port)) {
                        postmaster = pid;
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            return 0;
        }
        long ticks = 0;
        for (Map.Entry<Long, long[]> process : stats.entrySet()) {
            if (process.getKey() == postmaster || process.getValue()[0] == postmaster) {
                ticks += process.getValue()[1];
            }
        }
        return ticks;
    }
}
