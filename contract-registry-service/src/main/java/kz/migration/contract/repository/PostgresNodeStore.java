package kz.migration.contract.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import kz.migration.tlog.Hash;
import kz.migration.tlog.Node;
import kz.migration.tlog.NodeId;
import kz.migration.tlog.NodeStore;

/**
 * The Merkle tree's complete subtrees in {@code registry_tree_node}, on one JDBC connection: the caller's
 * transaction, so that the sequencer writes the nodes with the tree size that needs them. Each call is one statement:
 * a batch of (level, index) pairs is read through {@code unnest}, and the new nodes are inserted the same way. A node
 * written again fails on the primary key: no node is ever rewritten.
 */
public final class PostgresNodeStore implements NodeStore {

    private static final String READ = """
            select wanted.position, node.hash
            from unnest(?::smallint[], ?::bigint[]) with ordinality as wanted (level, index, position)
            left join registry_tree_node node on node.level = wanted.level and node.index = wanted.index""";
    private static final String WRITE = """
            insert into registry_tree_node (level, index, hash)
            select * from unnest(?::smallint[], ?::bigint[], ?::bytea[])""";

    private final Connection connection;

    public PostgresNodeStore(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Hash> read(List<NodeId> nodes) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        Short[] levels = new Short[nodes.size()];
        Long[] indexes = new Long[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            levels[i] = (short) nodes.get(i).level();
            indexes[i] = nodes.get(i).index();
        }
        Hash[] hashes = new Hash[nodes.size()];
        try (PreparedStatement select = connection.prepareStatement(READ)) {
            Array levelArray = connection.createArrayOf("smallint", levels);
            Array indexArray = connection.createArrayOf("bigint", indexes);
            select.setArray(1, levelArray);
            select.setArray(2, indexArray);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int position = (int) rows.getLong(1) - 1;
                    byte[] hash = rows.getBytes(2);
                    if (hash == null) {
                        throw new MissingNodeException(nodes.get(position));
                    }
                    hashes[position] = Hash.of(hash);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Registry tree nodes could not be read: " + e.getMessage(), e);
        }
        return Arrays.asList(hashes);
    }

    @Override
    public void write(List<Node> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        Short[] levels = new Short[nodes.size()];
        Long[] indexes = new Long[nodes.size()];
        byte[][] hashes = new byte[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            levels[i] = (short) node.id().level();
            indexes[i] = node.id().index();
            hashes[i] = node.hash().bytes();
        }
        try (PreparedStatement insert = connection.prepareStatement(WRITE)) {
            insert.setArray(1, connection.createArrayOf("smallint", levels));
            insert.setArray(2, connection.createArrayOf("bigint", indexes));
            insert.setArray(3, connection.createArrayOf("bytea", hashes));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Registry tree nodes could not be written: " + e.getMessage(), e);
        }
    }
}
