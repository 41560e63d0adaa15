package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;
import kz.migration.common.statistics.CellRef;
import kz.migration.common.statistics.CellStatus;
import kz.migration.common.statistics.DisclosureAudit;
import kz.migration.common.statistics.SuppressedChain;
import kz.migration.common.statistics.TableChain;

class PublicPermitTablesTest {

    private static final List<String> CITIZENSHIPS = List.of("CHN", "TUR", "UZB", "IND", "KOR", "DEU", "GEO", "AFG",
            "MNG", "USA", "GBR", "FRA", "ITA", "IRN", "PAK", "VNM", "EGY", "NOT_STATED");

    @Test
    @Verifies("quota.statistics.public-month-end")
    void publishesUpToTheEndOfTheLastFullMonth() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), PublicPermitTables.asOf(2026, LocalDate.of(2026, 12, 6)));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), PublicPermitTables.asOf(2025, LocalDate.of(2026, 12, 6)));
        assertEquals(Optional.empty(), PublicPermitTables.asOf(2026, LocalDate.of(2026, 1, 20)));
        assertEquals(Optional.empty(), PublicPermitTables.asOf(2027, LocalDate.of(2026, 12, 6)));
    }

    @Test
    @Verifies("quota.statistics.public-tables")
    void linksThreeTablesAndPoolsRareCitizenships() {
        List<PublicPermitTables.PermitCount> counts = List.of(
                count("CATEGORY_3", "CHN", "MALE", "2", 30), count("CATEGORY_3", "TUR", "FEMALE", "2", 6),
                count("CATEGORY_4", "AFG", "MALE", "7", 2), count("LABOUR_IMMIGRANT", "UZB", "FEMALE", "9", 3));
        TableChain chain = PublicPermitTables.chain(counts);
        assertEquals(3, chain.tables().size());
        assertEquals(List.of("CHN", "TUR", "OTHER"), chain.tables().get(1).rows());
        assertEquals(41, chain.total());
        // AFG and UZB have fewer than 5 permits: pooled, so no name tells of a small number.
        assertEquals(5, chain.tables().get(1).rowTotal(2));
        assertEquals(chain.tables().get(0).columns(), chain.tables().get(1).rows());
        assertEquals(chain.tables().get(1).columns(), chain.tables().get(2).rows());
    }

    @Test
    @Verifies("quota.statistics.small-cell-suppression")
    void showsEveryCountUnderFiveAsSmallZerosIncluded() {
        SuppressedChain published = PublicPermitTables.publish(List.of(count("CATEGORY_3", "CHN", "MALE", "2", 30),
                count("CATEGORY_3", "CHN", "FEMALE", "2", 3)));
        assertEquals("<5", published.figure(CellRef.cell(1, 0, 0)).display());
        assertEquals("<5", published.figure(CellRef.cell(0, 0, 0)).display(), "CATEGORY_1 x CHN is 0");
        List<PublicPermitTables.GroundFigure> grounds = PublicPermitTables.refusals(Map.of("QUOTA_EXHAUSTED", 7L,
                "EMPLOYER_BANNED", 2L, "SOMETHING_NEW", 9L));
        assertEquals("7", grounds.get(1).refusals().display());
        assertEquals("<5", grounds.get(5).refusals().display());
        assertEquals("OTHER", grounds.get(6).ground());
        assertEquals("9", grounds.get(6).refusals().display());
    }

    /**
     * The proof that no person can be singled out from the public tables: for generated populations, a reader who
     * knows every published figure of the three tables, what "&lt;5" and "x" mean and that totals add up can never
     * tell the exact count of a "&lt;5" figure, nor that it is 0, nor the exact count of a hidden one. The audit
     * computes the exact ranges (the tables are one flow network); common's tests check it against brute force.
     */
    @Test
    @Verifies("quota.statistics.complementary-suppression")
    void noSuppressedFigureCanBeWorkedOutFromTheOthers() {
        Random random = new Random(24);
        for (int run = 0; run < 60; run++) {
            List<PublicPermitTables.PermitCount> counts = population(random, 20 + random.nextInt(400));
            SuppressedChain published = PublicPermitTables.publish(counts);
            assertEquals(List.of(), DisclosureAudit.findings(published), "run " + run);
            assertFalse(published.withheld(), "run " + run);
            for (CellRef ref : published.figures()) {
                CellStatus status = published.status(ref);
                if (status == CellStatus.SHOWN) {
                    continue;
                }
                DisclosureAudit.Range range = DisclosureAudit.range(published, ref);
                assertFalse(range.exact(), "run " + run + ": " + ref + " can be worked out: " + range);
                if (status == CellStatus.SMALL) {
                    assertTrue(range.max() >= 1, "run " + run + ": " + ref + " is surely empty");
                }
            }
        }
    }

    private static List<PublicPermitTables.PermitCount> population(Random random, int people) {
        String[] categories = {"CATEGORY_1", "CATEGORY_2", "CATEGORY_3", "CATEGORY_4", "SEASONAL",
                "INTRA_CORPORATE_TRANSFER", "LABOUR_IMMIGRANT"};
        List<PublicPermitTables.PermitCount> counts = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            // Skewed like the real figures: a few citizenships and categories dominate.
            String citizenship = CITIZENSHIPS.get(Math.min(CITIZENSHIPS.size() - 1,
                    (int) Math.abs(random.nextGaussian() * 5)));
            String category = categories[Math.min(categories.length - 1, (int) Math.abs(random.nextGaussian() * 3))];
            String sex = PublicPermitTables.SEXES.get(random.nextInt(10) < 7 ? 2 : random.nextInt(2));
            String occupation = PublicPermitTables.OCCUPATION_GROUPS.get(random.nextInt(10));
            counts.add(count(category, citizenship, sex, occupation, 1));
        }
        return counts;
    }

    private static PublicPermitTables.PermitCount count(String category, String citizenship, String sex,
            String occupation, long permits) {
        return new PublicPermitTables.PermitCount(category, citizenship, sex, occupation, permits);
    }
}
