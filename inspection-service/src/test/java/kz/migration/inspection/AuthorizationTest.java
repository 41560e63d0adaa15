package kz.migration.inspection;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.testing.AuthorizationContractTest;
import kz.migration.testsupport.RegistryTestResource;

/** Every operation of the inspection API: 401 without a token, 403 to every role it does not name. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class AuthorizationTest extends AuthorizationContractTest {
}
