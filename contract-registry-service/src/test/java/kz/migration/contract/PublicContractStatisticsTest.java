package kz.migration.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.identifier.KatoRegions;
import kz.migration.common.statistics.DisclosureAudit;
import kz.migration.common.statistics.SuppressedChain;
import kz.migration.common.testing.PublishedStatistics;
import kz.migration.common.time.AdjustableClock;
import kz.migration.contract.domain.PublicContractTables;
import kz.migration.contract.service.PublicContractStatisticsService;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * GET /api/v1/public/contract-statistics on contracts registered, terminated and filed late through the API, with
 * permits from real PermitIssued events: counted as of the month's end, suppressed, cached with an ETag.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class PublicContractStatisticsTest {

    /** No other test registers in Zhambyl Region, so its column holds exactly what this test seeds. */
    private static final String ZHAMBYL = "310000000";
    private static final ZoneId ALMATY_ZONE = ZoneId.of("Asia/Almaty");
    private static final String PATH = "/api/v1/public/contract-statistics";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AdjustableClock clock;

    @Inject
    PublicContractStatisticsService statistics;

    ContractFixtures fixtures;

    @BeforeEach
    void openFeed() {
        fixtures = new ContractFixtures(dataSource);
    }

    @AfterEach
    void closeFeedAndResetClock() {
        fixtures.close();
        clock.reset();
    }

    @Test
    void publishesSeededContractsAsOfTheMonthsEndWithSmallCellsAndTotalsSuppressed() throws Exception {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        // 7 contracts in Zhambyl: 5 stay active, 2 are terminated, 1 of the active ones is registered late.
        for (int i = 0; i < 7; i++) {
            String bin = ContractFixtures.randomBin();
            PermitIssued permit = fixtures.issue(new PermitIssued(ContractFixtures.permitNumber("WP"),
                    UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "EMPLOYER", bin, ZHAMBYL, "CATEGORY_3",
                    ContractFixtures.SOFTWARE_DEVELOPER, "UZ", ContractFixtures.randomPassport(),
                    today.minusDays(30), today.plusYears(1), year, new BigDecimal("650000.00"), Instant.now()));
            Map<String, Object> body = ContractFixtures.registration(permit);
            if (i == 0) {
                body.put("signedOn", today.minusDays(25).toString());
            }
            String id = ContractFixtures.register(bin, body).then().statusCode(201)
                    .body("late", is(i == 0)).extract().path("id");
            if (i >= 5) {
                given().auth().oauth2(TestTokens.employer(bin)).header("If-Match", "\"0\"")
                        .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                        .body(Map.of("terminatedOn", LocalDate.now(ALMATY_ZONE).toString(), "reason",
                                "MUTUAL_AGREEMENT"))
                        .post("/api/v1/contracts/" + id + "/termination").then().statusCode(200);
            }
        }
        fixtures.awaitChained();

        // Registered this month: not counted before the month is over.
        JsonPath before = given().queryParam("year", year).get(PATH).then().statusCode(200).extract().jsonPath();
        LocalDate monthEnd = today.withDayOfMonth(1).minusDays(1);
        assertEquals(monthEnd.getYear() < year ? null : monthEnd.toString(), before.getString("asOf"));

        // A month later the whole month is counted.
        clock.advance(Duration.ofDays(32));
        LocalDate asOf = PublicContractTables.asOf(year, LocalDate.now(clock)).orElseThrow();
        Response response = given().queryParam("year", year).get(PATH);
        response.then().statusCode(200).header("ETag", notNullValue())
                .header("Cache-Control", is("public, max-age=300")).body("asOf", is(asOf.toString()))
                .body("threshold", is(5)).body("withheld", is(false));
        JsonPath published = response.jsonPath();
        int zhambyl = List.copyOf(KatoRegions.all().keySet()).indexOf(ZHAMBYL);

        // Status x region: Zhambyl's 5 active are shown or hidden, its 2 terminated and 0 ended with the permit "<5".
        String byStatus = "tables.find { it.name == 'contractsByStatusAndRegion' }";
        assertEquals(ZHAMBYL, published.getString(byStatus + ".columns[" + zhambyl + "]"));
        assertTrue(List.of("5", "x").contains(published.getString(byStatus + ".rows[0].cells[" + zhambyl + "]")));
        assertEquals("<5", published.getString(byStatus + ".rows[1].cells[" + zhambyl + "]"));
        assertEquals("<5", published.getString(byStatus + ".rows[2].cells[" + zhambyl + "]"));
        assertTrue(List.of("7", "x").contains(published.getString(byStatus + ".columnTotals[" + zhambyl + "]")));
        // Region x registration: 6 on time, 1 late.
        String byRegistration = "tables.find { it.name == 'contractsByRegionAndRegistration' }";
        assertTrue(List.of("6", "x")
                .contains(published.getString(byRegistration + ".rows[" + zhambyl + "].cells[0]")));
        assertEquals("<5", published.getString(byRegistration + ".rows[" + zhambyl + "].cells[1]"));
        // A region nobody registered in is "<5" (zero), not left out.
        int abai = List.copyOf(KatoRegions.all().keySet()).indexOf("100000000");
        assertEquals("<5", published.getString(byRegistration + ".rows[" + abai + "].total"));

        // The answer is exactly the audited publication, and no reader can single anyone out of it.
        SuppressedChain tables = statistics.tables(year, asOf);
        assertEquals(List.of(), DisclosureAudit.findings(tables));
        int small = 0;
        PublishedStatistics.assertPublishedAs(tables, published);
        small += PublishedStatistics.assertNothingDerivable(tables, "");
        assertTrue(small > 0);

        // Unchanged: 304 with the same ETag; no token was ever sent.
        String etag = response.header("ETag");
        given().header("If-None-Match", etag).queryParam("year", year).get(PATH).then().statusCode(304)
                .header("ETag", is(etag));
    }

    @Test
    void refusesAMissingOrImpossibleYearWithAProblem() {
        given().get(PATH).then().statusCode(400).contentType("application/problem+json");
        given().queryParam("year", 1999).get(PATH).then().statusCode(400).contentType("application/problem+json");
    }
}
