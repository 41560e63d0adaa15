package kz.migration.contract;

import java.util.Set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.testing.HostileInputContractTest;
import kz.migration.testsupport.RegistryTestResource;

/** At least 1,000 malformed or hostile requests against the contract registry: refused cleanly, nothing changed. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class HostileInputTest extends HostileInputContractTest {

    /** The sequencer signs the checkpoint of earlier tests' entries up to a second after their last batch. */
    @Override
    protected Set<String> tablesChangedInTheBackground() {
        return Set.of("registry_checkpoint", "registry_checkpoint_key");
    }
}
