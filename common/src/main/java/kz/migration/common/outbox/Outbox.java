package kz.migration.common.outbox;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventCodec;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.tracing.EventTracing;
import kz.migration.common.web.RequestContext;

/**
 * The only way a service emits an event: a row in its own {@code outbox_event} table, inserted in the caller's
 * transaction, so the event exists exactly when the state change does. {@link OutboxRelay} publishes it later.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager entityManager;

    @Inject
    EventCodec codec;

    @Inject
    Clock clock;

    @Inject
    RequestContext requestContext;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Inject
    EventTracing tracing;

    /** Appends the event for {@code aggregateId}; must run inside the transaction that made the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(String aggregateId, EventPayload payload) {
        return append(aggregateId, payload, currentOrigin());
    }

    /** The current request's ids and trace context, to store with a change whose event is written later. */
    public EventOrigin currentOrigin() {
        return new EventOrigin(requestContext.current(), tracing.currentTraceparent());
    }

    /**
     * Appends an event caused by an earlier request (e.g. the contract registry's sequencer), carrying that
     * request's correlation and client ids and trace context rather than the current thread's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(String aggregateId, EventPayload payload, EventOrigin origin) {
        EventType type = EventType.of(payload);
        CloudEvent event = envelope(type, aggregateId, payload, origin);
        entityManager.createNativeQuery("""
                insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, topic, envelope)
                values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, event.id())
                .setParameter(2, type.topic().owner())
                .setParameter(3, aggregateId)
                .setParameter(4, type.type())
                .setParameter(5, type.topic().topicName())
                .setParameter(6, codec.encode(event))
                .executeUpdate();
        wakeRelayAfterCommit();
        return event;
    }

    /** An event caused by an earlier request, to be appended with others by {@link #appendAll}. */
    public record Caused(String aggregateId, EventPayload payload, EventOrigin origin) {
    }

    /**
     * Appends {@code events} in one statement, in list order (the relay publishes by outbox id, so this is their
     * order on each key): a batch writer such as the contract registry's sequencer pays one round trip, not one per
     * event. Each event carries its own origin, as in {@link #append(String, EventPayload, EventOrigin)}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CloudEvent> appendAll(List<Caused> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        int size = events.size();
        List<CloudEvent> appended = new ArrayList<>(size);
        UUID[] ids = new UUID[size];
        String[] owners = new String[size];
        String[] aggregateIds = new String[size];
        String[] types = new String[size];
        String[] topics = new String[size];
        String[] envelopes = new String[size];
        for (int i = 0; i < size; i++) {
            Caused caused = events.get(i);
            EventType type = EventType.of(caused.payload());
            CloudEvent event = envelope(type, caused.aggregateId(), caused.payload(), caused.origin());
            appended.add(event);
            ids[i] = event.id();
            owners[i] = type.topic().owner();
            aggregateIds[i] = caused.aggregateId();
            types[i] = type.type();
            topics[i] = type.topic().topicName();
            envelopes[i] = codec.encode(event);
        }
        // Ordered by position: the ids the bigserial hands out follow the list.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, topic, envelope)
                    select e.event_id, e.aggregate_type, e.aggregate_id, e.event_type, e.topic, e.envelope
                    from unnest(?, ?, ?, ?, ?, ?) with ordinality
                        as e (event_id, aggregate_type, aggregate_id, event_type, topic, envelope, position)
                    order by e.position""")) {
                insert.setArray(1, connection.createArrayOf("uuid", ids));
                insert.setArray(2, connection.createArrayOf("text", owners));
                insert.setArray(3, connection.createArrayOf("text", aggregateIds));
                insert.setArray(4, connection.createArrayOf("text", types));
                insert.setArray(5, connection.createArrayOf("text", topics));
                insert.setArray(6, connection.createArrayOf("text", envelopes));
                insert.executeUpdate();
            }
        });
        wakeRelayAfterCommit();
        return appended;
    }

    private CloudEvent envelope(EventType type, String aggregateId, EventPayload payload, EventOrigin origin) {
        return codec.envelope(type, aggregateId, payload, clock.instant(), origin.request().correlationId(),
                origin.request().clientId(), origin.traceparent());
    }

    /** The relay polls anyway; waking it on commit is what keeps commit-to-consumer latency low. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(OutboxRelay.class) == null) {
            transactions.putResource(OutboxRelay.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.wake();
                    }
                }
            });
        }
    }
}
