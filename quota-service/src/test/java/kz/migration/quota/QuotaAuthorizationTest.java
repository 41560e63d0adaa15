package kz.migration.quota;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.testing.AuthorizationContractTest;
import kz.migration.testsupport.RegistryTestResource;

/** The generated authorisation contract of the quota service: 401 without a token, 403 for every other role. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class QuotaAuthorizationTest extends AuthorizationContractTest {
}
