package kz.migration.vacancy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.EventPayload;
import kz.migration.common.event.vacancy.VacancyPosted;
import kz.migration.common.testing.ServiceInfrastructureTest;
import kz.migration.testsupport.RegistryTestResource;

/** The service boots on real PostgreSQL and Kafka, answers health, metrics and OpenAPI, and publishes events. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class InfrastructureTest extends ServiceInfrastructureTest {

    @Override
    protected EventPayload sampleEvent() {
        return new VacancyPosted(UUID.randomUUID(), "123456789021", "750000000", "2512", 2, new BigDecimal("450000"),
                LocalDate.now(), LocalDate.now().plusDays(16));
    }
}
