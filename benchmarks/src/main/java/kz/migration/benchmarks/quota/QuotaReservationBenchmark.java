package kz.migration.benchmarks.quota;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.HdrHistogram.Histogram;
import org.flywaydb.core.Flyway;

import kz.migration.benchmarks.Commands;
import kz.migration.quota.repository.QuotaSql;
import kz.migration.testsupport.EmbeddedPostgresServer;

/**
 * Reservations per second and reserve latency of the quota service's reservation transaction, on its own embedded
 * PostgreSQL with the service's real schema (its Flyway migrations, {@code db/common} and {@code db/migration}) and statements ({@link QuotaSql}). One
 * transaction per reservation, as the consumer runs it: inbox claim, reservation row, conditional update with its
 * ledger row, outbox row, commit. Contention on one hot row versus spread over many, with PostgreSQL as zonky starts it
 * (synchronous_commit and fsync off) and durable (both on); pgbench on the same server as the baseline.
 *
 * <p>
 * System properties: {@code bench.clients} (default 8,32), {@code bench.seconds} (15), {@code bench.warmup} (3),
 * {@code bench.rows} (100), {@code bench.modes} (fast,durable), {@code bench.pgbench} (true when on the PATH).
 */
public final class QuotaReservationBenchmark {

    private static final int YEAR = 2026;
    private static final String[] CATEGORIES = {"CATEGORY_1", "CATEGORY_2", "CATEGORY_3", "CATEGORY_4", "SEASONAL"};
    private static final String[] REGIONS = {"710000000", "750000000", "790000000", "100000000", "110000000",
            "150000000", "190000000", "230000000", "270000000", "310000000", "330000000", "350000000", "390000000",
            "430000000", "470000000", "550000000", "590000000", "610000000", "620000000", "630000000"};

    /** The statements the common Inbox.claim and Outbox.append run in the same transaction. */
    private static final String INBOX_CLAIM = """
            insert into inbox_event (event_id, consumer, event_type) values (?, 'quota-service',
                'kz.migration.permit.approved.v1') on conflict do nothing""";
    private static final String OUTBOX_APPEND = """
            insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, topic, envelope)
            values (?, 'quota-service', ?, 'kz.migration.quota.reserved.v1', 'quota.events', ?)""";

    private final int seconds = Integer.getInteger("bench.seconds", 15);
    private final int warmup = Integer.getInteger("bench.warmup", 3);
    private final int rows = Integer.getInteger("bench.rows", 100);
    private final List<Integer> clients = Arrays.stream(System.getProperty("bench.clients", "8,32").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    private final List<String> modes = List.of(System.getProperty("bench.modes", "fast,durable").split(","));
    private final boolean pgbench = Boolean.parseBoolean(System.getProperty("bench.pgbench", "true"))
            && Files.isExecutable(Path.of("/usr/bin/pgbench"));

    record Result(String mode, String distribution, int clients, long reservations, long rejected, double seconds,
            Histogram micros, boolean consistent) {
        String row() {
            return String.format("| %s | %s | %d | %,.0f | %.2f | %.2f | %.2f | %.2f | %s |", mode, distribution,
                    clients, reservations / seconds, micros.getValueAtPercentile(50) / 1000.0,
                    micros.getValueAtPercentile(99) / 1000.0, micros.getValueAtPercentile(99.9) / 1000.0,
                    micros.getMaxValue() / 1000.0, consistent ? "yes" : "NO");
        }
    }

    public static void main(String[] args) throws Exception {
        new QuotaReservationBenchmark().run();
    }

    private void run() throws Exception {
        System.out.printf("Machine: %d cores, %s %s, JVM %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        System.out.printf("Per scenario: %d s warm-up, %d s measured; spread = %d rows%n", warmup, seconds, rows);
        List<Result> results = new ArrayList<>();
        List<String> baselines = new ArrayList<>();
        for (String mode : modes) {
            Path data = Files.createTempDirectory("quota-bench-pg-");
            Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "registry-pg-binaries");
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, binaries, 0,
                    mode.equals("durable"))) {
                System.out.println(mode + ": " + settings(server));
                int scenario = 0;
                for (int clientCount : clients) {
                    for (String distribution : List.of("hot row", "spread")) {
                        String database = "quota_bench_" + scenario++;
                        server.createDatabase(database);
                        Result result = scenario(server, database, mode, distribution, clientCount);
                        System.out.println(result.row());
                        results.add(result);
                        server.dropDatabase(database);
                    }
                }
                if (pgbench) {
                    baselines.addAll(pgbench(server, mode));
                }
            }
        }
        System.out.println();
        System.out.println(
                "| PostgreSQL | rows | clients | reservations/s | p50 ms | p99 ms | p99.9 ms | max ms | ledger = balance |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        results.forEach(r -> System.out.println(r.row()));
        if (!baselines.isEmpty()) {
            System.out.println();
            System.out.println("| PostgreSQL | pgbench script | clients | tps | avg latency ms |");
            System.out.println("|---|---|---|---|---|");
            baselines.forEach(System.out::println);
        }
    }

    private Result scenario(EmbeddedPostgresServer server, String database, String mode, String distribution,
            int clientCount) throws Exception {
        String url = server.jdbcUrl(database);
        Flyway.configure().dataSource(url, EmbeddedPostgresServer.USER, "")
                .locations("classpath:db/common", "classpath:db/migration").load().migrate();
        List<String[]> keys = seed(url, distribution.equals("hot row") ? 1 : rows);
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clientCount);
        List<Future<long[]>> counts = new ArrayList<>();
        List<Histogram> histograms = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            Histogram histogram = new Histogram(60_000_000L, 3);
            histograms.add(histogram);
            counts.add(pool.submit(() -> reserveUntil(url, keys, measureFrom, end, histogram)));
        }
        long reserved = 0;
        long rejected = 0;
        for (Future<long[]> count : counts) {
            reserved += count.get()[0];
            rejected += count.get()[1];
        }
        pool.shutdown();
        Histogram all = new Histogram(60_000_000L, 3);
        histograms.forEach(all::add);
        return new Result(mode, distribution, clientCount, reserved, rejected, seconds, all, ledgerMatches(url));
    }

    /** One client: reservation transactions back to back; latencies recorded after the warm-up. */
    private static long[] reserveUntil(String url, List<String[]> keys, long measureFrom, long end,
            Histogram histogram) throws SQLException {
        long reserved = 0;
        long rejected = 0;
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
                PreparedStatement inbox = connection.prepareStatement(INBOX_CLAIM);
                PreparedStatement claim = connection.prepareStatement(QuotaSql.INSERT_RESERVATION);
                PreparedStatement reserve = connection.prepareStatement(QuotaSql.RESERVE_UNIT);
                PreparedStatement reject = connection.prepareStatement(QuotaSql.REJECT_RESERVATION);
                PreparedStatement outbox = connection.prepareStatement(OUTBOX_APPEND)) {
            connection.setAutoCommit(false);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                String[] key = keys.get(random.nextInt(keys.size()));
                UUID eventId = UUID.randomUUID();
                UUID reservationId = UUID.randomUUID();
                OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
                long began = System.nanoTime();
                bind(inbox, eventId).executeUpdate();
                bind(claim, reservationId, UUID.randomUUID(), YEAR, key[0], key[1], "NEW", "UZB", eventId, at, at)
                        .executeUpdate();
                boolean took;
                try (ResultSet balance = bind(reserve, at, YEAR, key[0], key[1], reservationId, eventId, at)
                        .executeQuery()) {
                    took = balance.next();
                }
                if (!took) {
                    bind(reject, "QUOTA_EXHAUSTED", at, reservationId).executeUpdate();
                }
                bind(outbox, UUID.randomUUID(), reservationId.toString(), envelope(reservationId, key))
                        .executeUpdate();
                connection.commit();
                if (began >= measureFrom) {
                    histogram.recordValue(Math.max(1, (System.nanoTime() - began) / 1_000));
                    if (took) {
                        reserved++;
                    } else {
                        rejected++;
                    }
                }
            }
        }
        return new long[]{reserved, rejected};
    }

    private static PreparedStatement bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** An envelope of realistic size for the outbox row. */
    private static String envelope(UUID reservationId, String[] key) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                + "\",\"source\":\"quota-service\",\"type\":\"kz.migration.quota.reserved.v1\",\"time\":\""
                + OffsetDateTime.now(ZoneOffset.UTC) + "\",\"subject\":\"" + reservationId
                + "\",\"datacontenttype\":\"application/json\",\"data\":{\"reservationId\":\"" + reservationId
                + "\",\"applicationId\":\"" + UUID.randomUUID() + "\",\"year\":" + YEAR + ",\"region\":\"" + key[0]
                + "\",\"category\":\"" + key[1] + "\",\"free\":1,\"reservedAt\":\"" + OffsetDateTime.now() + "\"}}";
    }

    /** Balances with far more units than the run can reserve, so every transaction takes its unit. */
    private static List<String[]> seed(String url, int count) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
                PreparedStatement insert = connection.prepareStatement("""
                        insert into quota_allocation (year, region, category, allocated, updated_at)
                        values (?, ?, ?, 10000000, now())""")) {
            for (int i = 0; i < count; i++) {
                String[] key = {REGIONS[i % REGIONS.length], CATEGORIES[(i / REGIONS.length) % CATEGORIES.length]};
                bind(insert, YEAR, key[0], key[1]).executeUpdate();
                keys.add(key);
            }
        }
        return keys;
    }

    private static boolean ledgerMatches(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select count(*) from quota_allocation q left join (
                            select year, region, category, sum(reserved_delta) as reserved from quota_ledger
                            group by year, region, category) l using (year, region, category)
                        where q.reserved <> coalesce(l.reserved, 0) or q.reserved + q.used > q.allocated""")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    private static String settings(EmbeddedPostgresServer server) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"),
                EmbeddedPostgresServer.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select current_setting('server_version'), current_setting('synchronous_commit'),
                            current_setting('fsync'), current_setting('full_page_writes'),
                            current_setting('shared_buffers'), current_setting('max_connections')""")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1) + ", synchronous_commit=" + rs.getString(2) + ", fsync="
                    + rs.getString(3) + ", full_page_writes=" + rs.getString(4) + ", shared_buffers="
                    + rs.getString(5) + ", max_connections=" + rs.getString(6);
        }
    }

    /** pgbench's simple-update (spread rows) and a one-row update script (the hot-row ceiling) on this server. */
    private List<String> pgbench(EmbeddedPostgresServer server, String mode) throws Exception {
        server.createDatabase("pgbench");
        String port = Integer.toString(server.port());
        Commands.run(
                List.of("pgbench", "-i", "-q", "-s", "10", "-h", "localhost", "-p", port, "-U", "postgres", "pgbench"));
        Path hotScript = Files.createTempFile("hot-row", ".sql");
        Files.writeString(hotScript, "update pgbench_branches set bbalance = bbalance + 1 where bid = 1;\n",
                StandardCharsets.UTF_8);
        List<String> rowsOut = new ArrayList<>();
        for (int clientCount : clients) {
            for (String[] script : List.of(new String[]{"simple-update (-N)", "-N"},
                    new String[]{"one hot row update", "-f" + hotScript})) {
                String output = Commands
                        .run(List.of("pgbench", "-n", script[1], "-c", Integer.toString(clientCount), "-j",
                                "2", "-T", Integer.toString(seconds), "-h", "localhost", "-p", port, "-U", "postgres",
                                "pgbench"));
                rowsOut.add(String.format("| %s | %s | %d | %s | %s |", mode, script[0], clientCount,
                        Commands.firstGroup(output, "tps = ([0-9.]+)", "?"),
                        Commands.firstGroup(output, "latency average = ([0-9.]+) ms", "?")));
                System.out.println(rowsOut.get(rowsOut.size() - 1));
            }
        }
        return rowsOut;
    }

}
