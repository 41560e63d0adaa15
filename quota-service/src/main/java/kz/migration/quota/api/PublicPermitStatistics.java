package kz.migration.quota.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.statistics.CellRef;
import kz.migration.common.statistics.SuppressedChain;
import kz.migration.quota.domain.PublicPermitTables;

@Schema(description = """
        Public permit statistics of a quota year as of the end of the last full month: three linked tables of the same \
        permits and refusals by ground, with small-cell suppression. Every figure is a string: a count, "<5" for a \
        count under 5 (zero included), or "x" for a count of 5 or more hidden so that no "<5" figure can be worked \
        out from the totals. ".." marks a table withheld whole. See docs/statistics.md.""")
public record PublicPermitStatistics(int year,
        @Schema(description = "The last day counted; null while the year has no full month behind it") LocalDate asOf,
        int threshold, boolean withheld, List<Table> tables, List<GroundFigure> refusalsByGround) {

    @Schema(name = "PublicStatisticsTable")
    public record Table(String name, String rowDimension, String columnDimension, List<String> columns,
            List<TableRow> rows, List<String> columnTotals, String total) {
    }

    @Schema(name = "PublicStatisticsRow")
    public record TableRow(String label, List<String> cells, String total) {
    }

    @Schema(name = "PublicRefusalGround")
    public record GroundFigure(String ground, String refusals) {
    }

    public static PublicPermitStatistics of(int year, LocalDate asOf, SuppressedChain tables,
            List<PublicPermitTables.GroundFigure> grounds) {
        List<Table> views = new java.util.ArrayList<>();
        for (int t = 0; t < tables.tableCount(); t++) {
            List<TableRow> rows = new java.util.ArrayList<>();
            for (int i = 0; i < tables.rows(t).size(); i++) {
                List<String> cells = new java.util.ArrayList<>();
                for (int j = 0; j < tables.columns(t).size(); j++) {
                    cells.add(tables.figure(CellRef.cell(t, i, j)).display());
                }
                rows.add(new TableRow(tables.rows(t).get(i), cells,
                        tables.figure(CellRef.rowTotal(t, i)).display()));
            }
            List<String> columnTotals = new java.util.ArrayList<>();
            for (int j = 0; j < tables.columns(t).size(); j++) {
                columnTotals.add(tables.figure(CellRef.columnTotal(t, j)).display());
            }
            views.add(new Table(tables.name(t), tables.rowDimension(t), tables.columnDimension(t),
                    tables.columns(t), rows, columnTotals, tables.figure(CellRef.total()).display()));
        }
        return new PublicPermitStatistics(year, asOf, tables.threshold(), tables.withheld(), views,
                grounds.stream().map(g -> new GroundFigure(g.ground(), g.refusals().display())).toList());
    }
}
