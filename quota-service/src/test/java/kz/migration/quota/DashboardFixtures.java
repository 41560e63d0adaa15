package kz.migration.quota;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.quota.domain.QuotaKey;

/**
 * Two years of permits for the dashboard's tests, issued month by month with the service's clock moved to each
 * month (the dev clock of the test profile), so that the ledger, the months and the statistics look like a real
 * year: {@link #YEAR} up to {@link #TODAY}, and all of {@link #PREVIOUS}. Far-future years, so no other test's
 * balances mix in. Seeded once per JVM; every test class that uses it moves the clock to {@link #TODAY} and back.
 */
final class DashboardFixtures {

    static final int YEAR = 2091;
    static final int PREVIOUS = 2090;
    static final LocalDate TODAY = LocalDate.of(YEAR, 10, 15);
    static final String ALMATY = "750000000";
    static final String ASTANA = "710000000";
    static final String ATYRAU = "230000000";
    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static boolean seeded;

    /** A batch of permits issued on one day: how many, where, and to whom. */
    record Batch(LocalDate day, int year, String region, PermitCategory category, String citizenship, String sex,
            String occupation, int permits) {
    }

    static final List<Batch> BATCHES = List.of(
            new Batch(LocalDate.of(PREVIOUS, 3, 10), PREVIOUS, ALMATY, PermitCategory.CATEGORY_3, "CHN", "MALE", "2512",
                    6),
            new Batch(LocalDate.of(PREVIOUS, 7, 10), PREVIOUS, ATYRAU, PermitCategory.CATEGORY_4, "UZB", "MALE", "7212",
                    9),
            new Batch(LocalDate.of(PREVIOUS, 11, 10), PREVIOUS, ASTANA, PermitCategory.CATEGORY_3, "TUR", "FEMALE",
                    "2512", 4),
            new Batch(LocalDate.of(YEAR, 2, 10), YEAR, ALMATY, PermitCategory.CATEGORY_3, "CHN", "MALE", "2512", 5),
            new Batch(LocalDate.of(YEAR, 2, 10), YEAR, ALMATY, PermitCategory.CATEGORY_3, "TUR", "FEMALE", "2512", 3),
            new Batch(LocalDate.of(YEAR, 2, 10), YEAR, ALMATY, PermitCategory.CATEGORY_3, "IND", null, "3123", 2),
            new Batch(LocalDate.of(YEAR, 5, 12), YEAR, ATYRAU, PermitCategory.CATEGORY_4, "CHN", "MALE", "7212", 8),
            new Batch(LocalDate.of(YEAR, 5, 12), YEAR, ATYRAU, PermitCategory.CATEGORY_4, "UZB", "MALE", "7212", 4),
            new Batch(LocalDate.of(YEAR, 5, 12), YEAR, ATYRAU, PermitCategory.CATEGORY_4, "TUR", "MALE", "7212", 2),
            new Batch(LocalDate.of(YEAR, 8, 11), YEAR, ASTANA, PermitCategory.CATEGORY_3, "CHN", "FEMALE", "2512", 4),
            new Batch(LocalDate.of(YEAR, 8, 11), YEAR, ASTANA, PermitCategory.CATEGORY_3, "TUR", null, "3123", 5),
            new Batch(LocalDate.of(YEAR, 10, 2), YEAR, ALMATY, PermitCategory.CATEGORY_3, "KOR", "MALE", "1120", 1));

    private DashboardFixtures() {
    }

    /** Plans, permits and two approvals still reserved on {@link #TODAY}; leaves the clock on {@link #TODAY}. */
    static synchronized void seed() {
        if (seeded) {
            moveClockTo(TODAY);
            return;
        }
        resetClock();
        for (int year : List.of(PREVIOUS, YEAR)) {
            QuotaFixtures.setPlan(year, PermitCategory.CATEGORY_3, Map.of(ALMATY, 30, ASTANA, 20)).statusCode(201);
            QuotaFixtures.setPlan(year, PermitCategory.CATEGORY_4, Map.of(ATYRAU, 25, ALMATY, 10)).statusCode(201);
        }
        Map<QuotaKey, Integer> used = new LinkedHashMap<>();
        for (Batch batch : BATCHES) {
            moveClockTo(batch.day());
            QuotaKey key = new QuotaKey(batch.year(), batch.region(), batch.category());
            for (int i = 0; i < batch.permits(); i++) {
                issue(batch, key);
            }
            used.merge(key, batch.permits(), Integer::sum);
            int expected = used.get(key);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> QuotaFixtures.balance(key).body("used", is(expected)));
        }
        moveClockTo(TODAY);
        QuotaKey almaty = new QuotaKey(YEAR, ALMATY, PermitCategory.CATEGORY_3);
        List<UUID> held = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            PermitApproved approved = approval(almaty, "CHN", "2512");
            QuotaFixtures.publish(approved.applicationId(), approved);
            held.add(approved.reservationId());
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> QuotaFixtures.balance(almaty).body("reserved",
                is(2)));
        seeded = true;
    }

    /** Issues one more permit on {@link #TODAY} in Almaty, category 3; returns when its unit is used. */
    static void issueOneMore() {
        QuotaKey key = new QuotaKey(YEAR, ALMATY, PermitCategory.CATEGORY_3);
        int before = QuotaFixtures.balance(key).extract().path("used");
        issue(new Batch(TODAY, YEAR, ALMATY, PermitCategory.CATEGORY_3, "CHN", "MALE", "2512", 1), key);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> QuotaFixtures.balance(key).body("used",
                is(before + 1)));
    }

    private static void issue(Batch batch, QuotaKey key) {
        PermitApproved approved = approval(key, batch.citizenship(), batch.occupation());
        QuotaFixtures.publish(approved.applicationId(), approved);
        Instant at = batch.day().atTime(11, 0).atZone(ZONE).toInstant();
        PermitIssued issued = new PermitIssued("WP-" + batch.year() + "-" + UUID.randomUUID().toString()
                .substring(0, 8), approved.reservationId(), approved.applicationId(), UUID.randomUUID(), "EMPLOYER",
                "123456789012", key.region(), key.category().name(), batch.occupation(), batch.citizenship(),
                "FA" + UUID.randomUUID().toString().substring(0, 7), batch.day(), batch.day().plusYears(1)
                        .minusDays(1),
                batch.year(), new BigDecimal("450000.00"), at, batch.sex());
        QuotaFixtures.publish(approved.applicationId(), issued);
    }

    private static PermitApproved approval(QuotaKey key, String citizenship, String occupation) {
        return new PermitApproved(UUID.randomUUID(), UUID.randomUUID(), "NEW", "123456789012", key.region(),
                key.category().name(), key.year(), citizenship, occupation, Instant.now());
    }

    /** Moves the service's clock to 12:00 Astana time of {@code day}. */
    static void moveClockTo(LocalDate day) {
        Instant now = Instant.parse(given().get("/dev/clock").then().statusCode(200).extract().path("now"));
        Instant target = day.atTime(12, 0).atZone(ZONE).toInstant();
        given().contentType(ContentType.JSON).body(Map.of("by", Duration.between(now, target).toString()))
                .post("/dev/clock/advance").then().statusCode(200);
    }

    static void resetClock() {
        given().delete("/dev/clock").then().statusCode(200);
    }
}
