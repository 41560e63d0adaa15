package kz.migration.common.outbox;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

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
        CloudEvent event = codec.envelope(type, aggregateId, payload, clock.instant(),
                origin.request().correlationId(), origin.request().clientId(), origin.traceparent());
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
