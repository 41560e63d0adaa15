package kz.migration.quota;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.testing.ServiceTables;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.testsupport.RegistryTestResource;

/** The what-if simulator on real PostgreSQL: projections of a hypothetical plan, named refusals, nothing changed. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class QuotaSimulatorTest {

    @Inject
    DataSource dataSource;

    @Test
    void projectsAHypotheticalPlanAndChangesNoTable() throws SQLException {
        int year = QuotaFixtures.freshYear();
        String almaty = "750000000";
        String astana = "710000000";
        QuotaFixtures.setPlan(year, PermitCategory.CATEGORY_3, Map.of(almaty, 10, astana, 6)).statusCode(201);
        QuotaKey key = new QuotaKey(year, almaty, PermitCategory.CATEGORY_3);
        for (int i = 0; i < 3; i++) {
            PermitApproved approved = QuotaFixtures.approval(key);
            QuotaFixtures.publish(approved.applicationId(), approved);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> QuotaFixtures.balance(key).body("reserved", is(3)));
        // A denied call is audited; it comes before the snapshot, which then covers the audit trail too.
        given().header("Authorization", kz.migration.testsupport.TestTokens.bearer(
                kz.migration.testsupport.TestTokens.role("auditor"))).contentType(ContentType.JSON)
                .body(Map.of("year", year)).post("/api/v1/quota-simulations").then().statusCode(403);
        Map<String, String> before = checksums();

        simulate(Map.of("year", year,
                "plan", List.of(Map.of("category", "CATEGORY_3", "national", 20, "regions",
                        List.of(Map.of("region", almaty, "allocated", 14)))),
                "reallocations", List.of(Map.of("category", "CATEGORY_3", "fromRegion", astana, "toRegion", almaty,
                        "units", 2))))
                .statusCode(200).body("year", is(year)).body("method", containsString("90 days"))
                .body("projections", hasSize(2))
                .body("projections.find { it.region == '750000000' }.allocated", is(16))
                .body("projections.find { it.region == '750000000' }.reserved", is(3))
                .body("projections.find { it.region == '710000000' }.allocated", is(4))
                .body("seasonality.monthShares", hasSize(12));
        simulate(Map.of("year", year)).statusCode(200)
                .body("projections.find { it.region == '750000000' }.allocated", is(10));

        simulate(Map.of("year", year, "reallocations", List.of(Map.of("category", "CATEGORY_3", "fromRegion", astana,
                "toRegion", almaty, "units", -4)))).statusCode(400).body("type", containsString("/validation"))
                .body("violations[0].field", containsString("units"));
        simulate(Map.of("year", year, "reallocations", List.of(Map.of("category", "CATEGORY_3", "fromRegion",
                "999999999", "toRegion", almaty, "units", 1)))).statusCode(400)
                .body("violations[0].field", containsString("fromRegion"));
        simulate(Map.of("year", 2998)).statusCode(422).body("type", containsString("/quota-plan-missing"));
        simulate(Map.of("year", year, "reallocations", List.of(Map.of("category", "CATEGORY_3", "fromRegion", almaty,
                "toRegion", astana, "units", 8)))).statusCode(422)
                .body("type", containsString("/insufficient-free-quota")).body("free", is(7));
        simulate(Map.of("year", year, "plan", List.of(Map.of("category", "CATEGORY_3", "national", 8, "regions",
                List.of(Map.of("region", almaty, "allocated", 2)))))).statusCode(422)
                .body("type", containsString("/allocation-below-committed"));
        simulate(Map.of("year", year, "plan", List.of(Map.of("category", "INTRA_CORPORATE_TRANSFER", "regions",
                List.of(Map.of("region", almaty, "allocated", 2)))))).statusCode(400);

        assertEquals(before, checksums(), "a simulation changed a table");
    }

    private static ValidatableResponse simulate(Object body) {
        return given().header("Authorization", QuotaFixtures.ministry()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/quota-simulations").then();
    }

    /** Row count and a checksum of the rows of every quota table, the audit trail and the idempotency records. */
    private Map<String, String> checksums() throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        List<String> tables = new java.util.ArrayList<>(new ServiceTables(dataSource, Set.of()).tables());
        tables.addAll(List.of("audit_record", "idempotency_record"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet row = statement.executeQuery("select count(*), coalesce(md5(string_agg(t::text, '|'"
                        + " order by t::text)), '') from \"" + table + "\" t")) {
                    row.next();
                    sums.put(table, row.getLong(1) + " " + row.getString(2));
                }
            }
        }
        return sums;
    }
}
