package kz.migration.common.statistics;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The small-cell suppression policy for published statistics, for any service that publishes counts of people.
 * <ol>
 * <li>Primary: every figure under the threshold (5), zero included, is shown as "&lt;5".</li>
 * <li>Complementary: for each "&lt;5" figure, the registry looks for a second population consistent with everything
 * published in which that figure has another count (one less, or one more; from 0, one more): a cycle through the
 * figure in the tables' flow network along which its count can move by one, with the other figures on the cycle
 * able to absorb the change.
 * The cheapest such cycle is found (Dijkstra; hiding a cell costs its count, a total far more, the grand total
 * most), and every shown figure on it is hidden as "x". Once a figure has such a witness, hiding more keeps it.</li>
 * <li>A hidden figure a reader can still work out exactly protects nothing and is shown again.</li>
 * <li>{@link DisclosureAudit} then checks the publication as a reader would, from the published figures alone; if
 * any figure could single out a person, nothing is published ({@link CellStatus#WITHHELD}).</li>
 * </ol>
 * So no "&lt;5" figure can be recovered by subtraction: a reader cannot tell whether it holds anyone.
 */
public final class SmallCellSuppression {

    /** Counts under this are small. */
    public static final int THRESHOLD = 5;

    private static final long CELL_COST = 1_000;
    private static final long TOTAL_COST = 1_000_000;
    private static final long GRAND_TOTAL_COST = 1_000_000_000;

    private final int threshold;

    public SmallCellSuppression() {
        this(THRESHOLD);
    }

    public SmallCellSuppression(int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("threshold " + threshold);
        }
        this.threshold = threshold;
    }

    public SuppressedChain apply(TableChain chain) {
        CountNetwork network = CountNetwork.of(chain);
        CellStatus[] status = new CellStatus[network.edges()];
        for (int e = 0; e < network.edges(); e++) {
            if (network.ref[e] != null) {
                status[e] = network.value[e] < threshold ? CellStatus.SMALL : CellStatus.SHOWN;
            }
        }
        for (int e = 0; e < network.edges(); e++) {
            if (status[e] == CellStatus.SMALL && !witness(network, status, e, network.value[e] > 0)
                    && !witness(network, status, e, false)) {
                for (int f = 0; f < network.edges(); f++) {
                    if (status[f] == CellStatus.SHOWN) {
                        status[f] = CellStatus.HIDDEN;
                    }
                }
                if (!witness(network, status, e, network.value[e] > 0)) {
                    witness(network, status, e, false);
                }
            }
        }
        long[][] bounds = DisclosureAudit.bounds(network, status, network.value, threshold);
        for (int e = 0; e < network.edges(); e++) {
            if (status[e] == CellStatus.HIDDEN && DisclosureAudit.exact(network, bounds, e)) {
                status[e] = CellStatus.SHOWN;
                bounds = DisclosureAudit.bounds(network, status, network.value, threshold);
            }
        }
        if (!DisclosureAudit.findings(network, status, network.value, threshold).isEmpty()) {
            for (int e = 0; e < network.edges(); e++) {
                if (status[e] != null) {
                    status[e] = CellStatus.WITHHELD;
                }
            }
        }
        return new SuppressedChain(chain, network, status, threshold);
    }

    /**
     * Finds the cheapest cycle through small figure {@code e} along which its count can move by one (down, or up),
     * starting from the true counts, and hides the shown figures on it; false when there is none.
     */
    private boolean witness(CountNetwork network, CellStatus[] status, int e, boolean down) {
        long delta = 1;
        if (!down && network.value[e] + delta > threshold - 1) {
            return false;
        }
        // Moving e down pushes one unit from its tail to its head through the rest; moving it up, the reverse.
        int start = down ? network.tail[e] : network.head[e];
        int goal = down ? network.head[e] : network.tail[e];
        long[] distance = new long[network.nodes];
        int[] via = new int[network.nodes];
        Arrays.fill(distance, Long.MAX_VALUE);
        Arrays.fill(via, -1);
        distance[start] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        queue.add(new long[]{0, start});
        while (!queue.isEmpty()) {
            long[] next = queue.poll();
            int node = (int) next[1];
            if (next[0] > distance[node]) {
                continue;
            }
            if (node == goal) {
                break;
            }
            for (int f = 0; f < network.edges(); f++) {
                if (f == e) {
                    continue;
                }
                boolean forward = network.tail[f] == node;
                boolean backward = network.head[f] == node;
                if (!forward && !backward) {
                    continue;
                }
                long cost = forward ? costUp(network, status, f, delta) : costDown(network, status, f, delta);
                if (cost < 0) {
                    continue;
                }
                int other = forward ? network.head[f] : network.tail[f];
                if (distance[node] + cost < distance[other]) {
                    distance[other] = distance[node] + cost;
                    via[other] = f;
                    queue.add(new long[]{distance[other], other});
                }
            }
        }
        if (distance[goal] == Long.MAX_VALUE) {
            return false;
        }
        for (int node = goal; node != start;) {
            int f = via[node];
            if (status[f] == CellStatus.SHOWN) {
                status[f] = CellStatus.HIDDEN;
            }
            node = network.head[f] == node ? network.tail[f] : network.head[f];
        }
        return true;
    }

    /** The cost of raising edge {@code f} by {@code delta} within what a reader would allow; -1 when it cannot. */
    private long costUp(CountNetwork network, CellStatus[] status, int f, long delta) {
        CellStatus s = status[f];
        if (s == null || s == CellStatus.HIDDEN) {
            return 1;
        }
        if (s == CellStatus.SMALL) {
            return network.value[f] + delta <= threshold - 1 ? 1 : -1;
        }
        return hidingCost(network, f);
    }

    /** The cost of lowering edge {@code f} by {@code delta}; -1 when it cannot. */
    private long costDown(CountNetwork network, CellStatus[] status, int f, long delta) {
        CellStatus s = status[f];
        long after = network.value[f] - delta;
        if (s == null || s == CellStatus.SMALL) {
            return after >= 0 ? 1 : -1;
        }
        if (after < threshold) {
            return -1;
        }
        return s == CellStatus.HIDDEN ? 1 : hidingCost(network, f);
    }

    private static long hidingCost(CountNetwork network, int f) {
        CellRef ref = network.ref[f];
        long base = switch (ref.position()) {
            case CELL -> CELL_COST;
            case ROW_TOTAL, COLUMN_TOTAL -> TOTAL_COST;
            case TOTAL -> GRAND_TOTAL_COST;
        };
        return base + network.value[f];
    }
}
