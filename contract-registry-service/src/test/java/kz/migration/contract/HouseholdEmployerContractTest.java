package kz.migration.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

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
import io.restassured.http.ContentType;

import kz.migration.common.event.permit.PermitIssued;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * A labour-immigrant permit is for household work with private individuals: an individual employer (IIN) registers
 * the contract for a household occupation; a company is refused, and so is other work. Individuals see and change
 * only their own contracts.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class HouseholdEmployerContractTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";
    private static final String HOUSEKEEPER = "5152";

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

    private PermitIssued labourImmigrantPermit() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        return fixtures.issue(ContractFixtures.labourImmigrantPermit(ContractFixtures.randomPassport(),
                today.minusDays(3), today.plusMonths(12)));
    }

    @Test
    void anIndividualRegistersAHouseholdContractOnALabourImmigrantPermit() {
        String iin = ContractFixtures.randomIin();
        Map<String, Object> body = ContractFixtures.registration(labourImmigrantPermit());
        body.put("occupationCode", HOUSEKEEPER);
        String id = ContractFixtures.registerAsIndividual(iin, body).then().statusCode(201)
                .body("permitKind", is("LABOUR_IMMIGRANT")).body("employerIin", is(iin))
                .body("employerBin", nullValue()).extract().path("id");
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "contract.events")) {
            String value = consumer.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0).value();
            assertThat(value, containsString("\"employerIin\":\"" + iin + "\""));
        }
    }

    @Test
    void refusesACompanyOnALabourImmigrantPermit() {
        ContractFixtures.register(ContractFixtures.randomBin(), ContractFixtures.registration(labourImmigrantPermit()))
                .then().statusCode(422).body("type", is(PROBLEMS + "labour-immigrant-employer-not-allowed"));
    }

    @Test
    void refusesWorkOutsideTheHouseholdOnALabourImmigrantPermit() {
        Map<String, Object> body = ContractFixtures.registration(labourImmigrantPermit());
        body.put("occupationCode", ContractFixtures.WELDER);
        ContractFixtures.registerAsIndividual(ContractFixtures.randomIin(), body).then().statusCode(422)
                .body("type", is(PROBLEMS + "labour-immigrant-occupation-not-household"));
    }

    @Test
    void anIndividualSeesAndChangesOnlyTheirOwnContracts() {
        String owner = ContractFixtures.randomIin();
        Map<String, Object> body = ContractFixtures.registration(labourImmigrantPermit());
        String id = ContractFixtures.registerAsIndividual(owner, body).then().statusCode(201).extract().path("id");
        String path = "/api/v1/contracts/" + id;
        given().auth().oauth2(TestTokens.individualEmployer(owner)).get(path).then().statusCode(200)
                .body("employerIin", is(owner));
        given().auth().oauth2(TestTokens.individualEmployer(owner)).get("/api/v1/contracts").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", is(id));

        String other = ContractFixtures.randomIin();
        given().auth().oauth2(TestTokens.individualEmployer(other)).get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.individualEmployer(other)).get("/api/v1/contracts").then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(TestTokens.individualEmployer(other)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(Map.of("terminatedOn",
                        LocalDate.now(ZoneId.of("Asia/Almaty")).toString(), "reason", "MUTUAL_AGREEMENT"))
                .post(path + "/termination").then().statusCode(404);
        // A company whose BIN has the same digits as the individual's IIN is another employer.
        given().auth().oauth2(TestTokens.employer(owner)).get(path).then().statusCode(404);

        given().auth().oauth2(TestTokens.individualEmployer(owner)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(Map.of("terminatedOn",
                        LocalDate.now(ZoneId.of("Asia/Almaty")).toString(), "reason", "MUTUAL_AGREEMENT"))
                .post(path + "/termination").then().statusCode(200).body("status", is("TERMINATED"));
    }
}
