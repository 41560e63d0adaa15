package kz.migration.common.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.testsupport.RegistryTestResource;

/** Keys are remembered for the retention (30 days) and then forgotten with the responses they hold. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class IdempotencyRetentionTest {

    @Inject
    IdempotencyKeys keys;

    @Inject
    EntityManager entityManager;

    @Test
    void keysOlderThanTheRetentionAreDeletedAndYoungerOnesKept() {
        String scope = "retention-test:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            insert(scope, "expired", "now() - interval '31 days'");
            insert(scope, "kept", "now() - interval '29 days'");
        });

        keys.purgeExpired();

        assertEquals(java.util.List.of("kept"), QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select idempotency_key from idempotency_record where scope = ?1", String.class)
                .setParameter(1, scope).getResultList()));
    }

    private void insert(String scope, String key, String createdAt) {
        entityManager.createNativeQuery("insert into idempotency_record (scope, idempotency_key, request_hash, "
                + "response, created_at) values (?1, ?2, 'hash', '{}', " + createdAt + ")")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
    }
}
