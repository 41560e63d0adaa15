package kz.migration.common.statistics;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * A two-way table of counts (persons, permits, contracts): one count per row label and column label, with its row,
 * column and grand totals derived from the cells. The labels name the categories of each dimension (a region, a
 * citizenship, "FEMALE"); every label appears once.
 */
public final class CountTable {

    private final String name;
    private final String rowDimension;
    private final List<String> rows;
    private final String columnDimension;
    private final List<String> columns;
    private final long[][] counts;

    public CountTable(String name, String rowDimension, List<String> rows, String columnDimension,
            List<String> columns, long[][] counts) {
        if (rows.isEmpty() || columns.isEmpty()) {
            throw new IllegalArgumentException(name + ": a table needs at least one row and one column");
        }
        if (new HashSet<>(rows).size() != rows.size() || new HashSet<>(columns).size() != columns.size()) {
            throw new IllegalArgumentException(name + ": row and column labels must be unique");
        }
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException(name + ": " + counts.length + " rows of counts for " + rows.size());
        }
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != columns.size()) {
                throw new IllegalArgumentException(name + ": row " + rows.get(i) + " has " + counts[i].length
                        + " counts for " + columns.size() + " columns");
            }
            for (long count : counts[i]) {
                if (count < 0) {
                    throw new IllegalArgumentException(name + ": negative count in row " + rows.get(i));
                }
            }
            copy[i] = counts[i].clone();
        }
        this.name = name;
        this.rowDimension = rowDimension;
        this.rows = List.copyOf(rows);
        this.columnDimension = columnDimension;
        this.columns = List.copyOf(columns);
        this.counts = copy;
    }

    public String name() {
        return name;
    }

    public String rowDimension() {
        return rowDimension;
    }

    public List<String> rows() {
        return rows;
    }

    public String columnDimension() {
        return columnDimension;
    }

    public List<String> columns() {
        return columns;
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    public long rowTotal(int row) {
        return Arrays.stream(counts[row]).sum();
    }

    public long columnTotal(int column) {
        long total = 0;
        for (long[] row : counts) {
            total += row[column];
        }
        return total;
    }

    public long total() {
        long total = 0;
        for (long[] row : counts) {
            total += Arrays.stream(row).sum();
        }
        return total;
    }
}
