package kz.migration.vacancy;

import static io.restassured.RestAssured.given;
import static kz.migration.vacancy.VacancyFixtures.ALMATY;
import static kz.migration.vacancy.VacancyFixtures.ASTANA;
import static kz.migration.vacancy.VacancyFixtures.get;
import static kz.migration.vacancy.VacancyFixtures.outcome;
import static kz.migration.vacancy.VacancyFixtures.posted;
import static kz.migration.vacancy.VacancyFixtures.randomIdentifier;
import static kz.migration.vacancy.VacancyFixtures.refer;
import static kz.migration.vacancy.VacancyFixtures.vacancy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.event.EventType;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Referrals of citizens by the labour exchange, their outcomes, and flags on employers who reject without reason. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class ReferralTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";

    @Inject
    EntityManager entityManager;

    private final String bin = randomIdentifier();

    @Test
    void labourExchangeRefersACitizenByValidIinOnce() {
        UUID id = posted(bin, vacancy());
        String iin = randomIdentifier();
        refer(id, iin);
        given().auth().oauth2(TestTokens.role("labour-exchange")).contentType(ContentType.JSON)
                .body(Map.of("candidateIin", iin)).post("/api/v1/vacancies/{id}/referrals", id).then()
                .statusCode(422).body("type", is(PROBLEMS + "vacancy-candidate-already-referred"));
        String badIin = iin.substring(0, 11) + ((iin.charAt(11) - '0' + 1) % 10);
        given().auth().oauth2(TestTokens.role("labour-exchange")).contentType(ContentType.JSON)
                .body(Map.of("candidateIin", badIin)).post("/api/v1/vacancies/{id}/referrals", id).then()
                .statusCode(400).body("violations.field", contains("candidateIin"));
        given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/vacancies/{id}/referrals", id).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].candidateIin", is(iin));
    }

    @Test
    void onlyTheLabourExchangeRefers() {
        UUID id = posted(bin, vacancy());
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON)
                .body(Map.of("candidateIin", randomIdentifier())).post("/api/v1/vacancies/{id}/referrals", id).then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("candidateIin", randomIdentifier()))
                .post("/api/v1/vacancies/{id}/referrals", id).then().statusCode(401);
        given().auth().oauth2(TestTokens.role("labour-exchange")).contentType(ContentType.JSON)
                .body(Map.of("candidateIin", randomIdentifier()))
                .post("/api/v1/vacancies/{id}/referrals", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.employer(randomIdentifier())).get("/api/v1/vacancies/{id}/referrals", id)
                .then().statusCode(404);
    }

    @Test
    void hireReducesOpenPositionsAndTheLastHireClosesTheVacancy() {
        UUID id = posted(bin, vacancy(ALMATY, "450000", 2));
        UUID first = refer(id, randomIdentifier());
        UUID second = refer(id, randomIdentifier());
        outcome(id, first, Map.of("outcome", "HIRED")).statusCode(200).body("outcome", is("HIRED"));
        get(bin, id).body("openPositions", is(1)).body("hiredCitizens", is(1)).body("status", is("OPEN"));
        outcome(id, second, Map.of("outcome", "HIRED")).statusCode(200);
        get(bin, id).body("openPositions", is(0)).body("status", is("CLOSED")).body("closeReason", is("FILLED"));
        outcome(id, first, Map.of("outcome", "NO_SHOW")).statusCode(422)
                .body("type", is(PROBLEMS + "referral-outcome-recorded"));
        given().auth().oauth2(TestTokens.role("labour-exchange")).contentType(ContentType.JSON)
                .body(Map.of("candidateIin", randomIdentifier())).post("/api/v1/vacancies/{id}/referrals", id).then()
                .statusCode(422).body("type", is(PROBLEMS + "vacancy-not-open"));
    }

    @Test
    void cuttingThePositionsToThoseAlreadyTakenClosesTheVacancyAsFilled() {
        UUID id = posted(bin, vacancy(ALMATY, "450000", 3));
        outcome(id, refer(id, randomIdentifier()), Map.of("outcome", "HIRED")).statusCode(200);
        String etag = get(bin, id).extract().header("ETag");
        VacancyFixtures.patch(bin, id, Long.parseLong(etag.replace("\"", "")), Map.of("positions", 1))
                .statusCode(200).body("openPositions", is(0)).body("status", is("CLOSED"))
                .body("closeReason", is("FILLED"));
        List<String> types = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select event_type from outbox_event where aggregate_id = ?1 order by id", String.class)
                .setParameter(1, id.toString()).getResultList());
        assertEquals(EventType.VACANCY_CLOSED.type(), types.get(types.size() - 1));
    }

    @Test
    void concurrentHiresNeverTakeMorePositionsThanOpen() throws Exception {
        UUID id = posted(bin, vacancy(ALMATY, "450000", 1));
        UUID first = refer(id, randomIdentifier());
        UUID second = refer(id, randomIdentifier());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool
                    .submit(() -> outcome(id, first, Map.of("outcome", "HIRED")).extract().statusCode());
            Future<Integer> b = pool
                    .submit(() -> outcome(id, second, Map.of("outcome", "HIRED")).extract().statusCode());
            List<Integer> statuses = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
            assertTrue(statuses.contains(200) && statuses.contains(422), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        get(bin, id).body("openPositions", is(0)).body("hiredCitizens", is(1)).body("status", is("CLOSED"));
    }

    @Test
    void everyChangeEmitsItsEventThroughTheOutboxInOrder() {
        UUID id = posted(bin, vacancy(ALMATY, "450000", 2));
        VacancyFixtures.patch(bin, id, 0, Map.of("title", "Lead Java developer")).statusCode(200);
        outcome(id, refer(id, randomIdentifier()), Map.of("outcome", "HIRED")).statusCode(200);
        given().auth().oauth2(TestTokens.employer(bin)).post("/api/v1/vacancies/{id}/close", id).then()
                .statusCode(200);
        List<String> types = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select event_type from outbox_event where aggregate_id = ?1 order by id", String.class)
                .setParameter(1, id.toString()).getResultList());
        assertEquals(List.of(EventType.VACANCY_POSTED.type(), EventType.VACANCY_CHANGED.type(),
                EventType.CANDIDATE_HIRED.type(), EventType.VACANCY_CLOSED.type()), types);
    }

    @Test
    void rejectionNeedsAReasonFromTheListAndOnlyRejectionHasOne() {
        UUID id = posted(bin, vacancy());
        UUID referral = refer(id, randomIdentifier());
        outcome(id, referral, Map.of("outcome", "REJECTED")).statusCode(400)
                .body("violations.field", contains("rejectionReason"));
        outcome(id, referral, Map.of("outcome", "REJECTED", "rejectionReason", "DISLIKED")).statusCode(400)
                .body("violations.field", contains("rejectionReason"));
        outcome(id, referral, Map.of("outcome", "NO_SHOW", "rejectionReason", "OTHER")).statusCode(400);
        given().auth().oauth2(TestTokens.employer(bin)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REJECTED", "rejectionReason", "INSUFFICIENT_EXPERIENCE"))
                .post("/api/v1/vacancies/{id}/referrals/{r}/outcome", id, referral).then().statusCode(200)
                .body("rejectionJustified", is(true));
        get(bin, id).body("openPositions", is(2));
    }

    @Test
    void employerRejectingTooManyCitizensWithoutValidReasonIsFlaggedToOfficers() {
        UUID id = posted(bin, vacancy(ASTANA, "450000", 10));
        String fair = randomIdentifier();
        UUID fairVacancy = posted(fair, vacancy(ASTANA, "450000", 10));
        for (int i = 0; i < 5; i++) {
            outcome(id, refer(id, randomIdentifier()),
                    Map.of("outcome", "REJECTED", "rejectionReason", i < 3 ? "OTHER" : "QUALIFICATION_MISMATCH"))
                    .statusCode(200);
            outcome(fairVacancy, refer(fairVacancy, randomIdentifier()),
                    Map.of("outcome", i < 2 ? "REJECTED" : "DECLINED_BY_CANDIDATE", "rejectionReason", "OTHER"))
                    .statusCode(i < 2 ? 200 : 400);
        }
        given().auth().oauth2(TestTokens.officer(ASTANA)).queryParam("limit", 200).get("/api/v1/employer-flags")
                .then().statusCode(200).body("items.employerBin", hasItem(bin))
                .body("items.employerBin", not(hasItem(fair)))
                .body("items.find { it.employerBin == '" + bin + "' }.unjustifiedRejections", is(3))
                .body("items.find { it.employerBin == '" + bin + "' }.decidedReferrals", is(5))
                .body("items.find { it.employerBin == '" + bin + "' }.reasons", contains("UNJUSTIFIED_REJECTIONS"))
                .body("items.find { it.employerBin == '" + bin + "' }.overdueOutcomes", is(0));
        given().auth().oauth2(TestTokens.officer(ALMATY)).queryParam("limit", 200).get("/api/v1/employer-flags")
                .then().statusCode(200).body("items.employerBin", not(hasItem(bin)));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("limit", 200).get("/api/v1/employer-flags")
                .then().statusCode(200).body("items.employerBin", hasItem(bin));
        given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/employer-flags").then().statusCode(403);
    }
}
