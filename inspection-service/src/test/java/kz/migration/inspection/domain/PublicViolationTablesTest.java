package kz.migration.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import kz.migration.common.identifier.KatoRegions;
import kz.migration.common.rules.Verifies;
import kz.migration.common.statistics.CellRef;
import kz.migration.common.statistics.DisclosureAudit;
import kz.migration.common.statistics.SuppressedChain;
import kz.migration.common.statistics.TableChain;
import kz.migration.common.testing.PublishedStatistics;

class PublicViolationTablesTest {

    private static final String ALMATY = "750000000";
    private static final List<String> REGIONS = List.copyOf(KatoRegions.all().keySet());
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    @Test
    @Verifies("inspection.statistics.public-month-end")
    void countsUpToTheEndOfTheLastFullMonth() {
        assertEquals(Optional.of(AS_OF), PublicViolationTables.asOf(2026, LocalDate.of(2026, 12, 7)));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)),
                PublicViolationTables.asOf(2025, LocalDate.of(2026, 12, 7)));
        assertEquals(Optional.empty(), PublicViolationTables.asOf(2026, LocalDate.of(2026, 1, 15)));
        assertEquals(Optional.empty(), PublicViolationTables.asOf(2027, LocalDate.of(2026, 12, 7)));
    }

    @Test
    @Verifies("inspection.statistics.public-tables")
    void linksMonthByKindToKindByRegionUpToTheMonthCounted() {
        TableChain chain = PublicViolationTables.chain(AS_OF, List.of(
                count(11, GrievanceKind.PASSPORT_WITHHELD, ALMATY, 3),
                count(3, GrievanceKind.WAGES_UNPAID_OR_LATE, ALMATY, 9),
                count(12, GrievanceKind.WAGES_UNPAID_OR_LATE, ALMATY, 4)));
        assertEquals(2, chain.tables().size());
        assertEquals(11, chain.tables().get(0).rows().size(), "January to November, not December");
        assertEquals("2026-11", chain.tables().get(0).rows().get(10));
        assertEquals(GrievanceKind.values().length, chain.tables().get(0).columns().size());
        assertEquals(REGIONS, chain.tables().get(1).columns());
        assertEquals(12, chain.total(), "December is not counted");
        assertEquals(9, chain.tables().get(1).count(GrievanceKind.WAGES_UNPAID_OR_LATE.ordinal(),
                REGIONS.indexOf(ALMATY)));
    }

    @Test
    @Verifies("inspection.statistics.small-cell-suppression")
    void showsEveryCountUnderFiveAsSmallZerosAndTotalsIncluded() {
        List<PublicViolationTables.ViolationCount> counts = new ArrayList<>();
        for (int month = 1; month <= 11; month++) {
            counts.add(count(month, GrievanceKind.WAGES_UNPAID_OR_LATE, ALMATY, 20));
        }
        counts.add(count(11, GrievanceKind.PASSPORT_WITHHELD, ALMATY, 2));
        SuppressedChain published = PublicViolationTables.publish(AS_OF, counts);
        assertFalse(published.withheld());
        int passport = GrievanceKind.PASSPORT_WITHHELD.ordinal();
        assertEquals("<5", published.figure(CellRef.cell(0, 10, passport)).display(), "2 in November");
        assertEquals("<5", published.figure(CellRef.rowTotal(1, passport)).display(), "the kind's total of 2");
        assertEquals("<5", published.figure(CellRef.cell(0, 0, passport)).display(), "0 in January");
        assertEquals("<5", published.figure(CellRef.cell(1, passport, REGIONS.indexOf(ALMATY))).display());
    }

    /**
     * The proof that no person can be singled out from the public violation tables, totals included: for generated
     * registers, a reader who knows every published figure of both tables, what "&lt;5" and "x" mean and that every
     * total is the sum of its figures can never tell the exact count of a "&lt;5" figure, nor that it is 0, nor the
     * exact count of an "x". {@link DisclosureAudit} finds the exact ranges (the tables are one flow network).
     */
    @Test
    @Verifies("inspection.statistics.complementary-suppression")
    void noSuppressedFigureOrTotalCanBeWorkedOutFromTheOthers() {
        Random random = new Random(23);
        int published = 0;
        for (int run = 0; run < 40; run++) {
            SuppressedChain tables = PublicViolationTables.publish(AS_OF, register(random, 10 + random.nextInt(400)));
            assertEquals(List.of(), DisclosureAudit.findings(tables), "run " + run);
            if (tables.withheld()) {
                continue;
            }
            published++;
            PublishedStatistics.assertNothingDerivable(tables, "run " + run + ": ");
        }
        assertTrue(published >= 30, "only " + published + " of 40 registers were published");
    }

    private static List<PublicViolationTables.ViolationCount> register(Random random, int violations) {
        GrievanceKind[] kinds = GrievanceKind.values();
        List<PublicViolationTables.ViolationCount> counts = new ArrayList<>();
        for (int v = 0; v < violations; v++) {
            // Skewed like the real figures: wages and a few regions dominate.
            GrievanceKind kind = kinds[Math.min(kinds.length - 1, (int) Math.abs(random.nextGaussian() * 2.5) + 1)
                    % kinds.length];
            String region = REGIONS.get(Math.min(REGIONS.size() - 1, (int) Math.abs(random.nextGaussian() * 4)));
            counts.add(count(1 + random.nextInt(11), kind, region, 1));
        }
        return counts;
    }

    private static PublicViolationTables.ViolationCount count(int month, GrievanceKind kind, String region,
            long violations) {
        return new PublicViolationTables.ViolationCount(YearMonth.of(2026, month), kind, region, violations);
    }
}
