package kz.migration.inspection;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.testing.PublishedSpecContractTest;
import kz.migration.testsupport.RegistryTestResource;

/** docs/openapi/inspection-service.yaml is exactly what this service serves at /q/openapi. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class OpenApiSpecTest extends PublishedSpecContractTest {
}
