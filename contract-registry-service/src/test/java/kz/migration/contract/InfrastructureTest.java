package kz.migration.contract;

import java.time.Instant;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.EventPayload;
import kz.migration.common.event.contract.RegistryHeadAnchored;
import kz.migration.common.testing.ServiceInfrastructureTest;
import kz.migration.testsupport.RegistryTestResource;

/** The service boots on real PostgreSQL and Kafka, answers health, metrics and OpenAPI, and publishes events. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class InfrastructureTest extends ServiceInfrastructureTest {

    @Override
    protected EventPayload sampleEvent() {
        return new RegistryHeadAnchored(0, "0".repeat(64), Instant.now());
    }
}
