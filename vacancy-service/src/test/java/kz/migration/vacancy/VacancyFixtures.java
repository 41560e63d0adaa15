package kz.migration.vacancy;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.identifier.BusinessIdentifiers;
import kz.migration.testsupport.TestTokens;

/** Test data for the vacancy tests: random identifiers and vacancies posted through the API. */
final class VacancyFixtures {

    static final String ALMATY = "750000000";
    static final String ASTANA = "710000000";
    static final String ATYRAU = "230000000";

    private VacancyFixtures() {
    }

    /** A random valid BIN or IIN (12 digits with a correct check digit). */
    static String randomIdentifier() {
        while (true) {
            String eleven = String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
            try {
                return BusinessIdentifiers.withCheckDigit(eleven);
            } catch (IllegalArgumentException noCheckDigit) {
                // about 1 in 11 prefixes has none; draw again
            }
        }
    }

    static Map<String, Object> vacancy(String region, String salary, int positions) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Senior Java developer");
        body.put("occupationCode", "2512");
        body.put("region", region);
        body.put("positions", positions);
        body.put("salary", Map.of("amount", salary, "currency", "KZT"));
        body.put("requirements", Map.of("educationLevel", "HIGHER", "experienceYears", 3, "languages",
                List.of("en", "kk")));
        body.put("workSchedule", "FULL_TIME");
        return body;
    }

    static Map<String, Object> vacancy() {
        return vacancy(ALMATY, "450000.00", 2);
    }

    static ValidatableResponse post(String bin, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON).body(body)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/vacancies").then().log().ifValidationFails();
    }

    /** Posts a vacancy and returns its id. */
    static UUID posted(String bin, Map<String, Object> body) {
        return UUID.fromString(post(bin, body).statusCode(201).extract().path("id"));
    }

    static ValidatableResponse get(String bin, UUID id) {
        return given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/vacancies/{id}", id).then();
    }

    static ValidatableResponse patch(String bin, UUID id, long version, Map<String, Object> patch) {
        return given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"").body(patch)
                .patch("/api/v1/vacancies/{id}", id).then();
    }

    static long version(String bin, UUID id) {
        return ((Number) get(bin, id).statusCode(200).extract().path("version")).longValue();
    }

    static UUID refer(UUID vacancyId, String iin) {
        return UUID.fromString(given().auth().oauth2(TestTokens.role("labour-exchange")).contentType(ContentType.JSON)
                .body(Map.of("candidateIin", iin)).post("/api/v1/vacancies/{id}/referrals", vacancyId).then()
                .statusCode(201).extract().path("id"));
    }

    static ValidatableResponse outcome(UUID vacancyId, UUID referralId, Map<String, Object> outcome) {
        return given().auth().oauth2(TestTokens.role("labour-exchange")).contentType(ContentType.JSON).body(outcome)
                .post("/api/v1/vacancies/{id}/referrals/{referral}/outcome", vacancyId, referralId).then().log()
                .ifValidationFails();
    }
}
