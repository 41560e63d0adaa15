package kz.migration.common.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The suppression policy on hand-made and generated tables, checked the way a reader would attack it: from the
 * published figures alone, and for small shapes against every population that could have produced them.
 */
class SmallCellSuppressionTest {

    private final SmallCellSuppression policy = new SmallCellSuppression();

    @Test
    void showsEveryFigureWhenNoneIsSmall() {
        SuppressedChain published = policy.apply(TableChain.of(table("t", new long[][]{{10, 20}, {30, 40}})));
        for (CellRef ref : published.figures()) {
            assertEquals(CellStatus.SHOWN, published.status(ref), ref.toString());
        }
        assertEquals(100L, published.figure(CellRef.total()).count());
    }

    @Test
    void hidesASmallCellAndEnoughOthersThatItCannotBeSubtracted() {
        SuppressedChain published = policy.apply(TableChain.of(table("t", new long[][]{
                {3, 20, 31}, {12, 40, 17}, {25, 9, 60}})));
        assertEquals("<5", published.figure(CellRef.cell(0, 0, 0)).display());
        assertEquals(List.of(), DisclosureAudit.findings(published));
        DisclosureAudit.Range range = DisclosureAudit.range(published, CellRef.cell(0, 0, 0));
        assertFalse(range.exact());
        assertTrue(range.max() >= 1);
        long hidden = published.figures().stream().filter(r -> published.status(r) == CellStatus.HIDDEN).count();
        assertTrue(hidden >= 3, "a row, a column and a corner at least: " + hidden);
        // The totals stay: the interior absorbs the change.
        assertEquals(CellStatus.SHOWN, published.status(CellRef.total()));
        assertEquals(CellStatus.SHOWN, published.status(CellRef.rowTotal(0, 0)));
    }

    @Test
    void aZeroBesideAShownRestIsHiddenToo() {
        // All 12 of row A are in column 1: showing the 12 would tell that nobody of A is in column 2.
        SuppressedChain published = policy.apply(TableChain.of(table("t", new long[][]{{12, 0}, {30, 25}})));
        assertEquals(CellStatus.SMALL, published.status(CellRef.cell(0, 0, 1)));
        assertEquals(List.of(), DisclosureAudit.findings(published));
        assertTrue(DisclosureAudit.range(published, CellRef.cell(0, 0, 1)).max() >= 1);
    }

    @Test
    void aSmallTotalIsSuppressedAndTheTablesStayConsistent() {
        SuppressedChain published = policy.apply(TableChain.of(table("t", new long[][]{{1, 2}, {30, 25}})));
        assertEquals(CellStatus.SMALL, published.status(CellRef.rowTotal(0, 0)));
        assertEquals(List.of(), DisclosureAudit.findings(published));
    }

    @Test
    void linkedTablesAreProtectedTogether() {
        CountTable first = new CountTable("category x citizenship", "category", List.of("C1", "C2"), "citizenship",
                List.of("UZB", "CHN", "TUR"), new long[][]{{2, 30, 14}, {20, 11, 9}});
        CountTable second = new CountTable("citizenship x sex", "citizenship", List.of("UZB", "CHN", "TUR"), "sex",
                List.of("F", "M", "N"), new long[][]{{0, 22, 0}, {13, 28, 0}, {1, 20, 2}});
        SuppressedChain published = policy.apply(TableChain.of(first, second));
        assertFalse(published.withheld());
        assertEquals(List.of(), DisclosureAudit.findings(published));
        // The shared total is one figure: the same status in both tables.
        assertEquals(published.status(CellRef.columnTotal(0, 1)), published.status(CellRef.rowTotal(1, 1)));
    }

    @Test
    void generatedChainsNeverSingleOutAnyone() {
        Random random = new Random(20261206L);
        int withheld = 0;
        for (int run = 0; run < 300; run++) {
            TableChain chain = randomChain(random);
            SuppressedChain published = policy.apply(chain);
            assertEquals(List.of(), DisclosureAudit.findings(published), "run " + run);
            if (published.withheld()) {
                withheld++;
                continue;
            }
            for (CellRef ref : published.figures()) {
                if (published.status(ref) == CellStatus.SMALL) {
                    DisclosureAudit.Range range = DisclosureAudit.range(published, ref);
                    assertFalse(range.exact(), "run " + run + " " + ref);
                    assertTrue(range.max() == null || range.max() >= 1, "run " + run + " " + ref);
                }
            }
        }
        assertTrue(withheld < 15, withheld + " of 300 publications withheld");
    }

    /**
     * For 2 x 2 tables, the ranges the audit computes are exactly the counts of the populations that would produce
     * the same publication, found by trying them all.
     */
    @Test
    void theAuditsRangesAreExactForSmallTables() {
        Random random = new Random(7);
        int cap = 40;
        for (int run = 0; run < 40; run++) {
            long[][] counts = new long[2][2];
            for (long[] row : counts) {
                for (int j = 0; j < 2; j++) {
                    row[j] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(15);
                }
            }
            SuppressedChain published = policy.apply(TableChain.of(table("t", counts)));
            if (published.withheld()) {
                continue;
            }
            // The 9 figures of a 2 x 2 table: cells a b / c d, row totals, column totals, grand total.
            CellRef[] refs = {CellRef.cell(0, 0, 0), CellRef.cell(0, 0, 1), CellRef.cell(0, 1, 0),
                    CellRef.cell(0, 1, 1), CellRef.rowTotal(0, 0), CellRef.rowTotal(0, 1), CellRef.columnTotal(0, 0),
                    CellRef.columnTotal(0, 1), CellRef.total()};
            long[] low = new long[9];
            long[] high = new long[9];
            for (int f = 0; f < 9; f++) {
                PublishedFigure figure = published.figure(refs[f]);
                low[f] = switch (figure.status()) {
                    case SHOWN -> figure.count();
                    case HIDDEN -> SmallCellSuppression.THRESHOLD;
                    default -> 0;
                };
                high[f] = switch (figure.status()) {
                    case SHOWN -> figure.count();
                    case SMALL -> SmallCellSuppression.THRESHOLD - 1;
                    default -> Long.MAX_VALUE;
                };
            }
            long[] min = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
            long[] max = new long[4];
            long[] v = new long[9];
            for (v[0] = 0; v[0] <= cap; v[0]++) {
                for (v[1] = 0; v[1] <= cap; v[1]++) {
                    for (v[2] = 0; v[2] <= cap; v[2]++) {
                        for (v[3] = 0; v[3] <= cap; v[3]++) {
                            v[4] = v[0] + v[1];
                            v[5] = v[2] + v[3];
                            v[6] = v[0] + v[2];
                            v[7] = v[1] + v[3];
                            v[8] = v[4] + v[5];
                            boolean fits = true;
                            for (int f = 0; f < 9 && fits; f++) {
                                fits = v[f] >= low[f] && v[f] <= high[f];
                            }
                            if (fits) {
                                for (int c = 0; c < 4; c++) {
                                    min[c] = Math.min(min[c], v[c]);
                                    max[c] = Math.max(max[c], v[c]);
                                }
                            }
                        }
                    }
                }
            }
            for (int c = 0; c < 4; c++) {
                DisclosureAudit.Range range = DisclosureAudit.range(published, refs[c]);
                assertEquals(min[c], range.min(), "run " + run + " min of cell " + c);
                if (range.max() != null && range.max() < cap) {
                    assertEquals(max[c], range.max(), "run " + run + " max of cell " + c);
                } else {
                    assertEquals(cap, max[c], "run " + run + " cell " + c + " is unbounded above");
                }
            }
        }
    }

    @Test
    void aShownFigureIsTheOnlyCountThatLeaves() {
        SuppressedChain published = policy.apply(TableChain.of(table("t", new long[][]{{3, 20}, {12, 40}})));
        for (CellRef ref : published.figures()) {
            PublishedFigure figure = published.figure(ref);
            if (figure.status() != CellStatus.SHOWN) {
                assertNull(figure.count(), ref.toString());
            }
        }
    }

    private static TableChain randomChain(Random random) {
        int tables = 1 + random.nextInt(3);
        List<List<String>> labels = new ArrayList<>();
        for (int level = 0; level <= tables; level++) {
            int size = 1 + random.nextInt(4);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                names.add("L" + level + "." + i);
            }
            labels.add(names);
        }
        // A population of people, each with one label per level, so the tables agree on their shared totals.
        int people = random.nextInt(60);
        int[][] person = new int[people][tables + 1];
        for (int[] p : person) {
            for (int level = 0; level <= tables; level++) {
                int size = labels.get(level).size();
                p[level] = random.nextInt(3) == 0 ? 0 : random.nextInt(size);
            }
        }
        List<CountTable> chain = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            long[][] counts = new long[labels.get(t).size()][labels.get(t + 1).size()];
            for (int[] p : person) {
                counts[p[t]][p[t + 1]]++;
            }
            chain.add(new CountTable("t" + t, "d" + t, labels.get(t), "d" + (t + 1), labels.get(t + 1), counts));
        }
        return new TableChain(chain);
    }

    private static CountTable table(String name, long[][] counts) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            rows.add("r" + i);
        }
        List<String> columns = new ArrayList<>();
        for (int j = 0; j < counts[0].length; j++) {
            columns.add("c" + j);
        }
        return new CountTable(name, "row", rows, "column", columns, counts);
    }
}
