package kz.migration.common.statistics;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Whether a network's edges can carry a circulation within given bounds: the standard reduction of lower bounds to a
 * max-flow from a super source to a super sink (Dinic's algorithm), in exact integer arithmetic.
 */
final class Circulation {

    private Circulation() {
    }

    static boolean feasible(CountNetwork network, long[] lower, long[] upper) {
        int n = network.nodes + 2;
        int superSource = n - 2;
        int superSink = n - 1;
        Graph graph = new Graph(n, network.edges() + n);
        long[] excess = new long[network.nodes];
        for (int e = 0; e < network.edges(); e++) {
            if (lower[e] > upper[e]) {
                return false;
            }
            graph.arc(network.tail[e], network.head[e], upper[e] - lower[e]);
            excess[network.head[e]] += lower[e];
            excess[network.tail[e]] -= lower[e];
        }
        long demand = 0;
        for (int v = 0; v < network.nodes; v++) {
            if (excess[v] > 0) {
                graph.arc(superSource, v, excess[v]);
                demand += excess[v];
            } else if (excess[v] < 0) {
                graph.arc(v, superSink, -excess[v]);
            }
        }
        return graph.maxFlow(superSource, superSink) == demand;
    }

    /** Adjacency arrays with paired reverse arcs. */
    private static final class Graph {
        final int n;
        int[] to;
        int[] next;
        long[] capacity;
        final int[] first;
        int arcs;
        int[] level;
        int[] cursor;

        Graph(int n, int expectedEdges) {
            this.n = n;
            to = new int[2 * expectedEdges];
            next = new int[2 * expectedEdges];
            capacity = new long[2 * expectedEdges];
            first = new int[n];
            Arrays.fill(first, -1);
        }

        void arc(int from, int target, long cap) {
            if (arcs + 2 > to.length) {
                to = Arrays.copyOf(to, to.length * 2);
                next = Arrays.copyOf(next, next.length * 2);
                capacity = Arrays.copyOf(capacity, capacity.length * 2);
            }
            push(from, target, cap);
            push(target, from, 0);
        }

        private void push(int from, int target, long cap) {
            to[arcs] = target;
            capacity[arcs] = cap;
            next[arcs] = first[from];
            first[from] = arcs++;
        }

        long maxFlow(int source, int sink) {
            long flow = 0;
            level = new int[n];
            cursor = new int[n];
            while (levels(source, sink)) {
                System.arraycopy(first, 0, cursor, 0, n);
                for (long pushed = augment(source, sink, Long.MAX_VALUE); pushed > 0; pushed = augment(source, sink,
                        Long.MAX_VALUE)) {
                    flow += pushed;
                }
            }
            return flow;
        }

        private boolean levels(int source, int sink) {
            Arrays.fill(level, -1);
            level[source] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(source);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int a = first[v]; a >= 0; a = next[a]) {
                    if (capacity[a] > 0 && level[to[a]] < 0) {
                        level[to[a]] = level[v] + 1;
                        queue.add(to[a]);
                    }
                }
            }
            return level[sink] >= 0;
        }

        private long augment(int v, int sink, long limit) {
            if (v == sink) {
                return limit;
            }
            for (; cursor[v] >= 0; cursor[v] = next[cursor[v]]) {
                int a = cursor[v];
                if (capacity[a] > 0 && level[to[a]] == level[v] + 1) {
                    long pushed = augment(to[a], sink, Math.min(limit, capacity[a]));
                    if (pushed > 0) {
                        capacity[a] -= pushed;
                        capacity[a ^ 1] += pushed;
                        return pushed;
                    }
                }
            }
            return 0;
        }
    }
}
