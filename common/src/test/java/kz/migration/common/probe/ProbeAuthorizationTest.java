package kz.migration.common.probe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.testing.AuthorizationContractTest;
import kz.migration.testsupport.RegistryTestResource;

/** The generated authorisation contract, run against common's probe application. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class ProbeAuthorizationTest extends AuthorizationContractTest {

    @Override
    protected boolean isPublic(Operation operation) {
        // The probe deliberately has an unannotated endpoint, which deny-unannotated-endpoints closes.
        return super.isPublic(operation) || operation.path().endsWith("/unannotated");
    }
}
