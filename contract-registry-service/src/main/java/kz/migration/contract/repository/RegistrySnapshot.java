package kz.migration.contract.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import kz.migration.contract.repository.RegistryTreeRepository.StoredCheckpoint;

/**
 * The whole registry log in one database snapshot, for verification: the entries (with their contracts' salts) on
 * one connection and the tree's nodes on a second one that imports the first one's snapshot, so that two threads
 * read the same log at once. Read-only, repeatable read, streamed {@code fetchSize} rows per round trip: memory stays
 * constant whatever the size of the log.
 */
public final class RegistrySnapshot implements AutoCloseable {

    /** The registry head in the snapshot. */
    public record Head(long sequence, String entryHash, long treeSize) {
    }

    /** A stored entry as verification needs it: the state as its UTF-8 bytes, the time in microseconds. */
    public record Entry(long sequence, long recordedAtMicros, String contractId, String action, byte[] state,
            String stateHash, String previousHash, String entryHash, byte[] salt) {
    }

    /** The nodes of one level of the tree, in index order. */
    public interface NodeCursor {

        /** The next stored node's index, or -1 at the end; its hash is then {@link #hash()}. */
        long next() throws SQLException;

        byte[] hash() throws SQLException;
    }

    private final Connection entries;
    private final Connection nodes;
    private final int fetchSize;
    private final List<Statement> open = new ArrayList<>();

    private RegistrySnapshot(Connection entries, Connection nodes, int fetchSize) {
        this.entries = entries;
        this.nodes = nodes;
        this.fetchSize = fetchSize;
    }

    /** Opens the snapshot on two connections of {@code dataSource}; close it to give them back. */
    public static RegistrySnapshot open(DataSource dataSource, int fetchSize) throws SQLException {
        Connection entries = dataSource.getConnection();
        Connection nodes = null;
        try {
            begin(entries);
            String snapshot;
            try (Statement statement = entries.createStatement();
                    ResultSet rs = statement.executeQuery("select pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            nodes = dataSource.getConnection();
            begin(nodes);
            try (PreparedStatement statement = nodes.prepareStatement("set transaction snapshot '"
                    + snapshot.replace("'", "''") + "'")) {
                statement.execute();
            }
            return new RegistrySnapshot(entries, nodes, fetchSize);
        } catch (SQLException | RuntimeException e) {
            end(entries);
            if (nodes != null) {
                end(nodes);
            }
            throw e;
        }
    }

    public Head head() throws SQLException {
        try (Statement statement = entries.createStatement();
                ResultSet rs = statement
                        .executeQuery("select sequence, entry_hash, tree_size from registry_head where id = 1")) {
            rs.next();
            return new Head(rs.getLong(1), rs.getString(2), rs.getLong(3));
        }
    }

    public Optional<StoredCheckpoint> latestCheckpoint() throws SQLException {
        try (Statement statement = entries.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select tree_size, root_hash, signed_at, note from registry_checkpoint
                        order by tree_size desc limit 1""")) {
            return rs.next()
                    ? Optional.of(new StoredCheckpoint(rs.getLong(1), rs.getBytes(2),
                            rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getString(4)))
                    : Optional.empty();
        }
    }

    /** The verifier keys of every key that signed a checkpoint. */
    public List<String> signerKeys() throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Statement statement = entries.createStatement();
                ResultSet rs = statement.executeQuery("select verifier_key from registry_checkpoint_key")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    /**
     * Visits every entry in sequence order, each with its contract's salt. Work memory is raised for this statement's
     * transaction so that the contracts' salts are joined in one in-memory hash table.
     */
    public void entries(Consumer<Entry> visitor) throws SQLException {
        try (Statement settings = entries.createStatement()) {
            settings.execute("set local work_mem = '256MB'");
        }
        try (PreparedStatement select = entries.prepareStatement("""
                select e.sequence, (extract(epoch from e.recorded_at) * 1000000)::bigint, e.contract_id::text,
                       e.action, e.state, e.state_hash, e.previous_hash, e.entry_hash, c.state_salt
                from registry_entry e join labour_contract c on c.id = e.contract_id
                order by e.sequence""")) {
            select.setFetchSize(fetchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    // getBytes gives a text column's bytes as sent, UTF-8: what the state hash covers, undecoded.
                    visitor.accept(new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getBytes(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9)));
                }
            }
        }
    }

    /** The first {@code count} nodes of {@code level}, in index order, on the second connection. */
    public NodeCursor level(int level, long count) throws SQLException {
        PreparedStatement select = nodes.prepareStatement(
                "select index, hash from registry_tree_node where level = ? and index < ? order by index");
        open.add(select);
        select.setShort(1, (short) level);
        select.setLong(2, count);
        select.setFetchSize((int) Math.max(16, Math.min(fetchSize, count)));
        ResultSet rs = select.executeQuery();
        return new NodeCursor() {
            @Override
            public long next() throws SQLException {
                return rs.next() ? rs.getLong(1) : -1;
            }

            @Override
            public byte[] hash() throws SQLException {
                return rs.getBytes(2);
            }
        };
    }

    @Override
    public void close() {
        for (Statement statement : open) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // the connection's end closes it anyway
            }
        }
        end(nodes);
        end(entries);
    }

    private static void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
    }

    /** Ends the read-only transaction and gives the connection back as the pool lent it. */
    private static void end(Connection connection) {
        try {
            try {
                connection.rollback();
            } finally {
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
                connection.close();
            }
        } catch (SQLException ignored) {
            // a broken connection: the pool discards it
        }
    }
}
