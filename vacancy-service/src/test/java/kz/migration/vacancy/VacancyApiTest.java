package kz.migration.vacancy;

import static io.restassured.RestAssured.given;
import static kz.migration.vacancy.VacancyFixtures.ALMATY;
import static kz.migration.vacancy.VacancyFixtures.ASTANA;
import static kz.migration.vacancy.VacancyFixtures.ATYRAU;
import static kz.migration.vacancy.VacancyFixtures.get;
import static kz.migration.vacancy.VacancyFixtures.patch;
import static kz.migration.vacancy.VacancyFixtures.post;
import static kz.migration.vacancy.VacancyFixtures.posted;
import static kz.migration.vacancy.VacancyFixtures.randomIdentifier;
import static kz.migration.vacancy.VacancyFixtures.vacancy;
import static kz.migration.vacancy.VacancyFixtures.version;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.time.AdjustableClock;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Posting, reading, listing, updating, closing and reopening vacancies over HTTP, with every refusal. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class VacancyApiTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";

    @Inject
    AdjustableClock clock;

    private final String bin = randomIdentifier();

    @Test
    void postsVacancyWithTheDayItsFifteenFullDaysAreOver() {
        LocalDate today = LocalDate.now(clock);
        post(bin, vacancy()).statusCode(201).header("ETag", "\"0\"").header("Location", notNullValue())
                .body("employerBin", is(bin)).body("status", is("OPEN")).body("openPositions", is(2))
                .body("salary.amount", is("450000.00")).body("salary.currency", is("KZT"))
                .body("postedOn", is(today.toString()))
                .body("foreignLabourAllowedFrom", is(today.plusDays(16).toString()))
                .body("labourMarketTestPassed", is(false));
    }

    @Test
    void sameIdempotencyKeyReturnsTheFirstVacancyAndAnotherBodyIsAConflict() {
        String key = "post-" + UUID.randomUUID();
        String first = given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(vacancy()).post("/api/v1/vacancies").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(vacancy()).post("/api/v1/vacancies").then().statusCode(201).body("id", is(first))
                .header("Idempotency-Replayed", "true");
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(vacancy(ALMATY, "460000.00", 2)).post("/api/v1/vacancies").then().statusCode(409)
                .body("type", is(PROBLEMS + "idempotency-key-reused"));
        given().auth().oauth2(TestTokens.employer(bin)).queryParam("limit", 200).get("/api/v1/vacancies").then()
                .statusCode(200).body("items", hasSize(1));
    }

    @Test
    void refusesSalaryBelowTheNationalMinimumWage() {
        post(bin, vacancy(ALMATY, "84999.99", 1)).statusCode(422)
                .body("type", is(PROBLEMS + "vacancy-salary-below-minimum")).body("minimumSalary", is("85000"));
        post(bin, vacancy(ALMATY, "85000", 1)).statusCode(201);
    }

    @Test
    void refusesAYearWhoseMinimumWageTheReferenceDataLacksAndStoresNothing() {
        Instant farYear = LocalDate.of(2100, 3, 2).atTime(12, 0).atZone(clock.getZone()).toInstant();
        try {
            clock.advance(Duration.between(clock.instant(), farYear));
            post(bin, vacancy()).statusCode(503).body("type", is(PROBLEMS + "reference-data-missing"))
                    .body("referenceFile", is("economic-indicators.csv"));
        } finally {
            clock.reset();
        }
        given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/vacancies").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void regionalMinimumOverridesTheNationalOne() {
        post(bin, vacancy(ATYRAU, "100000", 1)).statusCode(422)
                .body("type", is(PROBLEMS + "vacancy-salary-below-minimum")).body("minimumSalary", is("120000"));
        post(bin, vacancy(ASTANA, "100000", 1)).statusCode(201);
    }

    @Test
    void refusesBadInputWithFieldViolationsAndStoresNothing() {
        Map<String, Object> bad = vacancy("123", "450000", 0);
        bad.put("occupationCode", "25");
        bad.remove("workSchedule");
        post(bin, bad).statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("occupationCode", "positions", "region", "workSchedule"));
        Map<String, Object> badCurrency = vacancy();
        badCurrency.put("salary", Map.of("amount", "450000", "currency", "USD"));
        post(bin, badCurrency).statusCode(400).body("violations.field", contains("salary.currency"));
        Map<String, Object> unknownField = vacancy();
        unknownField.put("employerBin", randomIdentifier());
        post(bin, unknownField).statusCode(400).body("violations.field", contains("employerBin"));
        given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/vacancies").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void requiresATokenAndTheEmployerRole() {
        given().contentType(ContentType.JSON).body(vacancy()).post("/api/v1/vacancies").then().statusCode(401)
                .body("type", is(PROBLEMS + "unauthenticated"));
        given().get("/api/v1/vacancies").then().statusCode(401);
        given().auth().oauth2(TestTokens.role("labour-exchange")).contentType(ContentType.JSON).body(vacancy())
                .post("/api/v1/vacancies").then().statusCode(403).body("type", is(PROBLEMS + "forbidden"));
        given().auth().oauth2(TestTokens.role("mfa")).get("/api/v1/vacancies").then().statusCode(403);
    }

    @Test
    void otherEmployersAndOtherRegionsOfficersSeeNotFound() {
        UUID id = posted(bin, vacancy());
        String other = randomIdentifier();
        get(other, id).statusCode(404).body("type", is(PROBLEMS + "not-found"));
        patch(other, id, 0, Map.of("title", "Mine now")).statusCode(404);
        given().auth().oauth2(TestTokens.employer(other)).post("/api/v1/vacancies/{id}/close", id).then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.officer(ASTANA)).get("/api/v1/vacancies/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.officer(ALMATY)).get("/api/v1/vacancies/{id}", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.role("ministry")).get("/api/v1/vacancies/{id}", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.role("auditor")).get("/api/v1/vacancies/{id}", id).then().statusCode(200);
        get(bin, UUID.randomUUID()).statusCode(404);
    }

    @Test
    void listsFilterAndPageWithACursorAndEmployersSeeOnlyTheirOwn() {
        posted(bin, vacancy(ALMATY, "450000", 1));
        posted(bin, vacancy(ASTANA, "450000", 1));
        UUID third = posted(bin, vacancy(ALMATY, "450000", 1));
        posted(randomIdentifier(), vacancy(ALMATY, "450000", 1));

        String cursor = given().auth().oauth2(TestTokens.employer(bin)).queryParam("limit", 2)
                .get("/api/v1/vacancies").then().statusCode(200).body("items", hasSize(2))
                .body("items[0].id", is(third.toString())).body("items.employerBin", everyItem(is(bin)))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().auth().oauth2(TestTokens.employer(bin)).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/v1/vacancies").then().statusCode(200).body("items", hasSize(1))
                .body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.employer(bin)).queryParam("region", ALMATY).queryParam("status", "OPEN")
                .queryParam("occupationCode", "2512").queryParam("postedFrom", LocalDate.now(clock).toString())
                .get("/api/v1/vacancies").then().statusCode(200).body("items", hasSize(2));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("employerBin", bin)
                .get("/api/v1/vacancies").then().statusCode(200).body("items", hasSize(3));
        given().auth().oauth2(TestTokens.officer(ASTANA)).queryParam("employerBin", bin)
                .get("/api/v1/vacancies").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].region", is(ASTANA));
    }

    @Test
    void refusesBadListParameters() {
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("limit", 500).queryParam("status", "GONE")
                .queryParam("employerBin", "123456789012").queryParam("postedFrom", "2026-02-30")
                .get("/api/v1/vacancies").then().statusCode(400)
                .body("violations.field", hasItem("limit")).body("violations.field", hasItem("status"))
                .body("violations.field", hasItem("employerBin"));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("postedFrom", "2026-02-30")
                .get("/api/v1/vacancies").then().statusCode(400).body("violations.field", contains("postedFrom"));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("cursor", "not-a-cursor")
                .get("/api/v1/vacancies").then().statusCode(400).body("violations.field", contains("cursor"));
    }

    @Test
    void updatesNeedTheCurrentVersionInIfMatch() {
        UUID id = posted(bin, vacancy());
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON).body(Map.of("title", "X"))
                .patch("/api/v1/vacancies/{id}", id).then().statusCode(428)
                .body("type", is(PROBLEMS + "precondition-required"));
        patch(bin, id, 0, Map.of("title", "Lead Java developer")).statusCode(200).header("ETag", "\"1\"")
                .body("title", is("Lead Java developer"));
        patch(bin, id, 0, Map.of("title", "Stale")).statusCode(412).body("type", is(PROBLEMS + "stale-version"))
                .body("currentVersion", is(1));
        get(bin, id).body("title", is("Lead Java developer"));
    }

    @Test
    void aPatchThatChangesNothingRecordsNothing() {
        UUID id = posted(bin, vacancy());
        patch(bin, id, 0, Map.of()).statusCode(200).body("version", is(0));
        patch(bin, id, 0, Map.of("positions", vacancy().get("positions"))).statusCode(200).body("version", is(0));
        given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/vacancies/{id}/changes", id).then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void putReplacesEveryTermAndDetectsMaterialChanges() {
        UUID id = posted(bin, vacancy());
        Map<String, Object> moved = vacancy(ASTANA, "450000.00", 2);
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(moved).put("/api/v1/vacancies/{id}", id).then().statusCode(200).body("region", is(ASTANA))
                .body("searchRestarts", is(1));
        given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/vacancies/{id}/changes", id).then()
                .body("items[0].reasons", contains("REGION_CHANGED"));
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(vacancy(ASTANA, "50000", 2)).put("/api/v1/vacancies/{id}", id).then().statusCode(422)
                .body("type", is(PROBLEMS + "vacancy-salary-below-minimum"));
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("title", "")).put("/api/v1/vacancies/{id}", id).then().statusCode(400);
    }

    @Test
    void closeAndReopenFollowTheStateMachine() {
        UUID id = posted(bin, vacancy());
        given().auth().oauth2(TestTokens.role("labour-exchange")).post("/api/v1/vacancies/{id}/close", id).then()
                .statusCode(200).body("status", is("CLOSED")).body("closeReason", is("CLOSED_BY_EXCHANGE"));
        given().auth().oauth2(TestTokens.employer(bin)).post("/api/v1/vacancies/{id}/close", id).then()
                .statusCode(409).body("type", is(PROBLEMS + "state-conflict"));
        patch(bin, id, version(bin, id), Map.of("title", "Closed")).statusCode(409);
        given().auth().oauth2(TestTokens.role("ministry")).post("/api/v1/vacancies/{id}/reopen", id).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.employer(bin)).post("/api/v1/vacancies/{id}/reopen", id).then()
                .statusCode(200).body("status", is("OPEN")).body("closeReason", nullValue())
                .body("searchRestarts", is(1));
        given().auth().oauth2(TestTokens.employer(bin)).post("/api/v1/vacancies/{id}/reopen", id).then()
                .statusCode(409);
    }

    @Test
    void publicReadShowsOpenVacanciesWithoutEmployerIdentifiers() {
        UUID open = posted(bin, vacancy(ATYRAU, "300000", 1));
        UUID closed = posted(bin, vacancy(ATYRAU, "300000", 1));
        given().auth().oauth2(TestTokens.employer(bin)).post("/api/v1/vacancies/{id}/close", closed).then()
                .statusCode(200);

        given().queryParam("region", ATYRAU).queryParam("limit", 200).get("/api/v1/public/vacancies").then()
                .statusCode(200).body("items.id", hasItem(open.toString()))
                .body("items.id", not(hasItem(closed.toString()))).body("items[0]", not(hasKey("employerBin")));
        given().get("/api/v1/public/vacancies/{id}", open).then().statusCode(200)
                .body("salary.amount", is("300000.00")).body("$", not(hasKey("employerBin")));
        given().get("/api/v1/public/vacancies/{id}", closed).then().statusCode(404);
        given().queryParam("region", "1").get("/api/v1/public/vacancies").then().statusCode(400)
                .body("violations.field", contains("region"));
    }

    @Test
    void openApiDocumentsEveryOperationWithExamples() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/vacancies'.post.operationId", is("postVacancy"))
                .body("paths.'/api/v1/vacancies/{id}'.patch.description", containsString("Emits VacancyChanged."))
                .body("paths.'/api/v1/vacancies/{vacancyId}/referrals/{referralId}/outcome'.post.responses.'200'.content.'application/json'.examples",
                        notNullValue())
                .body("paths.'/api/v1/public/vacancies'.get.operationId", is("listOpenVacancies"));
    }

    @Test
    void morePositionsRestartTheSearchButFewerDoNot() {
        UUID id = posted(bin, vacancy(ALMATY, "450000", 1));
        patch(bin, id, 0, Map.of("positions", 3)).statusCode(200).body("openPositions", is(3))
                .body("searchRestarts", is(1));
        given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/vacancies/{id}/changes", id).then()
                .body("items[0].reasons", contains("POSITIONS_INCREASED"));
        patch(bin, id, 1, Map.of("positions", 0)).statusCode(400);
        patch(bin, id, 1, Map.of("positions", 1)).statusCode(200).body("openPositions", is(1))
                .body("searchRestarts", is(1));
    }
}
