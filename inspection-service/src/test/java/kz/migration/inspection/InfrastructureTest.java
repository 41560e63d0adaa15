package kz.migration.inspection;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.EventPayload;
import kz.migration.common.event.inspection.TerminationHoldPlaced;
import kz.migration.common.testing.ServiceInfrastructureTest;
import kz.migration.testsupport.RegistryTestResource;

/** The service boots on real PostgreSQL and Kafka, answers health, metrics and OpenAPI, and publishes events. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class InfrastructureTest extends ServiceInfrastructureTest {

    @Override
    protected EventPayload sampleEvent() {
        return new TerminationHoldPlaced(UUID.randomUUID(), "IC-2026-000001", "120640004563", null, "FA1234567",
                "WP-2026-000123", "LC-2026-000045", Instant.now());
    }
}
