package kz.migration.common.statistics;

import java.util.List;

/**
 * Tables of the same population published together, linked in a chain: each table's columns are the next table's
 * rows (the same labels, so the same totals), e.g. category × citizenship, citizenship × sex, sex × occupation. All
 * share one grand total. Tables linked this way are one flow network (each person a unit of flow through one label
 * of every dimension), which is what lets {@link DisclosureAudit} find exactly what a reader can derive from them.
 * A single table is a chain of one.
 */
public record TableChain(List<CountTable> tables) {

    public TableChain {
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one table");
        }
        for (int t = 0; t + 1 < tables.size(); t++) {
            CountTable table = tables.get(t);
            CountTable next = tables.get(t + 1);
            if (!table.columns().equals(next.rows())) {
                throw new IllegalArgumentException(next.name() + "'s rows are not " + table.name() + "'s columns");
            }
            for (int j = 0; j < table.columns().size(); j++) {
                if (table.columnTotal(j) != next.rowTotal(j)) {
                    throw new IllegalArgumentException(
                            table.name() + " and " + next.name() + " disagree on the total of "
                                    + table.columns().get(j));
                }
            }
        }
    }

    public static TableChain of(CountTable... tables) {
        return new TableChain(List.of(tables));
    }

    public long total() {
        return tables.get(0).total();
    }
}
