package kz.migration.inspection.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.statistics.CellRef;
import kz.migration.common.statistics.SuppressedChain;

@Schema(description = """
        Public violation statistics of a year as of the end of the last full month: two linked tables of the same \
        confirmed violations (month x kind, kind x region) with small-cell suppression. Every figure is a string: a \
        count, "<5" for a count under 5 (zero included), or "x" for a count of 5 or more hidden so that no "<5" \
        figure can be worked out from the others. ".." marks tables withheld whole; no tables while the year has no \
        full month behind it. See docs/statistics.md.""")
public record PublicViolationStatistics(int year,
        @Schema(description = "The last day counted; null while the year has no full month behind it") LocalDate asOf,
        int threshold, boolean withheld, List<Table> tables) {

    @Schema(name = "PublicViolationStatisticsTable")
    public record Table(String name, String rowDimension, String columnDimension, List<String> columns,
            List<TableRow> rows, List<String> columnTotals, String total) {
    }

    @Schema(name = "PublicViolationStatisticsRow")
    public record TableRow(String label, List<String> cells, String total) {
    }

    public static PublicViolationStatistics none(int year, int threshold) {
        return new PublicViolationStatistics(year, null, threshold, false, List.of());
    }

    public static PublicViolationStatistics of(int year, LocalDate asOf, SuppressedChain tables) {
        List<Table> views = new ArrayList<>();
        for (int t = 0; t < tables.tableCount(); t++) {
            List<TableRow> rows = new ArrayList<>();
            for (int i = 0; i < tables.rows(t).size(); i++) {
                List<String> cells = new ArrayList<>();
                for (int j = 0; j < tables.columns(t).size(); j++) {
                    cells.add(tables.figure(CellRef.cell(t, i, j)).display());
                }
                rows.add(new TableRow(tables.rows(t).get(i), cells,
                        tables.figure(CellRef.rowTotal(t, i)).display()));
            }
            List<String> columnTotals = new ArrayList<>();
            for (int j = 0; j < tables.columns(t).size(); j++) {
                columnTotals.add(tables.figure(CellRef.columnTotal(t, j)).display());
            }
            views.add(new Table(tables.name(t), tables.rowDimension(t), tables.columnDimension(t),
                    tables.columns(t), rows, columnTotals, tables.figure(CellRef.total()).display()));
        }
        return new PublicViolationStatistics(year, asOf, tables.threshold(), tables.withheld(), views);
    }
}
