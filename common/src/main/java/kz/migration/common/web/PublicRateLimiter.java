package kz.migration.common.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpServerRequest;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;

/**
 * The limit of the token-less endpoints, so that numbers cannot be enumerated against a document number: at most
 * {@link PublicRateLimitConfig#requestsPerMinute()} requests per client address and minute, counted in the
 * service's own PostgreSQL through Bucket4j so that the limit holds in total across replicas. Over it: 429
 * problem+json with Retry-After. Behind an ingress the client address comes from a header that only trusted proxies
 * may set ({@link PublicRateLimitConfig#clientAddressHeader()}). One bucket per client and minute
 * ({@link PublicRateLimitWindows}), so that moving the clock back neither freezes nor frees a client.
 * <p>
 * Bucket4j's select-for-update proxy rather than its advisory-lock one: the outbox relay already takes a
 * transaction-scoped advisory lock in the same database, and client keys hashed into the same 64-bit lock space
 * could collide with it; a row lock touches only the client's own bucket, works with any key and through a
 * transaction-mode connection pooler.
 * <p>
 * When the database cannot be asked, a public request is refused with 503 and Retry-After (fail closed) and the
 * database is not asked again for that long: the lookups behind the limit match personal data and read the same
 * database, so letting them through unlimited would open enumeration exactly when nothing counts, and would not
 * answer them anyway.
 * <p>
 * An operation that calls the limiter declares a 429 response; {@code RegistryApiConventions} completes it in the
 * OpenAPI document with Retry-After and both 429 examples, and adds the fail-closed 503 {@code unavailable}.
 */
@ApplicationScoped
public class PublicRateLimiter {

    static final String TABLE = "public_rate_limit_bucket";

    /** How long a failed database call keeps the limiter from asking again; the 503's Retry-After. */
    public static final long UNAVAILABLE_SECONDS = 5;

    /** The 503's detail when the limiter cannot count (fail closed); the OpenAPI example quotes it. */
    public static final String UNAVAILABLE_DETAIL = "The public rate limit cannot be checked right now; retry after the "
            + "time in Retry-After";

    /** The 429's detail when the bucket table is at {@link PublicRateLimitConfig#maxClients()}. */
    public static final String CAPACITY_DETAIL = "Too many clients on public endpoints this minute; try again in the "
            + "next one";

    private static final Logger LOG = Logger.getLogger(PublicRateLimiter.class);

    @Inject
    Clock clock;

    @Inject
    PublicRateLimitConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry meters;

    private AddressBlocks trustedProxies;
    private PublicRateLimitWindows windows;
    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private Counter overLimit;
    private Counter atCapacity;
    private Counter unavailable;

    /** Set by the sweep: the table holds {@code maxClients} rows or more, so no new bucket is created. */
    private volatile boolean full;

    /** {@link System#nanoTime()} before which the database is not asked again after a failure (not the
     * adjustable clock: moving it must not extend or cut short the pause). */
    private volatile long unavailableUntil;

    private volatile boolean paused;

    @PostConstruct
    void init() {
        trustedProxies = AddressBlocks.of(config.trustedProxies().orElse(List.of()));
        windows = new PublicRateLimitWindows(config.requestsPerMinute());
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                // The registry's clock picks the window; a bucket is never refilled within it (PublicRateLimitWindows).
                .clientClock(new ClockTimeMeter(clock))
                // expires_at: system time plus what is left of the bucket's window, which the sweep compares with.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        java.time.Duration.ZERO))
                .build();
        overLimit = refusals("limit");
        atCapacity = refusals("capacity");
        unavailable = refusals("unavailable");
    }

    private Counter refusals(String reason) {
        return Counter.builder("registry.public.rate.limited")
                .description("Public requests refused by the rate limit (limit: the client's allowance spent; "
                        + "capacity: the bucket table full; unavailable: the database could not be asked)")
                .tag("reason", reason).register(meters);
    }

    /** Counts one request from the request's client address. */
    public void acquire(HttpServerRequest request) {
        acquire(clientAddress(request));
    }

    /**
     * The TCP peer, unless it is a trusted proxy that names the client in the configured header: then the last
     * address of that header's chain that is not itself a trusted proxy.
     */
    String clientAddress(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (peer == null || config.clientAddressHeader().isEmpty() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String chain = request.getHeader(config.clientAddressHeader().get());
        if (chain == null) {
            return peer;
        }
        String[] hops = chain.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    /** Counts one request of {@code client}; over the limit it is a 429 with Retry-After. */
    public void acquire(String client) {
        if (paused && System.nanoTime() - unavailableUntil < 0) {
            throw cannotCount();
        }
        long now = clock.millis();
        String key = windows.key(client, now);
        ConsumptionProbe probe;
        try {
            probe = QuarkusTransaction.suspendingExisting().call(() -> {
                if (full && !hasBucket(key)) {
                    return null;
                }
                paused = false;
                return buckets.builder().build(key, () -> windows.configuration(now)).tryConsumeAndReturnRemaining(1);
            });
        } catch (RuntimeException e) {
            unavailableUntil = System.nanoTime() + UNAVAILABLE_SECONDS * 1_000_000_000L;
            paused = true;
            LOG.warnf("Public rate limit cannot reach its table, refusing public requests for %d s: %s",
                    UNAVAILABLE_SECONDS, e);
            throw cannotCount();
        }
        if (probe == null) {
            atCapacity.increment();
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, CAPACITY_DETAIL)
                    .with("retryAfterSeconds", windows.secondsToWindowEnd(now));
        }
        if (!probe.isConsumed()) {
            overLimit.increment();
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                    "At most " + config.requestsPerMinute() + " requests per minute on public endpoints")
                    .with("retryAfterSeconds", windows.retryAfterSeconds(now, probe.getNanosToWaitForRefill()));
        }
    }

    private ProblemException cannotCount() {
        unavailable.increment();
        return new ProblemException(ProblemType.UNAVAILABLE, UNAVAILABLE_DETAIL)
                .with("retryAfterSeconds", UNAVAILABLE_SECONDS);
    }

    /**
     * Deletes the rows of windows that have ended (Bucket4j's expiry), then counts what is left against
     * {@link PublicRateLimitConfig#maxClients()}. Every instance sweeps; concurrent sweeps skip each other's rows.
     * Returns the rows left.
     */
    public long sweep() {
        try {
            while (buckets.removeExpired(1000) == 1000) {
                // another batch
            }
            long rows = countRows();
            full = rows >= config.maxClients();
            if (full) {
                LOG.warnf("Public rate limit table holds %d clients (max-clients %d): new clients are refused "
                        + "until windows end", rows, config.maxClients());
            }
            return rows;
        } catch (RuntimeException | SQLException e) {
            LOG.warnf("Public rate limit sweep failed, retried at the next interval: %s", e);
            return -1;
        }
    }

    /**
     * Plain select: Bucket4j's {@code getProxyConfiguration} would insert an empty row for a missing key, which is the
     * growth the cap refuses.
     */
    private boolean hasBucket(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select 1 from " + TABLE + " where id = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Scheduled(every = "${registry.public-rate-limit.sweep-interval:15s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepOnSchedule() {
        sweep();
    }

    private long countRows() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + TABLE)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Bucket4j's time: the registry's clock, in nanoseconds of wall-clock time. */
    record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
