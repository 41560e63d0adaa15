package kz.migration.common.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader can work out from a publication alone: the shown counts, "&lt;5" meaning 0 to threshold - 1, "x"
 * meaning at least the threshold, and that every total is the sum of its figures, across all tables of the chain at
 * once. Because the chain is a flow network, the range found for a figure is exact: every integer in it is the count
 * of some population that would have produced exactly this publication.
 */
public final class DisclosureAudit {

    /** The counts a figure may have, given the publication; {@code max} null when nothing bounds it above. */
    public record Range(long min, Long max) {
        public boolean exact() {
            return max != null && max == min;
        }
    }

    /** A figure a reader could single out, and why. */
    public record Finding(CellRef figure, String problem) {
    }

    private DisclosureAudit() {
    }

    /**
     * Every published figure that gives a person away: a "&lt;5" figure whose exact count a reader can work out, or
     * that a reader can tell is 0 (nobody: the attribute of everyone else in its row or column is then known), and a
     * hidden figure that has only one possible count. Empty for a protected publication, and for a withheld one
     * (nothing is published).
     */
    public static List<Finding> findings(SuppressedChain publication) {
        if (publication.withheld()) {
            return List.of();
        }
        return findings(publication.network(), publication.statuses(), shownCounts(publication),
                publication.threshold());
    }

    /** What a reader can derive about one figure. */
    public static Range range(SuppressedChain publication, CellRef ref) {
        CountNetwork network = publication.network();
        int e = network.edgeOf.get(CountNetwork.canonical(ref, publication.tableCount()));
        long[][] bounds = bounds(network, publication.statuses(), shownCounts(publication),
                publication.threshold());
        return range(network, bounds[0], bounds[1], e);
    }

    static List<Finding> findings(CountNetwork network, CellStatus[] status, long[] shown, int threshold) {
        long[][] bounds = bounds(network, status, shown, threshold);
        List<Finding> findings = new ArrayList<>();
        for (int e = 0; e < network.edges(); e++) {
            if (status[e] == CellStatus.SMALL) {
                if (!feasibleWith(network, bounds, e, 1, threshold - 1)) {
                    findings.add(new Finding(network.ref[e], "a reader can tell that nobody is counted here"));
                } else if (exact(network, bounds, e)) {
                    findings.add(new Finding(network.ref[e], "a reader can work out the small count"));
                }
            } else if (status[e] == CellStatus.HIDDEN && exact(network, bounds, e)) {
                findings.add(new Finding(network.ref[e], "a reader can work out the hidden count"));
            }
        }
        return findings;
    }

    /** Whether a figure has one possible count only. */
    static boolean exact(CountNetwork network, long[][] bounds, int e) {
        return range(network, bounds[0], bounds[1], e).exact();
    }

    /** Lower and upper bounds of every edge as a reader knows them. */
    static long[][] bounds(CountNetwork network, CellStatus[] status, long[] shown, int threshold) {
        long[] lower = new long[network.edges()];
        long[] upper = new long[network.edges()];
        for (int e = 0; e < network.edges(); e++) {
            CellStatus s = status[e];
            if (s == null || s == CellStatus.WITHHELD) {
                lower[e] = 0;
                upper[e] = CountNetwork.UNBOUNDED;
            } else if (s == CellStatus.SHOWN) {
                lower[e] = shown[e];
                upper[e] = shown[e];
            } else if (s == CellStatus.SMALL) {
                lower[e] = 0;
                upper[e] = threshold - 1;
            } else {
                lower[e] = threshold;
                upper[e] = CountNetwork.UNBOUNDED;
            }
        }
        return new long[][]{lower, upper};
    }

    private static long[] shownCounts(SuppressedChain publication) {
        CountNetwork network = publication.network();
        long[] shown = new long[network.edges()];
        for (int e = 0; e < network.edges(); e++) {
            if (network.ref[e] != null) {
                PublishedFigure figure = publication.figure(network.ref[e]);
                shown[e] = figure.count() == null ? 0 : figure.count();
            }
        }
        return shown;
    }

    static boolean feasibleWith(CountNetwork network, long[][] bounds, int e, long low, long high) {
        long[] lower = bounds[0].clone();
        long[] upper = bounds[1].clone();
        lower[e] = Math.max(lower[e], low);
        upper[e] = Math.min(upper[e], high);
        return Circulation.feasible(network, lower, upper);
    }

    private static Range range(CountNetwork network, long[] lower, long[] upper, int e) {
        long[][] bounds = {lower, upper};
        long low = lower[e];
        long high = upper[e];
        if (!feasibleWith(network, bounds, e, low, high)) {
            throw new IllegalStateException("the publication is inconsistent");
        }
        long min = low;
        long max = high;
        // Smallest x with a feasible count in [low, x].
        long a = low;
        long b = high;
        while (a < b) {
            long mid = a + (b - a) / 2;
            if (feasibleWith(network, bounds, e, low, mid)) {
                b = mid;
            } else {
                a = mid + 1;
            }
        }
        min = a;
        // Largest x with a feasible count in [x, high].
        a = min;
        b = high;
        while (a < b) {
            long mid = a + (b - a + 1) / 2;
            if (feasibleWith(network, bounds, e, mid, high)) {
                a = mid;
            } else {
                b = mid - 1;
            }
        }
        max = a;
        return new Range(min, max >= CountNetwork.UNBOUNDED / 2 ? null : max);
    }
}
