package kz.migration.quota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.domain.PermitCategory;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Who may read and change what: 401 without a token, 403 for other roles, 404 for another region's balance. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class QuotaAccessTest {

    @Test
    void changesWithoutATokenAre401AndByOtherRolesAre403() {
        String plan = """
                {"year":2031,"reason":"r","categories":[{"category":"CATEGORY_1","national":1,
                  "regions":[{"region":"750000000","allocated":1}]}]}""";
        given().contentType(ContentType.JSON).body(plan).post("/api/v1/quota-plans").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
        for (String token : new String[]{TestTokens.employer("123456789012"), TestTokens.officer("750000000"),
                TestTokens.role("auditor")}) {
            given().header("Authorization", TestTokens.bearer(token)).contentType(ContentType.JSON).body(plan)
                    .post("/api/v1/quota-plans").then().statusCode(403)
                    .body("type", is("https://registry.migration.gov.kz/problems/forbidden"));
        }
        given().header("Authorization", TestTokens.bearer(TestTokens.employer("123456789012")))
                .get("/api/v1/quotas").then().statusCode(403);
        given().get("/api/v1/quotas").then().statusCode(401);
    }

    @Test
    void officerReadsOwnRegionOnlyAndAnotherRegionIsNotFound() {
        int year = QuotaFixtures.freshYear();
        QuotaKey own = new QuotaKey(year, QuotaFixtures.region(0), PermitCategory.CATEGORY_3);
        QuotaKey other = new QuotaKey(year, QuotaFixtures.region(1), PermitCategory.CATEGORY_3);
        QuotaFixtures.setPlan(year, own.category(), Map.of(own.region(), 5, other.region(), 7)).statusCode(201);
        String officer = TestTokens.bearer(TestTokens.officer(own.region()));

        given().header("Authorization", officer).get("/api/v1/quotas/{y}/{r}/{c}", year, own.region(), "CATEGORY_3")
                .then().statusCode(200).body("allocated", is(5));
        given().header("Authorization", officer)
                .get("/api/v1/quotas/{y}/{r}/{c}", year, other.region(), "CATEGORY_3").then().statusCode(404)
                .body("type", is("https://registry.migration.gov.kz/problems/not-found"));
        given().header("Authorization", officer)
                .get("/api/v1/quotas/{y}/{r}/{c}/ledger", year, other.region(), "CATEGORY_3").then().statusCode(404);
        given().header("Authorization", officer).queryParam("year", year).get("/api/v1/quotas").then()
                .statusCode(200).body("items", hasSize(1)).body("items.region", everyItem(is(own.region())));
        given().header("Authorization", officer).queryParam("year", year).queryParam("region", other.region())
                .get("/api/v1/quota-utilisation").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer(TestTokens.role("auditor"))).queryParam("year", year)
                .get("/api/v1/quotas").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void missingBalancesReservationsAndChangesAre404() {
        String ministry = QuotaFixtures.ministry();
        given().header("Authorization", ministry).get("/api/v1/quotas/{y}/{r}/{c}", 2999, "750000000", "CATEGORY_1")
                .then().statusCode(404);
        given().header("Authorization", ministry)
                .get("/api/v1/quotas/{y}/{r}/{c}", 2030, "750000000", "INTRA_CORPORATE_TRANSFER").then()
                .statusCode(404);
        given().header("Authorization", ministry).get("/api/v1/quota-reservations/{id}", UUID.randomUUID()).then()
                .statusCode(404);
        given().header("Authorization", ministry).get("/api/v1/quota-changes/{id}", UUID.randomUUID()).then()
                .statusCode(404);
    }

    @Test
    void badParametersAndBodiesAre400WithFieldViolations() {
        String ministry = QuotaFixtures.ministry();
        given().header("Authorization", ministry).get("/api/v1/quotas/{y}/{r}/{c}", 2030, "123", "CATEGORY_1").then()
                .statusCode(400).body("violations[0].field", is("region"));
        given().header("Authorization", ministry).queryParam("limit", 500).get("/api/v1/quotas").then()
                .statusCode(400).body("violations[0].field", is("limit"));
        given().header("Authorization", ministry).queryParam("cursor", "!!").get("/api/v1/quotas").then()
                .statusCode(400);
        given().header("Authorization", ministry).contentType(ContentType.JSON)
                .body("{\"year\":2030,\"category\":\"CATEGORY_1\",\"fromRegion\":\"750000000\","
                        + "\"toRegion\":\"710000000\",\"units\":1,\"reason\":\"r\",\"extra\":1}")
                .post("/api/v1/quota-reallocations").then().statusCode(400).body("violations[0].field", is("extra"));
        given().header("Authorization", ministry).contentType(ContentType.JSON)
                .body("{\"year\":2030,\"category\":\"CATEGORY_9\",\"fromRegion\":\"750000000\","
                        + "\"toRegion\":\"710000000\",\"units\":0,\"reason\":\"r\"}")
                .post("/api/v1/quota-reallocations").then().statusCode(400);
        given().header("Authorization", ministry).queryParam("year", 2030).queryParam("from", "2030-05-01")
                .queryParam("to", "2030-04-01").get("/api/v1/quota-utilisation").then().statusCode(400);
    }

    @Test
    void utilisationSeriesAndPublicSummaryShowTheDailyTotals() {
        int year = QuotaFixtures.freshYear();
        QuotaKey key = new QuotaKey(year, QuotaFixtures.region(2), PermitCategory.SEASONAL);
        QuotaFixtures.setPlan(year, key.category(), Map.of(key.region(), 8)).statusCode(201);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        given().header("Authorization", QuotaFixtures.ministry()).queryParam("year", year)
                .queryParam("category", "SEASONAL").queryParam("from", today.minusDays(2).toString())
                .queryParam("to", today.toString()).get("/api/v1/quota-utilisation").then().statusCode(200)
                .body("days", hasSize(3)).body("days[0].allocated", is(0)).body("days[2].allocated", is(8))
                .body("region", nullValue());
        given().get("/api/v1/public/quotas/{year}", year).then().statusCode(200)
                .body("national.allocated", is(8)).body("byRegion[0].regionName", notNullValue());
        given().header("Authorization", TestTokens.bearer(TestTokens.role("auditor")))
                .get("/api/v1/quota-ledger/verification").then().statusCode(200).body("consistent", is(true))
                .body("balancesChecked", greaterThanOrEqualTo(1));
    }
}
