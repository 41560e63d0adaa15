package kz.migration.common.statistics;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One table of a public statistics document as readers see it: every figure a string (a count, "<5", "x" or "..",
 * see {@link PublishedFigure}), with its row and column totals. Shared by every service that publishes statistics.
 */
@Schema(name = "PublicStatisticsTable")
public record PublishedTable(String name, String rowDimension, String columnDimension, List<String> columns,
        List<Row> rows, List<String> columnTotals, String total) {

    @Schema(name = "PublicStatisticsRow")
    public record Row(String label, List<String> cells, String total) {
    }

    /** The tables of a suppressed chain, each with its figures as published. */
    public static List<PublishedTable> of(SuppressedChain tables) {
        List<PublishedTable> views = new ArrayList<>();
        for (int t = 0; t < tables.tableCount(); t++) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < tables.rows(t).size(); i++) {
                List<String> cells = new ArrayList<>();
                for (int j = 0; j < tables.columns(t).size(); j++) {
                    cells.add(tables.figure(CellRef.cell(t, i, j)).display());
                }
                rows.add(new Row(tables.rows(t).get(i), cells, tables.figure(CellRef.rowTotal(t, i)).display()));
            }
            List<String> columnTotals = new ArrayList<>();
            for (int j = 0; j < tables.columns(t).size(); j++) {
                columnTotals.add(tables.figure(CellRef.columnTotal(t, j)).display());
            }
            views.add(new PublishedTable(tables.name(t), tables.rowDimension(t), tables.columnDimension(t),
                    tables.columns(t), rows, columnTotals, tables.figure(CellRef.total()).display()));
        }
        return views;
    }
}
