package kz.migration.permit;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import kz.migration.common.event.EventType;

/** Reads what the service wrote to its outbox, to assert on event payloads without waiting for Kafka. */
final class QuarkusTestOutbox {

    private QuarkusTestOutbox() {
    }

    @SuppressWarnings("unchecked")
    static List<String> payloads(EntityManager entityManager, UUID aggregateId, EventType type) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select envelope from outbox_event where aggregate_id = ?1 and event_type = ?2 order by id")
                .setParameter(1, aggregateId.toString()).setParameter(2, type.type()).getResultList());
    }

    static String payload(EntityManager entityManager, UUID aggregateId, EventType type) {
        List<String> rows = payloads(entityManager, aggregateId, type);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one " + type + " for " + aggregateId + ", found " + rows.size());
        }
        return rows.get(0);
    }
}
