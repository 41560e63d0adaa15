package kz.migration.contract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.permit.PermitIssued;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;

/**
 * Citizens of EAEU member states work without a work permit (EAEU Treaty art. 97): their contracts are registered
 * with no permit, their citizenship recorded and the registration logged like any other; everyone else needs one.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class EaeuCitizenContractTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";

    @Inject
    AgroalDataSource dataSource;

    ContractFixtures fixtures;

    @BeforeEach
    void openFeed() {
        fixtures = new ContractFixtures(dataSource);
    }

    @AfterEach
    void closeFeed() {
        fixtures.close();
    }

    @Test
    void registersTheContractOfAnEaeuCitizenWithNoPermitAndLogsIt() throws Exception {
        String bin = ContractFixtures.randomBin();
        String id = ContractFixtures.register(bin, ContractFixtures.eaeuRegistration("KG",
                ContractFixtures.randomPassport())).then().statusCode(201).body("permitNumber", nullValue())
                .body("permitKind", nullValue()).body("worker.citizenship", is("KG")).body("status", is("ACTIVE"))
                .body("employerBin", is(bin)).extract().path("id");

        fixtures.awaitChained();
        assertEquals(1, fixtures.queryLong(
                "select count(*) from registry_entry where contract_id = ?::uuid and action = 'REGISTERED'", id));
        assertThat(fixtures.queryString("select state from registry_entry where contract_id = ?::uuid", id),
                containsString("\"workerCitizenship\":\"KG\""));
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "contract.events")) {
            String value = consumer.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0).value();
            assertThat(value, containsString("kz.migration.contract.registered.v1"));
            assertThat(value, containsString("\"workerCitizenship\":\"KG\""));
        }
    }

    @Test
    void refusesAContractNamingNoPermitForAWorkerFromOutsideTheEaeu() {
        String bin = ContractFixtures.randomBin();
        ContractFixtures.register(bin, ContractFixtures.eaeuRegistration("UZ", ContractFixtures.randomPassport()))
                .then().statusCode(422).body("type", is(PROBLEMS + "permit-required"));
    }

    @Test
    void refusesAPermitNamedForAnEaeuCitizen() {
        // A permit issued to a Russian citizen before the registry stopped issuing them: the worker needs none.
        String bin = ContractFixtures.randomBin();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        PermitIssued permit = fixtures.issue(ContractFixtures.employerPermit(bin, ContractFixtures.randomPassport(),
                today.minusDays(10), today.plusYears(1)));
        Map<String, Object> body = ContractFixtures.registration(permit);
        @SuppressWarnings("unchecked")
        Map<String, Object> worker = (Map<String, Object>) body.get("worker");
        worker.put("citizenship", "RU");
        ContractFixtures.register(bin, body).then().statusCode(422)
                .body("type", is(PROBLEMS + "eaeu-citizen-needs-no-permit"));
    }
}
