package kz.migration.quota;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.EventPayload;
import kz.migration.common.event.quota.QuotaAllocationChanged;
import kz.migration.common.testing.ServiceInfrastructureTest;
import kz.migration.testsupport.RegistryTestResource;

/** The service boots on real PostgreSQL and Kafka, answers health, metrics and OpenAPI, and publishes events. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class InfrastructureTest extends ServiceInfrastructureTest {

    @Override
    protected EventPayload sampleEvent() {
        return new QuotaAllocationChanged(2026, "750000000", "CATEGORY_3", 10, 10, "smoke test", Instant.now(),
                UUID.randomUUID(), "PLAN");
    }
}
