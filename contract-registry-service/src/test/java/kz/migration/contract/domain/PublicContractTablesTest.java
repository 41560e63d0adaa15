package kz.migration.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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

class PublicContractTablesTest {

    private static final String ALMATY = "750000000";
    private static final String ASTANA = "710000000";
    private static final List<String> REGIONS = List.copyOf(KatoRegions.all().keySet());

    @Test
    @Verifies("contract.statistics.public-month-end")
    void countsUpToTheEndOfTheLastFullMonth() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)),
                PublicContractTables.asOf(2026, LocalDate.of(2026, 12, 7)));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)),
                PublicContractTables.asOf(2026, LocalDate.of(2026, 12, 31)));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)),
                PublicContractTables.asOf(2025, LocalDate.of(2026, 12, 7)));
        assertEquals(Optional.empty(), PublicContractTables.asOf(2026, LocalDate.of(2026, 1, 31)));
        assertEquals(Optional.empty(), PublicContractTables.asOf(2027, LocalDate.of(2026, 12, 7)));
    }

    @Test
    @Verifies("contract.statistics.public-tables")
    void linksFourTablesOfTheSameContractsWithEveryRegionListed() {
        TableChain chain = PublicContractTables.chain(List.of(
                count(ALMATY, false, false, false, false, false, false, 30),
                count(ALMATY, true, true, true, true, true, false, 2),
                count(ASTANA, false, false, true, true, false, true, 6)));
        assertEquals(4, chain.tables().size());
        assertEquals(38, chain.total());
        assertEquals(REGIONS, chain.tables().get(1).columns());
        // Terminated by the employer after the permit ended: TERMINATED, as the ministry's statistics count it.
        assertEquals(2, chain.tables().get(1).count(1, REGIONS.indexOf(ALMATY)));
        assertEquals(6, chain.tables().get(1).count(2, REGIONS.indexOf(ASTANA)));
        assertEquals(6, chain.tables().get(0).count(0, 2), "replaced by a citizen, ended with the permit");
        assertEquals(2, chain.tables().get(2).count(REGIONS.indexOf(ALMATY), 1), "late in Almaty");
        assertEquals(2, chain.tables().get(3).count(1, 2), "late, amended late");
        assertEquals(6, chain.tables().get(3).count(0, 1), "on time, amended on time");
        assertEquals(0, chain.tables().get(1).columnTotal(REGIONS.indexOf("100000000")));
    }

    @Test
    @Verifies("contract.statistics.small-cell-suppression")
    void showsEveryCountUnderFiveAsSmallZerosAndTotalsIncluded() {
        List<PublicContractTables.ContractCount> counts = new ArrayList<>();
        counts.add(count(ALMATY, false, false, false, false, false, false, 40));
        counts.add(count(ALMATY, true, true, false, false, false, false, 3));
        counts.add(count(ASTANA, false, false, false, false, false, false, 2));
        SuppressedChain published = PublicContractTables.publish(counts);
        assertFalse(published.withheld());
        int astana = REGIONS.indexOf(ASTANA);
        assertEquals("<5", published.figure(CellRef.cell(1, 0, astana)).display(), "2 active in Astana");
        assertEquals("<5", published.figure(CellRef.rowTotal(2, astana)).display(), "Astana's total of 2");
        assertEquals("<5", published.figure(CellRef.cell(1, 2, astana)).display(), "0 ended with the permit");
        assertEquals("<5", published.figure(CellRef.cell(2, REGIONS.indexOf(ALMATY), 1)).display(), "3 late");
        assertEquals("45", published.figure(CellRef.total()).display());
    }

    /**
     * The proof that no person can be singled out from the public contract tables, totals included: for generated
     * registries, a reader who knows every published figure of the four tables, what "&lt;5" and "x" mean and that
     * every total is the sum of its figures can never tell the exact count of a "&lt;5" figure, nor that it is 0, nor
     * the exact count of an "x". {@link DisclosureAudit} finds the exact ranges (the tables are one flow network).
     */
    @Test
    @Verifies("contract.statistics.complementary-suppression")
    void noSuppressedFigureOrTotalCanBeWorkedOutFromTheOthers() {
        Random random = new Random(24);
        int published = 0;
        for (int run = 0; run < 40; run++) {
            SuppressedChain tables = PublicContractTables.publish(registry(random, 15 + random.nextInt(500)));
            assertEquals(List.of(), DisclosureAudit.findings(tables), "run " + run);
            if (tables.withheld()) {
                continue;
            }
            published++;
            PublishedStatistics.assertNothingDerivable(tables, "run " + run + ": ");
        }
        assertTrue(published >= 30, "only " + published + " of 40 registries were published");
    }

    private static List<PublicContractTables.ContractCount> registry(Random random, int contracts) {
        List<PublicContractTables.ContractCount> counts = new ArrayList<>();
        for (int c = 0; c < contracts; c++) {
            // Skewed like the real figures: a few regions hold most contracts, few end early or are late.
            String region = REGIONS.get(Math.min(REGIONS.size() - 1, (int) Math.abs(random.nextGaussian() * 4)));
            boolean terminated = random.nextInt(10) == 0;
            boolean permitEnded = random.nextInt(8) == 0;
            boolean amended = random.nextInt(5) == 0;
            counts.add(count(region, random.nextInt(12) == 0, terminated, permitEnded, amended,
                    amended && random.nextInt(4) == 0, random.nextInt(30) == 0, 1));
        }
        return counts;
    }

    private static PublicContractTables.ContractCount count(String region, boolean late, boolean terminated,
            boolean permitEnded, boolean amended, boolean amendedLate, boolean replaced, long contracts) {
        return new PublicContractTables.ContractCount(region, late, terminated, permitEnded, amended, amendedLate,
                replaced, contracts);
    }
}
