package kz.migration.quota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import kz.migration.common.domain.PermitCategory;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.testsupport.RegistryTestResource;

/**
 * Retries and concurrent edits of the ministry's decisions: plans and reallocations need an Idempotency-Key, a plan
 * once set changes only under its current ETag, and a revision changes one region without restating the others.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class QuotaDecisionPreconditionsTest {

    private static final String PROBLEMS = "https://registry.migration.gov.kz/problems/";

    /** One ministry official per test: a retry comes from the caller who sent the first request. */
    private final String ministry = QuotaFixtures.ministry();

    @Test
    void reallocationWithoutAnIdempotencyKeyIsRefusedAndMovesNothing() {
        int year = QuotaFixtures.freshYear();
        QuotaKey from = new QuotaKey(year, QuotaFixtures.region(0), PermitCategory.CATEGORY_4);
        QuotaKey to = new QuotaKey(year, QuotaFixtures.region(1), PermitCategory.CATEGORY_4);
        QuotaFixtures.setPlan(year, from.category(), Map.of(from.region(), 10)).statusCode(201);

        // The same request sent twice, as a client retrying after a timeout would.
        for (int attempt = 0; attempt < 2; attempt++) {
            reallocate(null, from, to, 4).statusCode(428).body("type", is(PROBLEMS + "idempotency-key-required"));
        }
        QuotaFixtures.balance(from).statusCode(200).body("allocated", is(10));
        QuotaFixtures.balance(to).statusCode(404);
    }

    @Test
    void reallocationRetriedWithItsKeyMovesTheUnitsOnce() {
        int year = QuotaFixtures.freshYear();
        QuotaKey from = new QuotaKey(year, QuotaFixtures.region(2), PermitCategory.CATEGORY_4);
        QuotaKey to = new QuotaKey(year, QuotaFixtures.region(3), PermitCategory.CATEGORY_4);
        QuotaFixtures.setPlan(year, from.category(), Map.of(from.region(), 10)).statusCode(201);
        String key = UUID.randomUUID().toString();

        String first = reallocate(key, from, to, 4).statusCode(201).extract().path("changeId");
        reallocate(key, from, to, 4).statusCode(201).body("changeId", is(first));
        QuotaFixtures.balance(from).body("allocated", is(6));
        QuotaFixtures.balance(to).body("allocated", is(4));
    }

    @Test
    void planWithoutAnIdempotencyKeyIsRefusedAndChangesNothing() {
        int year = QuotaFixtures.freshYear();
        plan(null, null, year, Map.of(QuotaFixtures.region(4), 5)).statusCode(428)
                .body("type", is(PROBLEMS + "idempotency-key-required"));
        given().header("Authorization", QuotaFixtures.ministry()).get("/api/v1/quota-plans/{year}", year).then()
                .statusCode(404);
        given().get("/api/v1/public/quotas/{year}", year).then().statusCode(404);
    }

    @Test
    void aPlanOnceSetChangesOnlyUnderItsCurrentETag() {
        int year = QuotaFixtures.freshYear();
        String region = QuotaFixtures.region(5);
        QuotaKey key = new QuotaKey(year, region, PermitCategory.CATEGORY_3);
        String first = plan(UUID.randomUUID().toString(), null, year, Map.of(region, 5)).statusCode(201)
                .header("ETag", notNullValue()).extract().header("ETag");

        plan(UUID.randomUUID().toString(), null, year, Map.of(region, 7)).statusCode(428)
                .body("type", is(PROBLEMS + "precondition-required"));
        plan(UUID.randomUUID().toString(), "\"" + year + ".99\"", year, Map.of(region, 7)).statusCode(412)
                .body("type", is(PROBLEMS + "stale-version"));
        QuotaFixtures.balance(key).body("allocated", is(5));

        String second = plan(UUID.randomUUID().toString(), first, year, Map.of(region, 7)).statusCode(201)
                .extract().header("ETag");
        assertNotEquals(first, second);
        QuotaFixtures.balance(key).body("allocated", is(7));
        plan(UUID.randomUUID().toString(), first, year, Map.of(region, 9)).statusCode(412);
        QuotaFixtures.balance(key).body("allocated", is(7));
        readPlan(year).statusCode(200).header("ETag", is(second)).body("categories[0].national", is(7));
    }

    @Test
    void revisionChangesOneRegionAndKeepsTheOthers() {
        int year = QuotaFixtures.freshYear();
        String a = QuotaFixtures.region(6);
        String b = QuotaFixtures.region(7);
        String c = QuotaFixtures.region(8);
        Map<String, Integer> shares = new LinkedHashMap<>(Map.of(a, 10, b, 20, c, 30));
        String etag = plan(UUID.randomUUID().toString(), null, year, shares).statusCode(201).extract()
                .header("ETag");

        // Raising one region states the new national figure; the other regions are not restated and keep theirs.
        etag = revise(UUID.randomUUID().toString(), etag, year, 65, Map.of(a, 15)).statusCode(200)
                .body("kind", is("PLAN")).body("movements.size()", is(1)).extract().header("ETag");
        QuotaFixtures.balance(new QuotaKey(year, a, PermitCategory.CATEGORY_3)).body("allocated", is(15));
        QuotaFixtures.balance(new QuotaKey(year, b, PermitCategory.CATEGORY_3)).body("allocated", is(20));
        QuotaFixtures.balance(new QuotaKey(year, c, PermitCategory.CATEGORY_3)).body("allocated", is(30));

        // Without a national figure, the national figure stays: a rise alone does not add up.
        revise(UUID.randomUUID().toString(), etag, year, null, Map.of(a, 20)).statusCode(400)
                .body("violations[0].field", is("categories[0].regions"))
                .body("violations[0].message", containsString("sum to 70, not the national 65"));
        etag = revise(UUID.randomUUID().toString(), etag, year, null, Map.of(a, 20, b, 15)).statusCode(200)
                .extract().header("ETag");
        readPlan(year).statusCode(200).header("ETag", is(etag)).body("categories[0].national", is(65));

        revise(UUID.randomUUID().toString(), null, year, null, Map.of(a, 19, b, 16)).statusCode(428)
                .body("type", is(PROBLEMS + "precondition-required"));
        revise(null, etag, year, null, Map.of(a, 19, b, 16)).statusCode(428)
                .body("type", is(PROBLEMS + "idempotency-key-required"));
        revise(UUID.randomUUID().toString(), etag, QuotaFixtures.freshYear(), null, Map.of(a, 1)).statusCode(404);
        QuotaFixtures.balance(new QuotaKey(year, a, PermitCategory.CATEGORY_3)).body("allocated", is(20));
    }

    @Test
    void everyDecisionOnTheYearMovesThePlanETagAndTwoEditsOfOneVersionCannotBothWin() throws Exception {
        int year = QuotaFixtures.freshYear();
        QuotaKey from = new QuotaKey(year, QuotaFixtures.region(9), PermitCategory.CATEGORY_3);
        QuotaKey to = new QuotaKey(year, QuotaFixtures.region(10), PermitCategory.CATEGORY_3);
        String read = plan(UUID.randomUUID().toString(), null, year, Map.of(from.region(), 10, to.region(), 10))
                .statusCode(201).extract().header("ETag");
        reallocate(UUID.randomUUID().toString(), from, to, 2).statusCode(201);
        String afterReallocation = readPlan(year).extract().header("ETag");
        assertNotEquals(read, afterReallocation);
        revise(UUID.randomUUID().toString(), read, year, null, Map.of(from.region(), 9, to.region(), 11))
                .statusCode(412);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int units : new int[]{7, 5}) {
            answers.add(pool.submit(() -> {
                start.await();
                return revise(UUID.randomUUID().toString(), afterReallocation, year, null,
                        Map.of(from.region(), units, to.region(), 20 - units)).extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        statuses.sort(null);
        assertEquals(List.of(200, 412), statuses);
        readPlan(year).header("ETag", not(is(afterReallocation))).body("categories[0].national", is(20));
        given().header("Authorization", QuotaFixtures.ministry()).queryParam("year", year)
                .get("/api/v1/quota-ledger/verification").then().statusCode(200).body("consistent", is(true));
    }

    /** A CATEGORY_3 plan of the year with these shares. */
    private ValidatableResponse plan(String idempotencyKey, String ifMatch, int year,
            Map<String, Integer> shares) {
        List<Map<String, Object>> regions = new ArrayList<>();
        shares.forEach((region, units) -> regions.add(Map.of("region", region, "allocated", units)));
        int national = shares.values().stream().mapToInt(Integer::intValue).sum();
        return asMinistry(idempotencyKey, ifMatch)
                .body(Map.of("year", year, "reason", "Order of the ministry", "categories", List.of(Map.of(
                        "category", "CATEGORY_3", "national", national, "regions", regions))))
                .post("/api/v1/quota-plans").then();
    }

    /** A revision of the year's CATEGORY_3 shares, with a new national figure when {@code national} is set. */
    private ValidatableResponse revise(String idempotencyKey, String ifMatch, int year, Integer national,
            Map<String, Integer> shares) {
        List<Map<String, Object>> regions = new ArrayList<>();
        shares.forEach((region, units) -> regions.add(Map.of("region", region, "allocated", units)));
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("category", "CATEGORY_3");
        if (national != null) {
            category.put("national", national);
        }
        category.put("regions", regions);
        return asMinistry(idempotencyKey, ifMatch)
                .body(Map.of("reason", "Order of the ministry: one region changes", "categories",
                        List.of(category)))
                .patch("/api/v1/quota-plans/{year}", year).then();
    }

    private ValidatableResponse reallocate(String idempotencyKey, QuotaKey from, QuotaKey to, int units) {
        return asMinistry(idempotencyKey, null)
                .body(Map.of("year", from.year(), "category", from.category().name(), "fromRegion", from.region(),
                        "toRegion", to.region(), "units", units, "reason", "Demand in the oil sector"))
                .post("/api/v1/quota-reallocations").then();
    }

    private ValidatableResponse readPlan(int year) {
        return given().header("Authorization", ministry).get("/api/v1/quota-plans/{year}", year).then();
    }

    private RequestSpecification asMinistry(String idempotencyKey, String ifMatch) {
        RequestSpecification request = given().header("Authorization", ministry).contentType(ContentType.JSON);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }
}
