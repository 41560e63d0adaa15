package kz.migration.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;

import kz.migration.common.statistics.CellRef;
import kz.migration.common.statistics.CellStatus;
import kz.migration.common.statistics.DisclosureAudit;
import kz.migration.common.statistics.SuppressedChain;

/** Checks of a public statistics publication shared by the services that publish one. */
public final class PublishedStatistics {

    private PublishedStatistics() {
    }

    /** The document's {@code tables} show the chain figure by figure: cells, row and column totals, grand totals. */
    public static void assertPublishedAs(SuppressedChain tables, JsonPath published) {
        for (int t = 0; t < tables.tableCount(); t++) {
            String table = "tables[" + t + "]";
            assertEquals(tables.name(t), published.getString(table + ".name"));
            for (int i = 0; i < tables.rows(t).size(); i++) {
                for (int j = 0; j < tables.columns(t).size(); j++) {
                    assertEquals(tables.figure(CellRef.cell(t, i, j)).display(),
                            published.getString(table + ".rows[" + i + "].cells[" + j + "]"));
                }
                assertEquals(tables.figure(CellRef.rowTotal(t, i)).display(),
                        published.getString(table + ".rows[" + i + "].total"));
            }
            for (int j = 0; j < tables.columns(t).size(); j++) {
                assertEquals(tables.figure(CellRef.columnTotal(t, j)).display(),
                        published.getString(table + ".columnTotals[" + j + "]"));
            }
            assertEquals(tables.figure(CellRef.total()).display(), published.getString(table + ".total"));
        }
    }

    /**
     * No figure shown is under 5, no hidden figure can be worked out exactly from the others, and no "<5" can be
     * shown to be 0. Returns how many "<5" figures were checked.
     */
    public static int assertNothingDerivable(SuppressedChain tables, String context) {
        int small = 0;
        for (CellRef ref : tables.figures()) {
            CellStatus status = tables.status(ref);
            if (status == CellStatus.SHOWN) {
                assertTrue(tables.figure(ref).count() >= 5, context + ref + " shown under 5");
                continue;
            }
            DisclosureAudit.Range range = DisclosureAudit.range(tables, ref);
            assertFalse(range.exact(), context + ref + " can be worked out: " + range);
            if (status == CellStatus.SMALL) {
                small++;
                assertTrue(range.max() >= 1, context + ref + " is surely empty");
            }
        }
        return small;
    }
}
