package kz.migration.quota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;

/** The ministry's rules: plans with exact sums, all or nothing, reallocation of free units only, no lowering below used. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class MinistryRulesTest {

    @Test
    void setsNationalQuotaByCategoryDistributedByRegion() {
        int year = QuotaFixtures.freshYear();
        String almaty = QuotaFixtures.region(1);
        String astana = QuotaFixtures.region(0);
        String body = """
                {"year":%d,"reason":"MTSZN order No. 397","categories":[
                  {"category":"CATEGORY_1","national":726,"regions":[{"region":"%s","allocated":500},{"region":"%s","allocated":226}]},
                  {"category":"LABOUR_IMMIGRANT","national":1000,"regions":[{"region":"%s","allocated":1000}]}]}"""
                .formatted(year, astana, almaty, almaty);
        String changeId = given().header("Authorization", QuotaFixtures.ministry()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/quota-plans")
                .then().statusCode(201).header("Location", containsString("/api/v1/quota-changes/"))
                .body("kind", is("PLAN")).body("reason", is("MTSZN order No. 397")).body("movements", hasSize(3))
                .extract().path("changeId");

        QuotaFixtures.balance(new QuotaKey(year, astana, PermitCategory.CATEGORY_1)).statusCode(200)
                .body("allocated", is(500)).body("free", is(500)).header("ETag", notNullValue());
        QuotaFixtures.balance(new QuotaKey(year, almaty, PermitCategory.LABOUR_IMMIGRANT)).statusCode(200)
                .body("allocated", is(1000));
        given().header("Authorization", QuotaFixtures.ministry()).get("/api/v1/quota-changes/{id}", changeId).then()
                .statusCode(200).body("actorRole", is("ministry"))
                .body("movements.movement", everyItem(is("ALLOCATION")));
        given().get("/api/v1/public/quotas/{year}", year).then().statusCode(200)
                .body("national.allocated", is(1726)).body("byCategory", hasSize(2)).body("byRegion", hasSize(2));
    }

    @Test
    void refusesPlanWhoseRegionalSharesDoNotSumToTheNationalQuota() {
        int year = QuotaFixtures.freshYear();
        given().header("Authorization", QuotaFixtures.ministry()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                        {"year":%d,"reason":"r","categories":[{"category":"CATEGORY_2","national":100,
                          "regions":[{"region":"%s","allocated":60},{"region":"%s","allocated":30}]}]}"""
                        .formatted(year, QuotaFixtures.region(0), QuotaFixtures.region(1)))
                .post("/api/v1/quota-plans").then().statusCode(400)
                .body("type", is("https://registry.migration.gov.kz/problems/validation"))
                .body("violations[0].field", is("categories[0].regions"))
                .body("violations[0].message", containsString("sum to 90"));
        noBalanceExists(year);
    }

    @Test
    void refusesPlanWithDuplicateRegionsOrTheIntraCorporateTransferCategory() {
        int year = QuotaFixtures.freshYear();
        given().header("Authorization", QuotaFixtures.ministry()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"year":%d,"reason":"r","categories":[
                          {"category":"CATEGORY_2","national":20,"regions":[{"region":"%s","allocated":10},{"region":"%s","allocated":10}]},
                          {"category":"INTRA_CORPORATE_TRANSFER","national":5,"regions":[{"region":"%s","allocated":5}]}]}"""
                        .formatted(year, QuotaFixtures.region(0), QuotaFixtures.region(0), QuotaFixtures.region(0)))
                .post("/api/v1/quota-plans").then().statusCode(400)
                .body("violations.field", hasItem("categories[0].regions[1].region"))
                .body("violations.field", hasItem("categories[1].category"));
        given().header("Authorization", QuotaFixtures.ministry()).contentType(ContentType.JSON).body("""
                {"year":%d,"reason":" ","categories":[{"category":"CATEGORY_2","national":-1,
                  "regions":[{"region":"123","allocated":1}]}]}""".formatted(year))
                .post("/api/v1/quota-plans").then().statusCode(400)
                .body("violations.field", hasItem("reason"))
                .body("violations.field", hasItem("categories[0].national"))
                .body("violations.field", hasItem("categories[0].regions[0].region"));
        noBalanceExists(year);
    }

    @Test
    void refusesWholePlanWhenOneAllocationWouldFallBelowReservedAndUsed() {
        int year = QuotaFixtures.freshYear();
        QuotaKey reservedRow = new QuotaKey(year, QuotaFixtures.region(3), PermitCategory.CATEGORY_3);
        QuotaKey otherRow = new QuotaKey(year, QuotaFixtures.region(4), PermitCategory.CATEGORY_3);
        QuotaFixtures.setPlan(year, reservedRow.category(), Map.of(reservedRow.region(), 3, otherRow.region(), 7))
                .statusCode(201);
        reserveOne(reservedRow);
        reserveOne(reservedRow);

        // Leaving the reserved region out sets it to zero, below its 2 reserved units: nothing changes at all.
        QuotaFixtures.setPlan(year, reservedRow.category(), Map.of(otherRow.region(), 10)).statusCode(422)
                .body("type", is("https://registry.migration.gov.kz/problems/allocation-below-committed"))
                .body("refused[0].region", is(reservedRow.region()));
        QuotaFixtures.balance(otherRow).statusCode(200).body("allocated", is(7));
        QuotaFixtures.balance(reservedRow).statusCode(200).body("allocated", is(3)).body("reserved", is(2));

        QuotaFixtures.setPlan(year, reservedRow.category(), Map.of(reservedRow.region(), 2, otherRow.region(), 8))
                .statusCode(201);
        QuotaFixtures.balance(reservedRow).statusCode(200).body("allocated", is(2)).body("free", is(0));
    }

    @Test
    void replaysPlanForTheSameIdempotencyKeyAndRefusesTheKeyWithAnotherBody() {
        int year = QuotaFixtures.freshYear();
        String key = UUID.randomUUID().toString();
        String ministry = QuotaFixtures.ministry();
        String plan = """
                {"year":%d,"reason":"r","categories":[{"category":"SEASONAL","national":%d,
                  "regions":[{"region":"%s","allocated":%d}]}]}""";
        String first = given().header("Authorization", ministry).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(plan.formatted(year, 40, QuotaFixtures.region(5), 40))
                .post("/api/v1/quota-plans").then().statusCode(201).extract().path("changeId");
        given().header("Authorization", ministry).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(plan.formatted(year, 40, QuotaFixtures.region(5), 40))
                .post("/api/v1/quota-plans").then().statusCode(201).body("changeId", is(first));
        given().header("Authorization", ministry).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(plan.formatted(year, 41, QuotaFixtures.region(5), 41))
                .post("/api/v1/quota-plans").then().statusCode(409)
                .body("type", is("https://registry.migration.gov.kz/problems/idempotency-key-reused"));
        ledger(new QuotaKey(year, QuotaFixtures.region(5), PermitCategory.SEASONAL)).body("items", hasSize(1));
    }

    @Test
    void reallocatesFreeUnitsBetweenRegionsWithTwoLedgerRowsAndEvents() {
        int year = QuotaFixtures.freshYear();
        QuotaKey from = new QuotaKey(year, QuotaFixtures.region(6), PermitCategory.CATEGORY_4);
        QuotaKey to = new QuotaKey(year, QuotaFixtures.region(7), PermitCategory.CATEGORY_4);
        QuotaFixtures.setPlan(year, from.category(), Map.of(from.region(), 10)).statusCode(201);

        reallocate(from, to, 4).statusCode(201).body("kind", is("REALLOCATION")).body("movements", hasSize(2))
                .body("movements.allocatedDelta", hasItem(-4)).body("movements.allocatedDelta", hasItem(4));
        QuotaFixtures.balance(from).body("allocated", is(6));
        QuotaFixtures.balance(to).body("allocated", is(4));

        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(bootstrap, "quota.events")) {
            consumer.await(record -> record.key().equals(to.aggregateId())
                    && record.value().contains("kz.migration.quota.allocation-changed.v1")
                    && record.value().contains("\"delta\":4"), 1, Duration.ofSeconds(20));
        }
    }

    @Test
    void refusesToReallocateMoreThanIsFree() {
        int year = QuotaFixtures.freshYear();
        QuotaKey from = new QuotaKey(year, QuotaFixtures.region(8), PermitCategory.CATEGORY_2);
        QuotaKey to = new QuotaKey(year, QuotaFixtures.region(9), PermitCategory.CATEGORY_2);
        QuotaFixtures.setPlan(year, from.category(), Map.of(from.region(), 3)).statusCode(201);
        reserveOne(from);

        reallocate(from, to, 3).statusCode(422)
                .body("type", is("https://registry.migration.gov.kz/problems/insufficient-free-quota"))
                .body("free", is(2)).body("requested", is(3));
        QuotaFixtures.balance(from).body("allocated", is(3)).body("reserved", is(1));
        reallocate(from, to, 2).statusCode(201);
        QuotaFixtures.balance(from).body("allocated", is(1)).body("free", is(0));
        reallocate(from, to, 1).statusCode(422);
    }

    @Test
    void refusesReallocationWithinOneRegionAndFromARegionWithoutQuota() {
        int year = QuotaFixtures.freshYear();
        QuotaKey key = new QuotaKey(year, QuotaFixtures.region(10), PermitCategory.CATEGORY_1);
        reallocate(key, key, 1).statusCode(400).body("violations[0].field", is("toRegion"));
        reallocate(key, new QuotaKey(year, QuotaFixtures.region(11), PermitCategory.CATEGORY_1), 1).statusCode(404);
    }

    @Test
    void lowersAnAllocationOnlyDownToReservedPlusUsed() {
        int year = QuotaFixtures.freshYear();
        QuotaKey key = new QuotaKey(year, QuotaFixtures.region(12), PermitCategory.LABOUR_IMMIGRANT);
        QuotaFixtures.setPlan(year, key.category(), Map.of(key.region(), 5)).statusCode(201);
        UUID reservation = reserveOne(key);
        QuotaFixtures.publish(UUID.randomUUID(), new kz.migration.common.event.permit.PermitIssued("LI-" + year
                + "-000001", reservation, UUID.randomUUID(), null, "LABOUR_IMMIGRANT", null, key.region(),
                key.category().name(), "9111", "UZB", "AB123", null, null, year, null, java.time.Instant.now()));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> QuotaFixtures.balance(key).extract().<Integer>path("used") == 1);
        reserveOne(key);

        String etag = QuotaFixtures.balance(key).extract().header("ETag");
        adjust(key, etag, 1).statusCode(422)
                .body("type", is("https://registry.migration.gov.kz/problems/allocation-below-committed"));
        String newEtag = adjust(key, etag, 2).statusCode(200).body("allocated", is(2)).body("free", is(0))
                .extract().header("ETag");
        adjust(key, etag, 3).statusCode(412);
        adjust(key, null, 3).statusCode(428);
        // The same value again changes nothing: the ETag another ministry user holds stays valid.
        assertEquals(newEtag, adjust(key, newEtag, 2).statusCode(200).body("allocated", is(2)).extract()
                .header("ETag"));
        adjust(key, newEtag, 9).statusCode(200).body("allocated", is(9));
        ledger(key).body("items.movement", hasItem("CONSUME"));
    }

    private static UUID reserveOne(QuotaKey key) {
        PermitApproved approved = QuotaFixtures.approval(key);
        QuotaFixtures.publish(approved.applicationId(), approved);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> given().header("Authorization", QuotaFixtures.ministry())
                        .get("/api/v1/quota-reservations/{id}", approved.reservationId()).statusCode() == 200);
        return approved.reservationId();
    }

    private static ValidatableResponse reallocate(QuotaKey from, QuotaKey to, int units) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", from.year());
        body.put("category", from.category().name());
        body.put("fromRegion", from.region());
        body.put("toRegion", to.region());
        body.put("units", units);
        body.put("reason", "Demand in the oil sector");
        return given().header("Authorization", QuotaFixtures.ministry()).contentType(ContentType.JSON).body(body)
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/quota-reallocations").then();
    }

    private static ValidatableResponse adjust(QuotaKey key, String etag, int allocated) {
        var request = given().header("Authorization", QuotaFixtures.ministry()).contentType(ContentType.JSON)
                .body(Map.of("allocated", allocated, "reason", "Correction of the regional share"));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.put("/api/v1/quotas/{year}/{region}/{category}/allocation", key.year(), key.region(),
                key.category()).then();
    }

    private static ValidatableResponse ledger(QuotaKey key) {
        return given().header("Authorization", QuotaFixtures.ministry())
                .get("/api/v1/quotas/{year}/{region}/{category}/ledger", key.year(), key.region(), key.category())
                .then().statusCode(200);
    }

    private static void noBalanceExists(int year) {
        given().header("Authorization", QuotaFixtures.ministry()).queryParam("year", year).get("/api/v1/quotas")
                .then().statusCode(200).body("items", hasSize(0));
        given().get("/api/v1/public/quotas/{year}", year).then().statusCode(404)
                .body("type", startsWith("https://registry.migration.gov.kz/problems/"));
    }

}
