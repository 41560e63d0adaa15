package kz.migration.permit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.testing.AuthorizationContractTest;
import kz.migration.testsupport.RegistryTestResource;

/** Every operation of the permit API: 401 without a token, 403 to every role it does not name. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class AuthorizationTest extends AuthorizationContractTest {

    /** The worker reads their own labour-immigrant permit with its number and their document number (issue 7). */
    @Override
    protected boolean isPublic(Operation operation) {
        return super.isPublic(operation) || operation.path().equals("/api/v1/labour-immigrant-permits/{number}");
    }
}
