package kz.migration.common.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link TableChain} as a flow network: one unit of flow per person, from a source through one label of every
 * dimension to a sink and back through the grand total. A label is a pair of nodes joined by its total (the margin
 * edge); a cell is the edge from its row label to its column label. Every additive relation of the tables (a row sums
 * to its total, a column to its, the totals to the grand total) is then conservation of flow at a node, and the
 * constraint matrix is a network matrix: totally unimodular, so the integer figures a reader can derive are exactly
 * those the linear relaxation allows, and a max-flow decides them.
 */
final class CountNetwork {

    /** An upper bound beyond any count: "at least the threshold, nothing more known". */
    static final long UNBOUNDED = 1L << 40;

    private static final int SOURCE = 0;
    private static final int SINK = 1;

    final int nodes;
    final int[] tail;
    final int[] head;
    final long[] value;
    /** The figure each edge publishes; null for the connectors from the source and to the sink (no figure). */
    final CellRef[] ref;
    final Map<CellRef, Integer> edgeOf;

    private CountNetwork(int nodes, List<int[]> arcs, List<Long> values, List<CellRef> refs) {
        this.nodes = nodes;
        int edges = arcs.size();
        tail = new int[edges];
        head = new int[edges];
        value = new long[edges];
        ref = new CellRef[edges];
        edgeOf = new LinkedHashMap<>();
        for (int e = 0; e < edges; e++) {
            tail[e] = arcs.get(e)[0];
            head[e] = arcs.get(e)[1];
            value[e] = values.get(e);
            ref[e] = refs.get(e);
            if (ref[e] != null) {
                edgeOf.put(ref[e], e);
            }
        }
    }

    int edges() {
        return tail.length;
    }

    /** The network of a chain with its true counts. */
    static CountNetwork of(TableChain chain) {
        List<CountTable> tables = chain.tables();
        int levels = tables.size() + 1;
        int[] offset = new int[levels + 1];
        for (int level = 0; level < levels; level++) {
            offset[level + 1] = offset[level] + labels(tables, level);
        }
        List<int[]> arcs = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<CellRef> refs = new ArrayList<>();
        add(arcs, values, refs, SINK, SOURCE, chain.total(), CellRef.total());
        for (int level = 0; level < levels; level++) {
            for (int label = 0; label < labels(tables, level); label++) {
                int in = 2 + 2 * (offset[level] + label);
                long total = level < tables.size()
                        ? tables.get(level).rowTotal(label)
                        : tables.get(level - 1).columnTotal(label);
                add(arcs, values, refs, in, in + 1, total, margin(tables.size(), level, label));
                if (level == 0) {
                    add(arcs, values, refs, SOURCE, in, total, null);
                }
                if (level == levels - 1) {
                    add(arcs, values, refs, in + 1, SINK, total, null);
                }
            }
        }
        for (int t = 0; t < tables.size(); t++) {
            CountTable table = tables.get(t);
            for (int i = 0; i < table.rows().size(); i++) {
                for (int j = 0; j < table.columns().size(); j++) {
                    int from = 2 + 2 * (offset[t] + i) + 1;
                    int to = 2 + 2 * (offset[t + 1] + j);
                    add(arcs, values, refs, from, to, table.count(i, j), CellRef.cell(t, i, j));
                }
            }
        }
        return new CountNetwork(2 + 2 * offset[levels], arcs, values, refs);
    }

    /** The figure a reference names, with a column total addressed as the next table's row total where there is one. */
    static CellRef canonical(CellRef ref, int tables) {
        if (ref.position() == CellRef.Position.COLUMN_TOTAL && ref.table() + 1 < tables) {
            return CellRef.rowTotal(ref.table() + 1, ref.column());
        }
        return ref;
    }

    private static CellRef margin(int tables, int level, int label) {
        return level < tables ? CellRef.rowTotal(level, label) : CellRef.columnTotal(tables - 1, label);
    }

    private static int labels(List<CountTable> tables, int level) {
        return level < tables.size() ? tables.get(level).rows().size() : tables.get(level - 1).columns().size();
    }

    private static void add(List<int[]> arcs, List<Long> values, List<CellRef> refs, int from, int to, long value,
            CellRef ref) {
        arcs.add(new int[]{from, to});
        values.add(value);
        refs.add(ref);
    }
}
