package kz.migration.inspection;

import static io.restassured.RestAssured.given;
import static kz.migration.inspection.InspectionFixtures.decide;
import static kz.migration.inspection.InspectionFixtures.finding;
import static kz.migration.inspection.InspectionFixtures.grievance;
import static kz.migration.inspection.InspectionFixtures.openInspection;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

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

import kz.migration.common.time.AdjustableClock;
import kz.migration.inspection.InspectionFixtures.Employment;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Violations by month, region and kind for the ministry, with small counts suppressed. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceStatisticsTest {

    private static final String KYZYLORDA = "430000000";

    @Inject
    DataSource dataSource;

    @Inject
    AdjustableClock clock;

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
    void countsByMonthRegionAndKindHideFromOneToFourAndPublishNoTotals() {
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
                .get("/api/v1/violation-statistics").then().statusCode(200).body("smallCellThreshold", is(5))
                .extract().as(Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) statistics.get("cells");
        Map<String, Object> hours = cells.stream().filter(c -> c.get("kind").equals("EXCESSIVE_HOURS")).findFirst()
                .orElseThrow();
        Map<String, Object> noContract = cells.stream().filter(c -> c.get("kind").equals("NO_CONTRACT_GIVEN"))
                .findFirst().orElseThrow();
        assertEquals(5, hours.get("count"));
        assertEquals(Boolean.TRUE, noContract.get("suppressed"));
        assertNull(noContract.get("count"));
        assertEquals("<5", noContract.get("display"));
        assertFalse(statistics.containsKey("total"));
        given().auth().oauth2(TestTokens.role("ministry")).queryParam("from", month).queryParam("to", "2020-01")
                .get("/api/v1/violation-statistics").then().statusCode(400);
        given().auth().oauth2(TestTokens.employer(employment.bin())).queryParam("from", month)
                .queryParam("to", month).get("/api/v1/violation-statistics").then().statusCode(403);
    }
}
