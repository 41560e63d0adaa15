package kz.migration.contract.service;

import java.sql.SQLException;
import java.util.Arrays;

import kz.migration.contract.repository.RegistrySnapshot;
import kz.migration.contract.repository.RegistrySnapshot.NodeCursor;
import kz.migration.tlog.CompactRange;
import kz.migration.tlog.Hash;
import kz.migration.tlog.MerkleHashing;
import kz.migration.tlog.Node;

/**
 * Rebuilds the Merkle tree from the leaves recomputed out of the stored entries and compares every node it completes
 * with the stored one, level by level in index order (one cursor per level), and the root at the latest checkpoint's
 * size with that checkpoint's root. Constant memory: the compact range and one fetch per cursor.
 */
final class TreeCheck {

    private final CompactRange range = CompactRange.empty();
    private final NodeCursor[] levels;
    private final long checkpointSize;
    private final Hash checkpointRoot;
    long nodesChecked;
    Long broken;
    String problem;

    /**
     * Checks a tree of {@code treeSize} leaves; {@code checkpointSize} is -1 without a checkpoint, else at most the
     * tree size (the caller checks that).
     */
    TreeCheck(RegistrySnapshot snapshot, long treeSize, long checkpointSize, Hash checkpointRoot)
            throws SQLException {
        this.levels = new NodeCursor[64 - Long.numberOfLeadingZeros(treeSize)];
        for (int level = 0; level < levels.length; level++) {
            levels[level] = snapshot.level(level, treeSize >> level);
        }
        this.checkpointSize = checkpointSize;
        this.checkpointRoot = checkpointRoot;
        if (checkpointSize == 0) {
            compareCheckpoint();
        }
    }

    void append(Hash leafHash) {
        range.append(leafHash, this::compare);
        if (range.size() == checkpointSize) {
            compareCheckpoint();
        }
    }

    Hash root() {
        return range.root();
    }

    private void compare(Node node) {
        if (broken != null) {
            return;
        }
        try {
            NodeCursor cursor = levels[node.id().level()];
            long stored = cursor.next();
            nodesChecked++;
            if (stored != node.id().index()) {
                fail(node, "is missing from the stored tree");
            } else if (!Arrays.equals(cursor.hash(), node.hash().bytes())) {
                fail(node, "differs from the one recomputed from the entries");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Registry tree nodes could not be read: " + e.getMessage(), e);
        }
    }

    private void compareCheckpoint() {
        Hash root = checkpointSize == 0 ? MerkleHashing.emptyRoot() : range.root();
        if (broken == null && !root.equals(checkpointRoot)) {
            broken = Math.max(1, checkpointSize);
            problem = "the latest checkpoint (tree size " + checkpointSize + ") signs a root other than the one"
                    + " recomputed from the entries";
        }
    }

    private void fail(Node node, String why) {
        broken = node.id().completeAtSize();
        problem = "the tree node at level " + node.id().level() + ", index " + node.id().index() + " (entries "
                + (node.id().firstLeaf() + 1) + " to " + node.id().completeAtSize() + ") " + why;
    }
}
