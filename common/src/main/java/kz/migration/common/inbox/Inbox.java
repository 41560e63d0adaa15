package kz.migration.common.inbox;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

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
        tracing.consuming(consumer, event, () -> {
            apply(consumer, event, handler);
            return null;
        });
    }

    /**
     * The event's effect in its own transaction: retried up to the configured attempts when it fails, and for as long
     * as it takes when the failure is transient.
     */
    private void apply(String consumer, CloudEvent event, EventHandler handler) {
        Optional<EventType> type = EventType.fromType(event.type());
        int failures = 0;
        int transientFailures = 0;
        while (true) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!claim(event, consumer)) {
                        return false;
                    }
                    if (type.isPresent()) {
                        EventPayload payload = codec.payload(event, type.get().payloadType());
                        AuditTrail.actingAsSystem(consumer, event.correlationid(), event.clientid(), () -> {
                            handler.handle(type.get(), payload, event);
                            return null;
                        });
                    }
                    return true;
                });
                if (!applied) {
                    meters.counter("registry.inbox.duplicates", "consumer", consumer).increment();
                } else if (type.isEmpty()) {
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
