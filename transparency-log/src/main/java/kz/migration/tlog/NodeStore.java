package kz.migration.tlog;

import java.util.List;

/**
 * Where a {@link MerkleLog} keeps the hashes of its complete subtrees, keyed by (level, index). About 2n nodes for n
 * leaves; each is written once, when its last leaf is appended, and never changes after. The log asks for nodes in
 * batches so that a database implementation answers each call with one query.
 * <p>
 * The log has one writer (the sequencer); an implementation writes within the writer's transaction, together with
 * the tree size it records, so that a reader never sees a size whose nodes are missing.
 */
public interface NodeStore {

    /**
     * The hashes of {@code nodes}, in the same order. Each was written before: the log asks only for subtrees complete
     * at a size it was given, so a missing node means a broken store, or a size larger than the log, and throws
     * {@link MissingNodeException}.
     */
    List<Hash> read(List<NodeId> nodes);

    /**
     * Stores newly completed subtrees. Writing a node again with the same hash is harmless (a retried batch); writing
     * it with another hash would rewrite history and must fail.
     */
    void write(List<Node> nodes);

    /** A node the log needs is not in the store. */
    final class MissingNodeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public MissingNodeException(NodeId node) {
            super("no stored node at level " + node.level() + ", index " + node.index());
        }
    }
}
