package kz.migration.contract;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The registry's Merkle tree recomputed from the stored entries by the definitions alone, without the service's or
 * transparency-log's code: the leaf of docs/registry-proofs.md §2 (format 1, salted state hash) and MTH of RFC 9162
 * §2.1 by its recursive definition. What the service's tree, proofs and checkpoints are compared with.
 */
final class IndependentTree {

    private IndependentTree() {
    }

    /** The leaf hashes of entries 1 to {@code count}, from the rows of registry_entry and labour_contract. */
    static List<byte[]> leafHashes(DataSource dataSource, long count) throws SQLException {
        List<byte[]> leaves = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select e.sequence, (extract(epoch from e.recorded_at) * 1000000)::bigint, e.contract_id,
                               e.action, e.state_hash, c.state_salt
                        from registry_entry e join labour_contract c on c.id = e.contract_id
                        where e.sequence <= ? order by e.sequence""")) {
            select.setLong(1, count);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    leaves.add(leafHash(leaf(rs.getLong(1), rs.getLong(2), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getString(5), rs.getBytes(6))));
                }
            }
        }
        if (leaves.size() != count) {
            throw new AssertionError("expected " + count + " entries, found " + leaves.size());
        }
        return leaves;
    }

    /** Format 1: 0x01, sequence, µs, contract id, action length and bytes, SHA-256(salt || state hash). */
    static byte[] leaf(long sequence, long micros, UUID contract, String action, String stateHashHex, byte[] salt) {
        byte[] actionBytes = action.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(34 + actionBytes.length + 32).put((byte) 1).putLong(sequence).putLong(micros)
                .putLong(contract.getMostSignificantBits()).putLong(contract.getLeastSignificantBits())
                .put((byte) actionBytes.length).put(actionBytes)
                .put(sha256(salt, HexFormat.of().parseHex(stateHashHex))).array();
    }

    static byte[] leafHash(byte[] leaf) {
        return sha256(new byte[]{0}, leaf);
    }

    /** MTH(D[0:n]) of RFC 9162 §2.1.1, straight from its definition. */
    static byte[] root(List<byte[]> leafHashes, int n) {
        return mth(leafHashes, 0, n);
    }

    private static byte[] mth(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return leaves.get(from);
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return sha256(new byte[]{1}, mth(leaves, from, from + k), mth(leaves, from + k, to));
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Arrays.stream(parts).forEach(sha256::update);
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
