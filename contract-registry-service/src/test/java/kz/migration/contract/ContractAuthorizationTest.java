package kz.migration.contract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.testing.AuthorizationContractTest;
import kz.migration.testsupport.RegistryTestResource;

/** The generated authorisation contract of the contract registry's OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class ContractAuthorizationTest extends AuthorizationContractTest {
}
