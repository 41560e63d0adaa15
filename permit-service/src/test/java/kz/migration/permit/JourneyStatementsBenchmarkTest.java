package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.permit.service.SagaWaits;
import kz.migration.testsupport.EmbeddedPostgresServer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * Counts the statements permit-service's database runs for each request of the load's employer journey (submission
 * to issue, the saga's answer awaited with {@code Prefer: wait}), with pg_stat_statements: reset before each step,
 * read once the step's outbox rows are published, so the relay's statements count with the request that caused
 * them. Top-level statements only (no foreign-key triggers), without BEGIN/COMMIT. Prints a table; writes no report.
 * Run: {@code ./mvnw -pl permit-service verify -Dgroups=benchmark -Dsurefire.excludedGroups=
 * -Dtest=JourneyStatementsBenchmarkTest -Dregistry.postgres.track-statements=true}.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class JourneyStatementsBenchmarkTest extends PermitScenario {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SagaWaits waits;

    private final StringBuilder table = new StringBuilder();
    private int total;

    @Test
    void countsTheStatementsOfOneJourney() throws Exception {
        if (!Boolean.getBoolean(EmbeddedPostgresServer.TRACK_STATEMENTS)) {
            throw new IllegalStateException("needs -D" + EmbeddedPostgresServer.TRACK_STATEMENTS + "=true");
        }
        execute("create extension if not exists pg_stat_statements");
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 50);
        // A journey on an employer with a history, as in the load: two earlier applications on the vacancy.
        issued(bin, application(vacancy, ALMATY), "346000.00");
        submitted(bin, application(vacancy, ALMATY));
        for (int round = 1; round <= 2; round++) {
            table.setLength(0);
            total = 0;
            journey(bin, vacancy);
            System.out.println("Statements per request, journey " + round + ":\n" + table + "total " + total);
        }
    }

    private void journey(String bin, UUID vacancy) throws Exception {
        Map<String, Object> body = application(vacancy, ALMATY);
        UUID[] id = new UUID[1];
        step("POST /permit-applications", () -> id[0] = submitted(bin, body));
        UUID check = verifications.forApplication(id[0]).orElseThrow().id;
        step("GET /document-verifications?status=PENDING", () -> given().auth().oauth2(TestTokens.role("mfa"))
                .get("/api/v1/document-verifications?status=PENDING&limit=200").then().statusCode(200));
        step("POST /document-verifications/{id}/answer", () -> given().auth().oauth2(TestTokens.role("mfa"))
                .contentType(ContentType.JSON).body(Map.of("answer", "CONFIRMED"))
                .post("/api/v1/document-verifications/{id}/answer", check).then().statusCode(200));
        step("POST /permit-applications/{id}/review", () -> startReview(id[0], ALMATY));
        step("POST /permit-applications/{id}/decision",
                () -> decide(id[0], ALMATY, "APPROVE", null).statusCode(200));
        String[] fee = new String[1];
        step("GET /permit-applications/{id} held, and the quota answer", () -> {
            int before = waits.held();
            CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> given().auth()
                    .oauth2(TestTokens.employer(bin)).header("Prefer", "wait=10").get(BASE + "/{id}", id[0]).then()
                    .statusCode(200).extract().path("fee.amount").toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> waits.held() > before);
            quotaReserved(id[0]);
            fee[0] = read.join();
        });
        step("GET /permit-applications/{id}", () -> get(id[0], TestTokens.employer(bin)).statusCode(200));
        step("POST /permit-applications/{id}/fee-payment",
                () -> pay(id[0], "PAY-" + UUID.randomUUID(), fee[0]).statusCode(200));
    }

    private interface Step {
        void run() throws Exception;
    }

    private void step(String name, Step step) throws Exception {
        execute("select pg_stat_statements_reset()");
        step.run();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> count("select count(*) filter (where published_at is null) from outbox_event") == 0);
        List<String> lines = new ArrayList<>();
        int sum = 0;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        """
                                select calls, regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements
                                where toplevel and dbid = (select oid from pg_database where datname = current_database())
                                    and query not like '%pg_stat_statements%' and query not like '%filter (where published_at is null)%'
                                    and query not in ('BEGIN', 'COMMIT', 'ROLLBACK')
                                order by query""")) {
            while (rows.next()) {
                sum += rows.getInt(1);
                String query = rows.getString(2);
                lines.add("    " + rows.getInt(1) + "  " + query.substring(0, Math.min(150, query.length())));
            }
        }
        total += sum;
        table.append(name).append(": ").append(sum).append('\n');
        lines.forEach(line -> table.append(line).append('\n'));
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
