package kz.migration.vacancy;

import static io.restassured.RestAssured.given;
import static kz.migration.vacancy.VacancyFixtures.randomIdentifier;
import static kz.migration.vacancy.VacancyFixtures.vacancy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** The audit trail as the auditor sees it: who did what, when, from where, with what outcome. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class AuditTrailTest {

    @Inject
    DataSource dataSource;

    private final String bin = randomIdentifier();

    @Test
    void recordsAPostedVacancyWithWhoWhatAndFromWhereInTheSameTransaction() {
        String requestId = "audit-" + UUID.randomUUID();
        String id = given().auth().oauth2(TestTokens.employer(bin)).header("X-Request-Id", requestId)
                .header("X-Client-Id", "employer-portal").contentType(ContentType.JSON).body(vacancy())
                .post("/api/v1/vacancies").then().statusCode(201).extract().path("id");

        trail(requestId).body("items", hasSize(1))
                .body("items[0].action", is("vacancy.post"))
                .body("items[0].resourceType", is("vacancy"))
                .body("items[0].resourceId", is(id))
                .body("items[0].subject", is("employer-" + bin))
                .body("items[0].role", is("employer"))
                .body("items[0].callerBin", is(bin))
                .body("items[0].outcome", is("SUCCESS"))
                .body("items[0].clientId", is("employer-portal"))
                .body("items[0].correlationId", is(requestId))
                .body("items[0].occurredAt", notNullValue());
    }

    @Test
    void recordsARefusedUpdateAlthoughTheChangeRolledBack() {
        UUID id = VacancyFixtures.posted(bin, vacancy());
        String requestId = "audit-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.employer(bin)).header("X-Request-Id", requestId)
                .contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("title", "Lead developer"))
                .patch("/api/v1/vacancies/{id}", id).then().statusCode(412);

        trail(requestId).body("items", hasSize(1)).body("items[0].action", is("vacancy.patch"))
                .body("items[0].resourceId", is(id.toString())).body("items[0].outcome", is("REFUSED"))
                .body("items[0].status", is(412));
        VacancyFixtures.get(bin, id).statusCode(200).body("title", is("Senior Java developer"));
    }

    @Test
    void recordsAnotherEmployersAttemptAsDeniedThoughItWasAnswered404() {
        UUID id = VacancyFixtures.posted(bin, vacancy());
        String requestId = "audit-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.employer(randomIdentifier())).header("X-Request-Id", requestId)
                .get("/api/v1/vacancies/{id}", id).then().statusCode(404);

        trail(requestId).body("items[0].action", is("vacancy.read")).body("items[0].outcome", is("DENIED"))
                .body("items[0].status", is(404)).body("items[0].resourceId", is(id.toString()));
    }

    @Test
    void recordsARoleThatMayNotCallTheOperation() {
        String requestId = "audit-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.role("ministry")).header("X-Request-Id", requestId)
                .contentType(ContentType.JSON).body(vacancy()).post("/api/v1/vacancies").then().statusCode(403);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> auditor(requestId).statusCode(200)
                .body("items", hasSize(1)).body("items[0].action", is("request.denied"))
                .body("items[0].outcome", is("DENIED")).body("items[0].role", is("ministry")));
    }

    @Test
    void recordsAnOfficersReadButNotTheOwnersOwn() {
        UUID id = VacancyFixtures.posted(bin, vacancy());
        String officerRead = "audit-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.officer(VacancyFixtures.ALMATY)).header("X-Request-Id", officerRead)
                .get("/api/v1/vacancies/{id}", id).then().statusCode(200);
        String ownerRead = "audit-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.employer(bin)).header("X-Request-Id", ownerRead)
                .get("/api/v1/vacancies/{id}", id).then().statusCode(200);

        trail(officerRead).body("items", hasSize(1)).body("items[0].outcome", is("READ"))
                .body("items[0].callerRegion", is(VacancyFixtures.ALMATY)).body("items[0].callerBin", nullValue());
        trail(ownerRead).body("items", hasSize(0));
    }

    @Test
    void filtersByActionAndSubjectAndPagesWithACursor() {
        VacancyFixtures.posted(bin, vacancy());
        VacancyFixtures.posted(bin, vacancy());
        VacancyFixtures.posted(bin, vacancy());
        String subject = "employer-" + bin;

        List<Integer> firstPage = auditor(Map.of("subject", subject, "action", "vacancy.post", "limit", 2))
                .statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue()).extract()
                .path("items.id");
        String cursor = auditor(Map.of("subject", subject, "action", "vacancy.post", "limit", 2)).extract()
                .path("nextCursor");
        List<Integer> secondPage = auditor(Map.of("subject", subject, "action", "vacancy.post", "limit", 2,
                "cursor", cursor)).statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue())
                .extract().path("items.id");
        assertTrue(secondPage.get(0) < firstPage.get(1), "newest first, the second page continues the first");
        auditor(Map.of("limit", 201)).statusCode(400);
        auditor(Map.of("from", "yesterday")).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theTrailIsAppendOnly() throws SQLException {
        VacancyFixtures.posted(bin, vacancy());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update audit_record set subject = 'someone-else'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("delete from audit_record"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        auditor(Map.of("subject", "employer-" + bin)).body("items[0].subject", is("employer-" + bin));
        assertEquals(1, (int) auditor(Map.of("subject", "employer-" + bin)).extract().path("items.size()"));
    }

    private static ValidatableResponse trail(String requestId) {
        return auditor(requestId).statusCode(200);
    }

    private static ValidatableResponse auditor(String requestId) {
        return auditor(Map.of("correlationId", requestId));
    }

    private static ValidatableResponse auditor(Map<String, ?> query) {
        return given().auth().oauth2(TestTokens.role("auditor")).queryParams(query).get("/api/v1/audit-records")
                .then().log().ifValidationFails();
    }
}
