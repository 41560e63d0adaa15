package kz.migration.tlog;

import java.util.Objects;

/** A complete subtree with its hash, as a {@link NodeStore} keeps it. */
public record Node(NodeId id, Hash hash) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
    }

    public Node(int level, long index, Hash hash) {
        this(new NodeId(level, index), hash);
    }
}
