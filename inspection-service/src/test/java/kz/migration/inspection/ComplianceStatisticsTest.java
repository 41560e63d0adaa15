package kz.migration.inspection;

import static io.restassured.RestAssured.given;
import static kz.migration.inspection.InspectionFixtures.decide;
import static kz.migration.inspection.InspectionFixtures.finding;
import static kz.migration.inspection.InspectionFixtures.grievance;
import static kz.migration.inspection.InspectionFixtures.openInspection;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import kz.migration.common.identifier.KatoRegions;
import kz.migration.common.statistics.DisclosureAudit;
import kz.migration.common.statistics.SuppressedChain;
import kz.migration.common.testing.PublishedStatistics;
import kz.migration.common.time.AdjustableClock;
import kz.migration.inspection.InspectionFixtures.Employment;
import kz.migration.inspection.domain.GrievanceKind;
import kz.migration.inspection.domain.PublicViolationTables;
import kz.migration.inspection.service.PublicViolationStatisticsService;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * Violations by month, region and kind: in full for the ministry; for everyone as of the month's end, with small
 * cells and totals suppressed through common's suppression, cached with an ETag.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceStatisticsTest {

    private static final String KYZYLORDA = "430000000";

    @Inject
    DataSource dataSource;

    @Inject
    AdjustableClock clock;

    @Inject
    PublicViolationStatisticsService publicStatistics;

    private InspectionFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new InspectionFixtures(dataSource);
    }

    @AfterAll
    void close() {
        fixtures.close();
    }

    private void confirm(Employment employment, String kind, String ground) {
        UUID id = fixtures.filed(grievance(employment, kind));
        openInspection(KYZYLORDA, id).then().statusCode(200);
        decide(KYZYLORDA, id, finding("VIOLATION_CONFIRMED", ground)).then().statusCode(200);
    }

    @Test
    void countsInFullForTheMinistryAndSuppressedForEveryoneAsOfTheMonthsEnd() {
        LocalDate today = LocalDate.now(clock);
        Employment employment = fixtures.employment(InspectionFixtures.randomBin(), KYZYLORDA,
                InspectionFixtures.SALARY, today.minusMonths(1), today.plusMonths(11));
        for (int i = 0; i < 5; i++) {
            confirm(employment, "EXCESSIVE_HOURS", "LABOUR_CODE_ART_68");
        }
        confirm(employment, "NO_CONTRACT_GIVEN", "KOAP_ART_86");
        String month = YearMonth.from(today).toString();
        Map<String, Object> statistics = given().auth().oauth2(TestTokens.role("ministry"))
                .queryParam("from", month).queryParam("to", month).queryParam("region", KYZYLORDA)
                .get("/api/v1/violation-statistics").then().statusCode(200).extract().as(Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) statistics.get("cells");
        Map<String, Object> hours = cells.stream().filter(c -> c.get("kind").equals("EXCESSIVE_HOURS")).findFirst()
                .orElseThrow();
        Map<String, Object> noContract = cells.stream().filter(c -> c.get("kind").equals("NO_CONTRACT_GIVEN"))
                .findFirst().orElseThrow();
        assertEquals(5, hours.get("count"));
        assertEquals(1, noContract.get("count"), "the ministry's statistics are not suppressed");
        assertEquals(Boolean.FALSE, noContract.get("suppressed"));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("from", month).queryParam("to", "2020-01")
                .get("/api/v1/violation-statistics").then().statusCode(400);
        given().auth().oauth2(TestTokens.employer(employment.bin())).queryParam("from", month)
                .queryParam("to", month).get("/api/v1/violation-statistics").then().statusCode(403);

        try {
            publishedForEveryoneAMonthLater(today.getYear());
        } finally {
            clock.reset();
        }
    }

    /** The 5 excessive hours and 1 missing contract of Kyzylorda, confirmed this month, in the public tables. */
    private void publishedForEveryoneAMonthLater(int year) {
        String path = "/api/v1/public/violation-statistics";
        clock.advance(Duration.ofDays(32));
        LocalDate asOf = PublicViolationTables.asOf(year, LocalDate.now(clock)).orElseThrow();
        Response response = given().queryParam("year", year).get(path);
        response.then().statusCode(200).header("ETag", notNullValue())
                .header("Cache-Control", is("public, max-age=300")).body("asOf", is(asOf.toString()))
                .body("threshold", is(5)).body("withheld", is(false));
        JsonPath published = response.jsonPath();
        int kyzylorda = List.copyOf(KatoRegions.all().keySet()).indexOf(KYZYLORDA);
        String byRegion = "tables[1]";
        assertEquals("violationsByKindAndRegion", published.getString(byRegion + ".name"));
        assertEquals(KYZYLORDA, published.getString(byRegion + ".columns[" + kyzylorda + "]"));
        assertTrue(List.of("5", "x").contains(published.getString(byRegion + ".rows["
                + GrievanceKind.EXCESSIVE_HOURS.ordinal() + "].cells[" + kyzylorda + "]")));
        assertEquals("<5", published.getString(byRegion + ".rows[" + GrievanceKind.NO_CONTRACT_GIVEN.ordinal()
                + "].cells[" + kyzylorda + "]"));
        assertEquals("<5", published.getString(byRegion + ".rows[" + GrievanceKind.PASSPORT_WITHHELD.ordinal()
                + "].cells[" + kyzylorda + "]"), "zero is <5 too");
        assertTrue(List.of("6", "x").contains(published.getString(byRegion + ".columnTotals[" + kyzylorda + "]")));

        // The answer is exactly the audited publication, and no reader can single anyone out of it.
        SuppressedChain tables = publicStatistics.tables(asOf);
        assertEquals(List.of(), DisclosureAudit.findings(tables));
        PublishedStatistics.assertPublishedAs(tables, published);
        PublishedStatistics.assertNothingDerivable(tables, "");

        String etag = response.header("ETag");
        given().header("If-None-Match", etag).queryParam("year", year).get(path).then().statusCode(304)
                .header("ETag", is(etag));
        given().get(path).then().statusCode(400).contentType("application/problem+json");
    }
}
