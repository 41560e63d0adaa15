package kz.migration.tlog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A map-backed store that counts the nodes read and written, and lets a test overwrite a node behind the log's back
 * as a person with database access could.
 */
final class CountingNodeStore implements NodeStore {

    private final Map<NodeId, Hash> nodes = new HashMap<>();
    long reads;
    long writes;
    long readCalls;

    @Override
    public List<Hash> read(List<NodeId> ids) {
        readCalls++;
        reads += ids.size();
        return ids.stream().map(id -> {
            Hash hash = nodes.get(id);
            if (hash == null) {
                throw new MissingNodeException(id);
            }
            return hash;
        }).toList();
    }

    @Override
    public void write(List<Node> written) {
        writes += written.size();
        written.forEach(node -> nodes.merge(node.id(), node.hash(), (before, after) -> {
            if (!before.equals(after)) {
                throw new IllegalStateException("node " + node.id() + " rewritten");
            }
            return before;
        }));
    }

    void tamper(NodeId id, Hash hash) {
        if (nodes.put(id, hash) == null) {
            throw new IllegalArgumentException("no node " + id + " to tamper with");
        }
    }

    void resetCounts() {
        reads = 0;
        writes = 0;
        readCalls = 0;
    }
}
