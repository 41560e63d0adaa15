package kz.migration.contract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.testing.HostileInputContractTest;
import kz.migration.testsupport.RegistryTestResource;

/** At least 1,000 malformed or hostile requests against the contract registry: refused cleanly, nothing changed. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class HostileInputTest extends HostileInputContractTest {
}
