package kz.migration.common.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventCodec;
import kz.migration.common.kafka.KafkaConnection;

/**
 * Publishes outbox rows to Kafka in commit order, then marks them published. Any number of instances may run: each
 * batch is a transaction holding a PostgreSQL advisory lock, so one relay publishes at a time and rows of one
 * aggregate (same key, same partition) leave in the order they were written. A crash between publish and mark
 * republishes the batch; consumers' inboxes make that harmless. Kafka is never called inside a request.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key shared by every relay of one database: the bytes of "outbox" as a number. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry meters;

    @Inject
    EventCodec codec;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private Timer publishLatency;
    private Counter published;

    void start(@Observes StartupEvent startup) {
        Gauge.builder("registry.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet published").register(meters);
        Gauge.builder("registry.outbox.oldest.age.seconds", oldestAgeMillis, a -> a.get() / 1000.0)
                .description("Age of the oldest unpublished outbox row").register(meters);
        publishLatency = Timer.builder("registry.outbox.publish.latency")
                .description("From outbox insert to broker acknowledgement").publishPercentiles(0.5, 0.99)
                .register(meters);
        published = Counter.builder("registry.outbox.published").description("Outbox rows published")
                .register(meters);
        if (!config.relayEnabled()) {
            return;
        }
        producer = new KafkaProducer<>(producerConfig());
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Called after a transaction with outbox rows commits. */
    public void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    private void run() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try {
                int count = publishBatch(true);
                backoff = config.initialBackoff();
                if (count < config.batchSize()) {
                    wakeups.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("Outbox relay could not publish (%s); retrying in %s", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                        ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Publishes up to one batch and returns how many rows it published; 0 when none are pending or another relay
     * holds the lock. With {@code markPublished} false it simulates a relay that dies after the broker
     * acknowledged but before its commit.
     */
    public int publishBatch(boolean markPublished) throws Exception {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig());
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int count = publishLocked(connection, markPublished);
                connection.commit();
                return count;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private int publishLocked(Connection connection, boolean markPublished) throws Exception {
        record Row(long id, String eventId, String type, String topic, String key, String envelope,
                Instant createdAt) {
        }
        List<Row> rows = new ArrayList<>();
        // The lock and the rows in one round trip: no rows when another relay holds the lock.
        try (PreparedStatement select = connection.prepareStatement("""
                with relay as materialized (select pg_try_advisory_xact_lock(?) as holds)
                select id, event_id, event_type, topic, aggregate_id, envelope, created_at from outbox_event, relay
                where relay.holds and published_at is null order by id limit ? for update of outbox_event""")) {
            select.setLong(1, RELAY_LOCK);
            select.setInt(2, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.envelope());
            record.headers().add(new RecordHeader("content-type",
                    "application/cloudevents+json".getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader("ce_type", row.type().getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader("ce_id", row.eventId().getBytes(StandardCharsets.UTF_8)));
            String traceparent = codec.traceparent(row.envelope());
            if (traceparent != null) {
                record.headers().add(new RecordHeader(CloudEvent.TRACEPARENT,
                        traceparent.getBytes(StandardCharsets.UTF_8)));
            }
            Future<RecordMetadata> ack = producer.send(record);
            if (ack.isDone()) {
                // Failed before sending (no metadata: the broker is away). Give up the batch now instead of
                // waiting max.block.ms once per remaining row.
                ack.get();
            }
            acks.add(ack);
        }
        long deadline = System.nanoTime() + config.publishTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        if (markPublished) {
            try (PreparedStatement mark = connection
                    .prepareStatement("update outbox_event set published_at = now() where id = any(?)")) {
                Array ids = connection.createArrayOf("bigint", rows.stream().map(Row::id).toArray());
                mark.setArray(1, ids);
                mark.executeUpdate();
            }
        }
        Instant now = Instant.now();
        for (Row row : rows) {
            publishLatency.record(Duration.between(row.createdAt(), now));
        }
        published.increment(rows.size());
        return rows.size();
    }

    /** Refreshes the backlog gauges; cheap thanks to the partial index on unpublished rows. */
    @Scheduled(every = "${registry.outbox.metrics-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refreshBacklog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select count(*), coalesce(extract(epoch from now() - min(created_at)) * 1000, 0)
                        from outbox_event where published_at is null""")) {
            rs.next();
            backlog.set(rs.getLong(1));
            oldestAgeMillis.set(rs.getLong(2));
        }
    }

    @Scheduled(every = "${registry.outbox.purge-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge = connection.prepareStatement(
                        "delete from outbox_event where published_at < now() - make_interval(secs => ?)")) {
            purge.setDouble(1, config.retention().toSeconds());
            int purged = purge.executeUpdate();
            if (purged > 0) {
                LOG.infof("Purged %d published outbox rows older than %s", purged, config.retention());
            }
        }
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> producerConfig = new HashMap<>(KafkaConnection.settings(kafkaConfig));
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        // A batch fails within publishTimeout when the broker is away; the relay then backs off and retries.
        int timeout = (int) config.publishTimeout().toMillis();
        int requestTimeout = Math.min(timeout, 10_000);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, requestTimeout + 2));
        return producerConfig;
    }
}
