package kz.migration.common.statistics;

/**
 * One published figure of a {@link TableChain}: a cell, a row or column total of table {@code table}, or the grand
 * total. A column total of one table is the row total of the next (the same figure); it is addressed as the row
 * total of the later table.
 */
public record CellRef(int table, Position position, int row, int column) {

    public enum Position {
        CELL, ROW_TOTAL, COLUMN_TOTAL, TOTAL
    }

    public static CellRef cell(int table, int row, int column) {
        return new CellRef(table, Position.CELL, row, column);
    }

    public static CellRef rowTotal(int table, int row) {
        return new CellRef(table, Position.ROW_TOTAL, row, -1);
    }

    public static CellRef columnTotal(int table, int column) {
        return new CellRef(table, Position.COLUMN_TOTAL, -1, column);
    }

    public static CellRef total() {
        return new CellRef(0, Position.TOTAL, -1, -1);
    }
}
