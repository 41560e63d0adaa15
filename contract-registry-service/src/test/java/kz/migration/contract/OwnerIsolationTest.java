package kz.migration.contract;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.testing.OpenApiOperations.ApiOperation;
import kz.migration.common.testing.OwnerIsolationContractTest;
import kz.migration.testsupport.RegistryTestResource;

/** Another employer or another region's officer never sees or changes a contract. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class OwnerIsolationTest extends OwnerIsolationContractTest {

    @Inject
    AgroalDataSource agroal;

    private ContractFixtures fixtures;
    private final String passport = ContractFixtures.randomPassport();

    @Override
    protected Map<String, String> createOwnedRecords(String bin, String region) {
        fixtures = new ContractFixtures(agroal);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        PermitIssued permit = fixtures.issue(ContractFixtures.employerPermit(bin, passport, today.minusDays(10),
                today.plusDays(355)));
        String id = ContractFixtures.register(bin, ContractFixtures.registration(permit)).then().statusCode(201)
                .extract().path("id");
        // the sequencer chains the registration in the background; let it finish before counting rows
        fixtures.awaitChained();
        String contract = "/api/v1/contracts/" + id;
        return Map.of(
                "/api/v1/contracts/{id}", contract,
                "/api/v1/contracts/{id}/amendments", contract + "/amendments",
                "/api/v1/contracts/{id}/termination", contract + "/termination",
                "/api/v1/contracts/{id}/replacement", contract + "/replacement");
    }

    @Override
    protected String ownerRegion() {
        return ContractFixtures.ALMATY;
    }

    @Override
    protected Object bodyFor(ApiOperation operation) {
        if (operation.path().endsWith("/termination")) {
            return Map.of("reason", "MUTUAL_AGREEMENT", "terminatedOn",
                    LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).toString());
        }
        return "{}";
    }

    /**
     * The sequencer signs the checkpoint of the owner's registration up to a second after chaining it (when the
     * previous checkpoint is younger than a second), possibly while the other owner's attempts are counted.
     */
    @Override
    protected Set<String> tablesChangedInTheBackground() {
        return Set.of("registry_checkpoint", "registry_checkpoint_key");
    }

    @Override
    protected Set<String> personalData() {
        return Set.of(passport);
    }

    @AfterAll
    void closeFixtures() {
        if (fixtures != null) {
            fixtures.close();
        }
    }
}
