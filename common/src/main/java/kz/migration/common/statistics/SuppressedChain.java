package kz.migration.common.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TableChain} as it may be published: every figure's status, and the counts of the shown ones. The true
 * counts stay inside; {@link #figure} is all a reader gets.
 */
public final class SuppressedChain {

    private final TableChain chain;
    private final CountNetwork network;
    private final CellStatus[] status;
    private final int threshold;

    SuppressedChain(TableChain chain, CountNetwork network, CellStatus[] status, int threshold) {
        this.chain = chain;
        this.network = network;
        this.status = status.clone();
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** Whether nothing of the tables may be published (every figure is {@link CellStatus#WITHHELD}). */
    public boolean withheld() {
        for (CellStatus s : status) {
            if (s == CellStatus.WITHHELD) {
                return true;
            }
        }
        return false;
    }

    public int tableCount() {
        return chain.tables().size();
    }

    public String name(int table) {
        return chain.tables().get(table).name();
    }

    public String rowDimension(int table) {
        return chain.tables().get(table).rowDimension();
    }

    public String columnDimension(int table) {
        return chain.tables().get(table).columnDimension();
    }

    public List<String> rows(int table) {
        return chain.tables().get(table).rows();
    }

    public List<String> columns(int table) {
        return chain.tables().get(table).columns();
    }

    public CellStatus status(CellRef ref) {
        return status[edge(ref)];
    }

    public PublishedFigure figure(CellRef ref) {
        int e = edge(ref);
        return new PublishedFigure(status[e], status[e] == CellStatus.SHOWN ? network.value[e] : null);
    }

    /** Every figure of the chain, each once (a shared total under its canonical reference). */
    public List<CellRef> figures() {
        return new ArrayList<>(network.edgeOf.keySet());
    }

    CountNetwork network() {
        return network;
    }

    CellStatus[] statuses() {
        return status.clone();
    }

    private int edge(CellRef ref) {
        Integer e = network.edgeOf.get(CountNetwork.canonical(ref, chain.tables().size()));
        if (e == null) {
            throw new IllegalArgumentException("no figure " + ref);
        }
        return e;
    }
}
