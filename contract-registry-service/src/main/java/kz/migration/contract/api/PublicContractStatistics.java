package kz.migration.contract.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.statistics.CellRef;
import kz.migration.common.statistics.SuppressedChain;

@Schema(description = """
        Public contract statistics of a year as of the end of the last full month: four linked tables of the same \
        contracts (replacement x status, status x region, region x registration, registration x amendment) with \
        small-cell suppression. Every figure is a string: a count, "<5" for a count under 5 (zero included), or "x" \
        for a count of 5 or more hidden so that no "<5" figure can be worked out from the others. ".." marks tables \
        withheld whole. See docs/statistics.md.""")
public record PublicContractStatistics(int year,
        @Schema(description = "The last day counted; null while the year has no full month behind it") LocalDate asOf,
        int threshold, boolean withheld, List<Table> tables) {

    @Schema(name = "PublicContractStatisticsTable")
    public record Table(String name, String rowDimension, String columnDimension, List<String> columns,
            List<TableRow> rows, List<String> columnTotals, String total) {
    }

    @Schema(name = "PublicContractStatisticsRow")
    public record TableRow(String label, List<String> cells, String total) {
    }

    public static PublicContractStatistics of(int year, LocalDate asOf, SuppressedChain tables) {
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
        return new PublicContractStatistics(year, asOf, tables.threshold(), tables.withheld(), views);
    }
}
