package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.EventType;
import kz.migration.permit.certificate.CertificateReader;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * Issue 24: an employer's application may state the worker's sex, for the permit statistics only. It reaches
 * quota-service on PermitIssued (read here from Kafka as published) and no reader of the application or permit sees
 * it.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class WorkerSexComponentTest extends PermitScenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    @SuppressWarnings("unchecked")
    private Map<String, Object> applicationStating(String bin, String sex) {
        Map<String, Object> body = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        ((Map<String, Object>) body.get("worker")).put("sex", sex);
        return body;
    }

    /** The payload of the one PermitIssued permit-service published to Kafka for the application. */
    private static JsonNode publishedPermitIssued(KafkaTestConsumer permits, UUID id) throws Exception {
        List<ConsumerRecord<String, String>> issued = permits.await(r -> r.key().equals(id.toString())
                && r.value().contains(EventType.PERMIT_ISSUED.type()), 1, Duration.ofSeconds(30));
        assertEquals(1, issued.size());
        return JSON.readTree(issued.get(0).value()).get("data");
    }

    private static void assertNoSex(String json, String what) {
        assertFalse(json.contains("\"sex\"") || json.contains("FEMALE"), what + " shows the worker's sex: " + json);
    }

    @Test
    void anIssuedEmployerPermitCarriesTheSexStatedAtApplicationToTheStatisticsAndToNoReader() throws Exception {
        String bin = newBin();
        Map<String, Object> body = applicationStating(bin, "FEMALE");
        String submitted = submit(bin, body).statusCode(201).extract().asString();
        assertNoSex(submitted, "the submission's answer");
        UUID id = UUID.fromString(JSON.readTree(submitted).get("id").asText());
        assertEquals("FEMALE", stored(id).workerSex.name());

        mfaAnswers(id, "CONFIRMED");
        startReview(id, ALMATY);
        decide(id, ALMATY, "APPROVE", null).statusCode(200);
        quotaReserved(id);
        String paid = pay(id, "PAY-" + UUID.randomUUID(), "346000.00").statusCode(200).body("status", is("ISSUED"))
                .extract().asString();
        assertNoSex(paid, "the fee payment's answer");
        PermitApplication permit = stored(id);

        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer permits = new KafkaTestConsumer(bootstrap, "permit.events")) {
            JsonNode issued = publishedPermitIssued(permits, id);
            assertEquals(permit.permitNumber, issued.get("permitNumber").asText());
            assertEquals("EMPLOYER", issued.get("kind").asText());
            assertEquals("FEMALE", issued.get("sex").asText());
        }

        for (String token : List.of(TestTokens.employer(bin), TestTokens.officer(ALMATY), TestTokens.role("ministry"),
                TestTokens.role("auditor"))) {
            assertNoSex(get(id, token).statusCode(200).extract().asString(), "the application's view");
            assertNoSex(given().auth().oauth2(token).get("/api/v1/permits/{number}", permit.permitNumber).then()
                    .statusCode(200).extract().asString(), "the permit's view");
            assertNoSex(given().auth().oauth2(token).queryParam("employerBin", bin).get(BASE).then().statusCode(200)
                    .extract().asString(), "the list of applications");
            assertNoSex(given().auth().oauth2(token).get(BASE + "/{id}/history", id).then().statusCode(200)
                    .extract().asString(), "the application's history");
        }
        assertNoSex(given().auth().oauth2(TestTokens.role("auditor")).queryParam("resourceId", id.toString())
                .get("/api/v1/audit-records").then().statusCode(200).extract().asString(), "the audit trail");
        byte[] certificate = given().auth().oauth2(TestTokens.employer(bin))
                .get("/api/v1/permits/{number}/certificate", permit.permitNumber).then().statusCode(200).extract()
                .asByteArray();
        String text = CertificateReader.text(certificate).toLowerCase();
        assertTrue(text.contains(permit.permitNumber.toLowerCase()), text);
        assertFalse(text.contains("female") || text.contains("sex"), "the certificate shows the worker's sex: " + text);
    }

    @Test
    void aPermitWhoseApplicationStatedNoSexIsPublishedWithoutOne() throws Exception {
        String bin = newBin();
        UUID id = issued(bin);
        assertEquals(null, stored(id).workerSex);
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer permits = new KafkaTestConsumer(bootstrap, "permit.events")) {
            JsonNode issued = publishedPermitIssued(permits, id);
            assertTrue(issued.path("sex").isMissingNode() || issued.path("sex").isNull(), issued::toString);
        }
    }

    @Test
    void aSexOtherThanFemaleOrMaleIsRefusedAndRegistersNothing() {
        String bin = newBin();
        Map<String, Object> body = applicationStating(bin, "UNKNOWN");
        String refused = submit(bin, body).statusCode(400).body("violations[0].field", is("worker.sex")).extract()
                .asString();
        assertFalse(refused.contains("UNKNOWN"), "the problem detail echoes the value: " + refused);
        given().auth().oauth2(TestTokens.employer(bin)).queryParam("employerBin", bin).get(BASE).then()
                .statusCode(200).body("items.size()", is(0));
    }
}
