package kz.migration.inspection;

import java.util.Set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.testing.HostileInputContractTest;
import kz.migration.testsupport.RegistryTestResource;

/** At least 1,000 malformed or hostile requests against the inspection API: refused cleanly, nothing changed. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class HostileInputTest extends HostileInputContractTest {

    @Override
    protected Set<String> tablesChangedInTheBackground() {
        return ReadModelTables.ALL;
    }
}
