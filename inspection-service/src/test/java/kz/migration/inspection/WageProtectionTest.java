package kz.migration.inspection;

import static io.restassured.RestAssured.given;
import static kz.migration.inspection.InspectionFixtures.payment;
import static kz.migration.inspection.InspectionFixtures.report;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.time.AdjustableClock;
import kz.migration.inspection.InspectionFixtures.Employment;
import kz.migration.inspection.domain.WagePolicy;
import kz.migration.inspection.service.WageMonitorJob;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Salary payments matched to registered contracts; missing or short wages open a case by themselves. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WageProtectionTest {

    private static final String ZHAMBYL = "310000000";

    @Inject
    DataSource dataSource;

    @Inject
    WageMonitorJob monitor;

    @Inject
    WagePolicy policy;

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

    /** An employment whose first two months' grace is over today: it started three months before the last judged. */
    private Employment employment() {
        YearMonth lastJudged = policy.lastJudgedMonth(LocalDate.now(clock));
        LocalDate start = lastJudged.minusMonths(1).atDay(1);
        return fixtures.employment(InspectionFixtures.randomBin(), ZHAMBYL, InspectionFixtures.SALARY, start,
                start.plusYears(1).minusDays(1));
    }

    private String month(Employment employment, int index) {
        return YearMonth.from(employment.contract().startDate()).plusMonths(index).toString();
    }

    private UUID wagesCase(Employment employment) {
        return (UUID) fixtures.query("""
                select id from inspection_case where contract_number = ? and source = 'WAGE_MONITOR'""",
                employment.contractNumber());
    }

    @Test
    void aPaymentIsRecordedOncePerReferenceAndRefusedForWhatCannotBeAWage() {
        Employment employment = employment();
        Map<String, Object> body = payment(employment.contractNumber(), month(employment, 0), "520000.00",
                employment.contract().startDate().plusMonths(1).plusDays(4));
        String id = report(body).then().statusCode(201).body("amount", is("520000.00")).extract().path("id");
        report(body).then().statusCode(200).body("id", is(id));
        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put("amount", "1.00");
        report(changed).then().statusCode(409)
                .body("type", is("https://registry.migration.gov.kz/problems/wage-payment-reference-reused"));
        Map<String, Object> dollars = payment(employment.contractNumber(), month(employment, 0), "5000.00",
                LocalDate.now(clock));
        dollars.put("currency", "USD");
        report(dollars).then().statusCode(422).body("type",
                is("https://registry.migration.gov.kz/problems/wage-not-in-tenge"));
        report(payment("LC-2026-999996", month(employment, 0), "1.00", LocalDate.now(clock))).then().statusCode(422)
                .body("type", is("https://registry.migration.gov.kz/problems/wage-contract-unknown"));
        report(payment(employment.contractNumber(), month(employment, -1), "1.00", LocalDate.now(clock))).then()
                .statusCode(422)
                .body("type", is("https://registry.migration.gov.kz/problems/wage-period-outside-contract"));
        assertEquals(1L, fixtures.queryLong("select count(*) from wage_payment where contract_number = ?",
                employment.contractNumber()));
    }

    @Test
    void aMissingMonthOpensAWagesCaseByItselfWithEvidenceAndAHold() {
        Employment employment = employment();
        report(payment(employment.contractNumber(), month(employment, 0), "540000.00",
                employment.contract().startDate().plusMonths(1).plusDays(5))).then().statusCode(201);
        monitor.run();
        UUID id = wagesCase(employment);
        given().auth().oauth2(TestTokens.inspector(ZHAMBYL)).get("/api/v1/cases/{id}", id).then().statusCode(200)
                .body("source", is("WAGE_MONITOR")).body("kind", is("WAGES_UNPAID_OR_LATE"))
                .body("evidence.size()", is(1)).body("evidence[0].period", is(month(employment, 1)))
                .body("evidence[0].verdict", is("MISSING")).body("evidence[0].expected", is("600000.00"))
                .body("terminationHold.inForce", is(true));
        String caseNumber = (String) fixtures.query("select case_number from inspection_case where id = ?", id);
        try (KafkaTestConsumer events = new KafkaTestConsumer(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), "inspection.events")) {
            events.await(r -> r.value().contains("termination-hold-placed") && r.value().contains(caseNumber), 1,
                    Duration.ofSeconds(30));
        }
        given().auth().oauth2(TestTokens.employer(employment.bin()))
                .get("/api/v1/contracts/{number}/wage-record", employment.contractNumber()).then().statusCode(200)
                .body("months[0].verdict", is("PAID")).body("months[0].paid", is("540000.00"))
                .body("months[1].verdict", is("MISSING")).body("months[2].verdict", is("PENDING"));
        monitor.run();
        assertEquals(1L, fixtures.queryLong("select count(*) from inspection_case where contract_number = ?",
                employment.contractNumber()), "judged once, opened once");
    }

    @Test
    void aShortPaymentOpensAWagesCaseAndTwoMissingMonthsMakeItSerious() {
        Employment short_ = employment();
        report(payment(short_.contractNumber(), month(short_, 0), "600000.00", LocalDate.now(clock))).then()
                .statusCode(201);
        report(payment(short_.contractNumber(), month(short_, 1), "400000.00", LocalDate.now(clock))).then()
                .statusCode(201);
        Employment unpaid = employment();
        monitor.run();
        given().auth().oauth2(TestTokens.inspector(ZHAMBYL)).get("/api/v1/cases/{id}", wagesCase(short_)).then()
                .body("evidence.verdict", is(List.of("SHORT"))).body("evidence[0].paid", is("400000.00"));
        UUID twoMonths = wagesCase(unpaid);
        given().auth().oauth2(TestTokens.inspector(ZHAMBYL)).get("/api/v1/cases/{id}", twoMonths).then()
                .body("evidence.verdict", is(List.of("MISSING", "MISSING")));
        InspectionFixtures.openInspection(ZHAMBYL, twoMonths).then().statusCode(200);
        InspectionFixtures.decide(ZHAMBYL, twoMonths,
                InspectionFixtures.finding("VIOLATION_CONFIRMED", "LABOUR_CODE_ART_113")).then().statusCode(200);
        assertEquals(Boolean.TRUE,
                fixtures.query("select serious from employer_violation where case_id = ?", twoMonths),
                "the months the monitor found missing count");
    }

    @Test
    void twoMonitorsAtOnceJudgeEachMonthOnceAndOpenOneCase() throws Exception {
        List<Employment> employments = List.of(employment(), employment(), employment());
        var pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(monitor::run, pool);
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(monitor::run, pool);
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }
        for (Employment employment : employments) {
            assertEquals(2L, fixtures.queryLong("select count(*) from wage_month where contract_number = ?",
                    employment.contractNumber()));
            assertEquals(1L, fixtures.queryLong("select count(*) from inspection_case where contract_number = ?",
                    employment.contractNumber()));
        }
    }

    @Test
    void theEmployerSeesItsOwnWageRecordOnlyAndTheRegionsInspectorToo() {
        Employment employment = employment();
        given().auth().oauth2(TestTokens.employer(InspectionFixtures.randomBin()))
                .get("/api/v1/contracts/{number}/wage-record", employment.contractNumber()).then().statusCode(404);
        given().auth().oauth2(TestTokens.inspector("750000000"))
                .get("/api/v1/contracts/{number}/wage-record", employment.contractNumber()).then().statusCode(404);
        BigDecimal salary = new BigDecimal(given().auth().oauth2(TestTokens.inspector(ZHAMBYL))
                .get("/api/v1/contracts/{number}/wage-record", employment.contractNumber()).then().statusCode(200)
                .extract().<String>path("salary"));
        assertTrue(salary.compareTo(InspectionFixtures.SALARY) == 0);
    }
}
