package kz.migration.quota;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** The dashboard's page and data over HTTP: figures, caching, languages, the ministry's variant. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class QuotaDashboardTest {

    private static final String PAGE = "/api/v1/public/quota-dashboard";
    private static final String DATA = "/api/v1/public/quota-dashboard/data";

    @BeforeEach
    void seed() {
        DashboardFixtures.seed();
    }

    @AfterEach
    void resetClock() {
        DashboardFixtures.resetClock();
    }

    @Test
    void theDataAreTheQuotaFiguresTheMonthsAndTheStatistics() {
        Response data = given().queryParam("year", DashboardFixtures.YEAR).get(DATA).then().statusCode(200).extract()
                .response();
        Map<String, Object> summary = given().get("/api/v1/public/quotas/{year}", DashboardFixtures.YEAR).then()
                .statusCode(200).extract().path("national");
        assertEquals(summary, data.path("national"));
        assertEquals(Arrays.asList(0, 10, 0, 0, 14, 0, 0, 9, 0, 1, null, null), data.path("monthlyUse[1].months"));
        assertEquals(DashboardFixtures.PREVIOUS, (int) data.path("monthlyUse[0].year"));
        assertEquals(List.of(0, 0, 6, 0, 0, 0, 9, 0, 0, 0, 4, 0), data.path("monthlyUse[0].months"));
        assertEquals("2091-09-30", data.path("statisticsAsOf"));
        // 33 permits by the end of September: CHN 17 and TUR 10 named, UZB 4 and IND 2 pooled; the October one not yet.
        assertEquals(List.of("CHN", "TUR", "OTHER"), data.path("topCitizenships.label"));
        assertEquals("17", data.path("topCitizenships[0].permits"));
        assertEquals(4, ((List<?>) data.path("forecast")).size(),
                "every balance of the plan: 2 regions in each category");
        List<Map<String, Object>> history = data.path("quotaHistory");
        assertEquals(48700, history.get(0).get("nationalQuota"), "2019's quota from reference/quota-history.csv");
    }

    @Test
    void thePageIsCachedWithAnEtagAndAnswers304WhileUnchanged() {
        Response page = given().queryParam("year", DashboardFixtures.YEAR).queryParam("lang", "en").get(PAGE).then()
                .statusCode(200).contentType(startsWith("text/html"))
                .header("Cache-Control", is("public, max-age=30"))
                .header("Content-Security-Policy", containsString("style-src 'sha256-"))
                .body(containsString("<html lang=\"en\">")).extract().response();
        assertEquals(List.of("public, max-age=30"), page.headers().getValues("Cache-Control"));
        assertEquals(1, page.headers().getValues("Content-Security-Policy").size(), "one policy, the page's own");
        String etag = page.header("ETag");
        given().queryParam("year", DashboardFixtures.YEAR).queryParam("lang", "en").header("If-None-Match", etag)
                .get(PAGE).then().statusCode(304).header("ETag", is(etag));
        String dataEtag = given().queryParam("year", DashboardFixtures.YEAR).get(DATA).then().statusCode(200)
                .header("Cache-Control", is("public, max-age=30")).extract().header("ETag");
        given().queryParam("year", DashboardFixtures.YEAR).header("If-None-Match", dataEtag).get(DATA).then()
                .statusCode(304);
        // Everything the page shows of the quota is the data's.
        Map<String, Object> national = given().queryParam("year", DashboardFixtures.YEAR).get(DATA).then()
                .extract().path("national");
        for (Object figure : national.values()) {
            assertTrue(page.asString().contains("<td>" + figure + "</td>"), "the page shows " + figure);
        }
    }

    @Test
    void theLanguageIsChosenByLinkOrByTheBrowser() {
        given().queryParam("year", DashboardFixtures.YEAR).queryParam("lang", "ru").get(PAGE).then().statusCode(200)
                .body(containsString("<html lang=\"ru\">"), containsString("Квота на иностранную рабочую силу"));
        given().queryParam("year", DashboardFixtures.YEAR).header("Accept-Language", "en-GB,en;q=0.8").get(PAGE)
                .then().statusCode(200).header("Vary", containsString("Accept-Language"))
                .body(containsString("<html lang=\"en\">"));
        given().queryParam("year", DashboardFixtures.YEAR).get(PAGE).then().statusCode(200)
                .body(containsString("<html lang=\"kk\">"), containsString("Шетелдік жұмыс күшіне квота"));
        given().queryParam("year", 2999).get(PAGE).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theMinistrySeesTheProjectionWithShortfallOrSurplus() {
        String page = given().auth().oauth2(TestTokens.role("ministry")).queryParam("year", DashboardFixtures.YEAR)
                .queryParam("lang", "en").get("/api/v1/quota-dashboard").then().statusCode(200)
                .header("Cache-Control", is("no-store")).extract().asString();
        assertTrue(page.contains("id=\"table-projection\""));
        assertTrue(page.contains("Surplus (+) or shortfall (-)"));
        given().queryParam("year", DashboardFixtures.YEAR).get("/api/v1/quota-dashboard").then().statusCode(401);
        given().auth().oauth2(TestTokens.employer("291417776310")).get("/api/v1/quota-dashboard").then()
                .statusCode(403);
    }

    @Test
    void theIssuedCountMovesWhenAPermitIsIssued() {
        int before = given().queryParam("year", DashboardFixtures.YEAR).get(DATA).then().extract()
                .path("national.used");
        String etag = given().queryParam("year", DashboardFixtures.YEAR).get(DATA).then().extract().header("ETag");
        DashboardFixtures.issueOneMore();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertEquals(
                before + 1, (int) given().queryParam("year", DashboardFixtures.YEAR).get(DATA).then().extract()
                        .path("national.used")));
        assertNotEquals(etag, given().queryParam("year", DashboardFixtures.YEAR).get(DATA).then().extract()
                .header("ETag"));
    }
}
