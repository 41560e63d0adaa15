package kz.migration.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * The public preimage of one registry log entry, and its leaf encoding (format 1). It carries no personal data: the
 * contract's state enters only through a hash salted per contract, so nobody can confirm a guessed passport number
 * against it, while the worker, given the salt, can recompute it.
 *
 * <pre>
 * offset  bytes  field
 *      0      1  format, 0x01
 *      1      8  sequence, unsigned big-endian (the first entry is 1; its leaf index is sequence - 1)
 *      9      8  recorded at, microseconds since 1970-01-01T00:00:00Z, signed big-endian
 *     17     16  contract id, the UUID's 128 bits big-endian (RFC 9562 byte order)
 *     33      1  length L of the action, 1..64
 *     34      L  action, US-ASCII upper case, digits and '_' (e.g. REGISTERED)
 *   34+L     32  salted state hash = SHA-256(salt || SHA-256(canonical state, UTF-8)), salt 32 bytes
 * </pre>
 *
 * Every field but the action has a fixed width and the action has its length before it, so one byte string decodes to
 * one entry and no two entries share an encoding. The log hashes the leaf as {@code SHA-256(0x00 || leaf)}.
 */
public record RegistryLeaf(long sequence, Instant recordedAt, UUID contractId, String action, Hash saltedStateHash) {

    public static final byte FORMAT = 0x01;
    public static final int SALT_SIZE = 32;
    private static final int MAX_ACTION = 64;

    public RegistryLeaf {
        if (sequence < 1) {
            throw new IllegalArgumentException("a registry sequence starts at 1: " + sequence);
        }
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (recordedAt.getNano() % 1_000 != 0) {
            // The database keeps microseconds; a finer time would encode a leaf that the stored entry cannot give.
            throw new IllegalArgumentException("the entry time has more than microsecond precision: " + recordedAt);
        }
        Objects.requireNonNull(contractId, "contractId");
        if (action == null || !action.matches("[A-Z][A-Z0-9_]{0," + (MAX_ACTION - 1) + "}")) {
            throw new IllegalArgumentException("an action is 1-64 characters A-Z, 0-9, _: " + action);
        }
        Objects.requireNonNull(saltedStateHash, "saltedStateHash");
    }

    /** SHA-256 of the contract's canonical state, the value the salt is applied to. */
    public static Hash stateHash(String canonicalState) {
        return Hash.of(MerkleHashing.sha256(canonicalState.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code SHA-256(salt || stateHash)}; the salt is the contract's 32 random bytes. */
    public static Hash saltedStateHash(byte[] salt, Hash stateHash) {
        if (salt == null || salt.length != SALT_SIZE) {
            throw new IllegalArgumentException("a state salt has " + SALT_SIZE + " bytes");
        }
        return Hash.of(MerkleHashing.sha256(salt, stateHash.unsafeBytes()));
    }

    /** Its position in the Merkle tree. */
    public long leafIndex() {
        return sequence - 1;
    }

    public byte[] encode() {
        byte[] actionBytes = action.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer leaf = ByteBuffer.allocate(34 + actionBytes.length + Hash.SIZE);
        leaf.put(FORMAT);
        leaf.putLong(sequence);
        leaf.putLong(ChronoUnit.MICROS.between(Instant.EPOCH, recordedAt));
        leaf.putLong(contractId.getMostSignificantBits());
        leaf.putLong(contractId.getLeastSignificantBits());
        leaf.put((byte) actionBytes.length);
        leaf.put(actionBytes);
        leaf.put(saltedStateHash.unsafeBytes());
        return leaf.array();
    }

    /** {@code SHA-256(0x00 || encode())}, the leaf hash the log stores. */
    public Hash leafHash() {
        return MerkleHashing.leafHash(encode());
    }

    /** Reads a leaf; refuses another format, a wrong length and trailing bytes. */
    public static RegistryLeaf decode(byte[] leaf) {
        if (leaf.length < 35 + Hash.SIZE || leaf[0] != FORMAT) {
            throw new IllegalArgumentException("not a format-1 registry leaf");
        }
        ByteBuffer in = ByteBuffer.wrap(leaf);
        in.get();
        long sequence = in.getLong();
        Instant recordedAt = Instant.EPOCH.plus(in.getLong(), ChronoUnit.MICROS);
        UUID contractId = new UUID(in.getLong(), in.getLong());
        int length = in.get() & 0xff;
        if (leaf.length != 34 + length + Hash.SIZE) {
            throw new IllegalArgumentException("a registry leaf with an action of " + length + " bytes has "
                    + (34 + length + Hash.SIZE) + " bytes, not " + leaf.length);
        }
        byte[] action = new byte[length];
        in.get(action);
        byte[] state = new byte[Hash.SIZE];
        in.get(state);
        return new RegistryLeaf(sequence, recordedAt, contractId, new String(action, StandardCharsets.US_ASCII),
                Hash.of(state));
    }
}
