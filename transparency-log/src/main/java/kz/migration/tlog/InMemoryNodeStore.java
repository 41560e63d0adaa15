package kz.migration.tlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link NodeStore} in a map: for tests, examples and offline tools. Not thread-safe. */
public final class InMemoryNodeStore implements NodeStore {

    private final Map<NodeId, Hash> nodes = new HashMap<>();

    @Override
    public List<Hash> read(List<NodeId> ids) {
        List<Hash> hashes = new ArrayList<>(ids.size());
        for (NodeId id : ids) {
            Hash hash = nodes.get(id);
            if (hash == null) {
                throw new MissingNodeException(id);
            }
            hashes.add(hash);
        }
        return hashes;
    }

    @Override
    public void write(List<Node> written) {
        for (Node node : written) {
            Hash before = nodes.putIfAbsent(node.id(), node.hash());
            if (before != null && !before.equals(node.hash())) {
                throw new IllegalStateException("node " + node.id() + " is already stored with another hash");
            }
        }
    }

    /** How many nodes are stored. */
    public int size() {
        return nodes.size();
    }
}
