package kz.migration.quota;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitRefused;
import kz.migration.testsupport.RegistryTestResource;

/** Permit statistics from real permit events over Kafka: the ministry's counts and the public, suppressed tables. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class PermitStatisticsTest {

    /** Past quota years no other test uses, so their statistics are this test's own and wholly published. */
    private static final AtomicInteger NEXT_PAST_YEAR = new AtomicInteger(2019);

    @Test
    void countsIssuedPermitsByEveryDimensionOnceEach() {
        int year = NEXT_PAST_YEAR.getAndDecrement();
        PermitIssued female = issued(year, "750000000", "CATEGORY_3", "2512", "CHN", "FEMALE", 3);
        QuotaFixtures.publish(female.applicationId(), female);
        QuotaFixtures.publish(female.applicationId(), female);
        PermitIssued unstated = issued(year, "750000000", "CATEGORY_3", "7212", "TUR", null, 3);
        QuotaFixtures.publish(unstated.applicationId(), unstated);
        PermitIssued immigrant = issued(year, "710000000", "LABOUR_IMMIGRANT", "5152", "UZB", "FEMALE", 5);
        QuotaFixtures.publish(immigrant.applicationId(), immigrant);
        String ministry = QuotaFixtures.ministry();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", ministry)
                .queryParam("year", year).get("/api/v1/permit-statistics").then().statusCode(200)
                .body("permits", is(3)));
        List<Map<String, Object>> rows = given().header("Authorization", ministry).queryParam("year", year)
                .get("/api/v1/permit-statistics").then().extract().path("rows");
        assertEquals(List.of(
                Map.of("region", "710000000", "category", "LABOUR_IMMIGRANT", "occupationGroup", "5", "citizenship",
                        "UZB", "sex", "FEMALE", "month", 5, "permits", 1),
                Map.of("region", "750000000", "category", "CATEGORY_3", "occupationGroup", "2", "citizenship", "CHN",
                        "sex", "FEMALE", "month", 3, "permits", 1),
                Map.of("region", "750000000", "category", "CATEGORY_3", "occupationGroup", "7", "citizenship", "TUR",
                        "sex", "NOT_STATED", "month", 3, "permits", 1)),
                rows);
        given().header("Authorization", ministry).queryParam("year", year).queryParam("month", 5)
                .get("/api/v1/permit-statistics").then().body("permits", is(1)).body("rows[0].category",
                        is("LABOUR_IMMIGRANT"));
        given().header("Authorization", ministry).queryParam("year", year)
                .get("/api/v1/permit-statistics/labour-immigrants").then().statusCode(200).body("permits", is(1))
                .body("byCitizenship[0].citizenship", is("UZB"));
    }

    @Test
    void countsRefusalsByEveryGroundTheyName() {
        int year = NEXT_PAST_YEAR.getAndDecrement();
        refuse(year, List.of("QUOTA_EXHAUSTED", "LOCAL_CONTENT_BREACH"));
        refuse(year, List.of("QUOTA_EXHAUSTED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization",
                QuotaFixtures.ministry()).queryParam("year", year).get("/api/v1/permit-statistics/refusals").then()
                .statusCode(200).body("refusedApplications", is(2)).body("byGround[0].ground", is("QUOTA_EXHAUSTED"))
                .body("byGround[0].refusals", is(2)).body("byGround[1].refusals", is(1)));
    }

    @Test
    void thePublicSeesTablesWhereNoCountUnderFiveShows() {
        int year = NEXT_PAST_YEAR.getAndDecrement();
        List<PermitIssued> permits = new ArrayList<>();
        String[] citizenships = {"CHN", "CHN", "CHN", "TUR", "TUR", "UZB", "IND"};
        String[] sexes = {"MALE", "MALE", null, "FEMALE", null, "MALE", "FEMALE"};
        for (int i = 0; i < 60; i++) {
            permits.add(
                    issued(year, "750000000", i % 3 == 0 ? "CATEGORY_4" : "CATEGORY_3", i % 4 == 0 ? "7212" : "2512",
                            citizenships[i % citizenships.length], sexes[(i / 3) % sexes.length], 1 + i % 12));
        }
        permits.forEach(p -> QuotaFixtures.publish(p.applicationId(), p));
        refuse(year, List.of("EMPLOYER_BANNED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization",
                QuotaFixtures.ministry()).queryParam("year", year).get("/api/v1/permit-statistics").then()
                .body("permits", is(60)));
        var published = given().queryParam("year", year).get("/api/v1/public/permit-statistics").then()
                .statusCode(200).body("asOf", is(year + "-12-31")).body("withheld", is(false)).extract();
        assertEquals("60", published.path("tables[0].total"));
        List<String> figures = new ArrayList<>();
        List<Map<String, Object>> tables = published.path("tables");
        for (Map<String, Object> table : tables) {
            for (Map<String, Object> row : (List<Map<String, Object>>) table.get("rows")) {
                figures.addAll((List<String>) row.get("cells"));
                figures.add((String) row.get("total"));
            }
            figures.addAll((List<String>) table.get("columnTotals"));
        }
        assertTrue(figures.contains("<5") && figures.contains("x"), figures.toString());
        for (String figure : figures) {
            assertTrue(figure.equals("<5") || figure.equals("x") || Long.parseLong(figure) >= 5,
                    "a count under 5 is never shown: " + figure);
        }
        assertEquals("<5", published.path("refusalsByGround.find { it.ground == 'EMPLOYER_BANNED' }.refusals"));
        // A year with no full month behind it publishes nothing yet.
        given().queryParam("year", LocalDate.now().getYear() + 1).get("/api/v1/public/permit-statistics").then()
                .statusCode(200).body("asOf", is((Object) null)).body("tables[0].total", is("<5"));
    }

    private static PermitIssued issued(int year, String region, String category, String occupation,
            String citizenship, String sex, int month) {
        LocalDate day = LocalDate.of(year, month, 10);
        return new PermitIssued("WP-" + year + "-" + UUID.randomUUID().toString().substring(0, 8), null,
                UUID.randomUUID(), null, "EMPLOYER", "123456789012", region, category, occupation, citizenship,
                "FA1234567", day, day.plusYears(1), year, new BigDecimal("450000.00"),
                day.atTime(10, 0).toInstant(java.time.ZoneOffset.ofHours(5)), sex);
    }

    private static void refuse(int year, List<String> grounds) {
        UUID application = UUID.randomUUID();
        QuotaFixtures.publish(application, new PermitRefused(application, null, "123456789012", "750000000",
                "CATEGORY_3", year, grounds, Instant.parse(year + "-06-01T06:00:00Z")));
    }
}
