package kz.migration.common.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import kz.migration.common.audit.AuditTrail;
import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventCodec;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.event.UnreadableEventException;
import kz.migration.common.persistence.TransientFailures;
import kz.migration.common.tracing.EventTracing;

/**
 * The idempotent consumer. Each event's id is inserted into {@code inbox_event} in the same transaction as its
 * effect; a redelivered or replayed event finds its id there and changes nothing. Call it from an
 * {@code @Incoming @Blocking} method: the Kafka offset is committed only after this returns, so a crash before
 * commit redelivers, and the inbox absorbs the redelivery. A failure is retried in a fresh transaction; after the
 * last attempt the exception escapes and the channel's dead-letter strategy sends the record to
 * {@code <topic>.dlq} with the error in its headers. A transient failure ({@link TransientFailures}: the database
 * away, restarting or out of connections, a deadlock) is waited out instead, however long it lasts: the consumer
 * holds the record and its offset, so an outage delays effects but never dead-letters them.
 * <p>
 * {@link #consumeAll} is the same contract for a batch channel: one transaction (one inbox insert, one commit) for
 * all the records of a poll instead of one per record, which is what lets one ordered consumer keep up at
 * 1,000 events/s on two cores.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    EntityManager entityManager;

    @Inject
    EventCodec codec;

    @Inject
    InboxConfig config;

    @Inject
    MeterRegistry meters;

    @Inject
    EventTracing tracing;

    /**
     * Applies {@code handler} to the event in {@code record} once per {@code consumer}. Event types this build does
     * not know are recorded and skipped, so producers may add events before consumers learn them.
     */
    public void consume(String consumer, String record, EventHandler handler) {
        CloudEvent event;
        try {
            event = codec.decode(record);
        } catch (UnreadableEventException e) {
            deadLettered(consumer, "unreadable");
            throw e;
        }
        applyTraced(consumer, event, handler);
    }

    private void applyTraced(String consumer, CloudEvent event, EventHandler handler) {
        tracing.consuming(consumer, event, () -> {
            apply(consumer, event, handler);
            return null;
        });
    }

    /**
     * Applies {@code handler} once per {@code consumer} to the events of one poll, in the batch's order (so each
     * partition's, hence each aggregate's, order holds), all in one transaction. Call it from an
     * {@code @Incoming @Blocking} method taking the {@link KafkaRecordBatch} of a {@code batch=true} channel and
     * return what it returns: each record is acknowledged here once its effect has committed. A transient failure
     * is waited out as in {@link #consume}; any other failure of the batch applies its events one by one as
     * {@link #consume} does, so only the record that keeps failing (or cannot be read) is nacked to the
     * dead-letter topic and every other record still takes effect.
     */
    public CompletionStage<Void> consumeAll(String consumer, KafkaRecordBatch<String, String> batch,
            EventHandler handler) {
        List<CompletionStage<Void>> acknowledgements = new ArrayList<>();
        List<KafkaRecord<String, String>> readable = new ArrayList<>();
        List<CloudEvent> events = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                events.add(codec.decode(record.getPayload()));
                readable.add(record);
            } catch (UnreadableEventException e) {
                deadLettered(consumer, "unreadable");
                acknowledgements.add(record.nack(e));
            }
        }
        try {
            applyAll(consumer, events, handler);
            readable.forEach(record -> acknowledgements.add(record.ack()));
        } catch (RuntimeException batchFailure) {
            LOG.warnf("%s applies a batch of %d events one by one after: %s", consumer, events.size(),
                    batchFailure.getMessage());
            for (int i = 0; i < events.size(); i++) {
                CloudEvent event = events.get(i);
                try {
                    applyTraced(consumer, event, handler);
                    acknowledgements.add(readable.get(i).ack());
                } catch (RuntimeException e) {
                    acknowledgements.add(readable.get(i).nack(e));
                }
            }
        }
        return CompletableFuture.allOf(acknowledgements.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new));
    }

    /** The batch's effects in one transaction, waited out (however long) when the failure is transient. */
    private void applyAll(String consumer, List<CloudEvent> events, EventHandler handler) {
        if (events.isEmpty()) {
            return;
        }
        int transientFailures = 0;
        while (true) {
            try {
                int[] skipped = QuarkusTransaction.requiringNew().call(() -> {
                    Set<UUID> claimed = claimAll(events, consumer);
                    int duplicates = 0;
                    int unknown = 0;
                    for (CloudEvent event : events) {
                        // remove: an event twice in one batch (a relay republished it) takes effect once.
                        if (!claimed.remove(event.id())) {
                            duplicates++;
                        } else {
                            if (!tracing.consuming(consumer, event, () -> applyClaimed(consumer, event, handler))) {
                                unknown++;
                            }
                            // The next event reads the rows as in a transaction of its own, not an entity loaded
                            // here that a native update (a conditional one, an upsert) has since left stale.
                            entityManager.flush();
                            entityManager.clear();
                        }
                    }
                    return new int[]{duplicates, unknown};
                });
                if (skipped[0] > 0) {
                    meters.counter("registry.inbox.duplicates", "consumer", consumer).increment(skipped[0]);
                }
                if (skipped[1] > 0) {
                    meters.counter("registry.inbox.unknown.types", "consumer", consumer).increment(skipped[1]);
                }
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                transientFailures++;
                meters.counter("registry.inbox.transient.failures", "consumer", consumer).increment();
                long wait = backoff(transientFailures, config.maxBackoff().toMillis());
                LOG.warnf("%s waits %d ms to retry a batch of %d events after transient failure %d: %s", consumer,
                        wait, events.size(), transientFailures, e.getMessage());
                pause(wait);
            }
        }
    }

    /** The effect of an event this consumer has just claimed; false when this build does not know its type. */
    private boolean applyClaimed(String consumer, CloudEvent event, EventHandler handler) {
        Optional<EventType> type = EventType.fromType(event.type());
        if (type.isEmpty()) {
            return false;
        }
        EventPayload payload = codec.payload(event, type.get().payloadType());
        AuditTrail.actingAsSystem(consumer, event.correlationid(), event.clientid(), () -> {
            handler.handle(type.get(), payload, event);
            return null;
        });
        return true;
    }

    /**
     * The event's effect in its own transaction: retried up to the configured attempts when it fails, and for as long
     * as it takes when the failure is transient.
     */
    private void apply(String consumer, CloudEvent event, EventHandler handler) {
        int failures = 0;
        int transientFailures = 0;
        while (true) {
            try {
                // null: applied before (a duplicate); false: claimed, but of a type this build does not know.
                Boolean applied = QuarkusTransaction.requiringNew()
                        .call(() -> claim(event, consumer) ? applyClaimed(consumer, event, handler) : null);
                if (applied == null) {
                    meters.counter("registry.inbox.duplicates", "consumer", consumer).increment();
                } else if (!applied) {
                    meters.counter("registry.inbox.unknown.types", "consumer", consumer).increment();
                }
                return;
            } catch (UnreadableEventException e) {
                deadLettered(consumer, "unreadable");
                throw e;
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    transientFailures++;
                    meters.counter("registry.inbox.transient.failures", "consumer", consumer).increment();
                    long wait = backoff(transientFailures, config.maxBackoff().toMillis());
                    LOG.warnf("%s waits %d ms to retry event %s (%s) after transient failure %d: %s", consumer, wait,
                            event.id(), event.type(), transientFailures, e.getMessage());
                    pause(wait);
                    continue;
                }
                failures++;
                if (failures >= config.maxAttempts()) {
                    LOG.errorf(e, "%s gives up on event %s (%s) after %d attempts", consumer, event.id(),
                            event.type(), failures);
                    deadLettered(consumer, "failed");
                    throw e;
                }
                LOG.warnf("%s failed on event %s (%s), attempt %d: %s", consumer, event.id(), event.type(), failures,
                        e.getMessage());
                pause(backoff(failures, Long.MAX_VALUE));
            }
        }
    }

    /** The configured backoff doubled for each earlier failure, at most {@code max} milliseconds. */
    private long backoff(int failure, long max) {
        long first = config.backoff().toMillis();
        return failure > 20 ? max : Math.min(first << (failure - 1), max);
    }

    /** Inserts the event id; false when this consumer has already applied the event. */
    private boolean claim(CloudEvent event, String consumer) {
        return entityManager.createNativeQuery("""
                insert into inbox_event (event_id, consumer, event_type) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, consumer)
                .setParameter(3, event.type())
                .executeUpdate() == 1;
    }

    /** Inserts the ids of a batch in one statement; returns those this consumer had not applied before. */
    private Set<UUID> claimAll(List<CloudEvent> events, String consumer) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox_event (event_id, consumer, event_type)
                    select event_id, ?, event_type from unnest(?::uuid[], ?::text[]) as batch(event_id, event_type)
                    on conflict do nothing returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("uuid", events.stream().map(CloudEvent::id).toArray()));
                insert.setArray(3, connection.createArrayOf("text", events.stream().map(CloudEvent::type).toArray()));
                Set<UUID> claimed = new HashSet<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(rs.getObject(1, UUID.class));
                    }
                }
                return claimed;
            }
        });
    }

    private void deadLettered(String consumer, String reason) {
        meters.counter("registry.inbox.dead.lettered", "consumer", consumer, "reason", reason).increment();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}
