package kz.migration.contract.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import kz.migration.common.rules.Rule;
import kz.migration.tlog.Hash;
import kz.migration.tlog.RegistryLeaf;

/**
 * What the public sees of a registry entry: the leaf of the Merkle tree (format 1 of {@link RegistryLeaf}). The
 * contract's state, which holds the worker's name and passport, enters it only through the registry's state hash
 * salted with the contract's own random bytes.
 */
public final class RegistryLeaves {

    public static final int SALT_SIZE = RegistryLeaf.SALT_SIZE;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistryLeaves() {
    }

    /**
     * A new contract's salt: 32 bytes from a strong random source, kept with the contract for good and given only
     * with the contract to who proves knowledge of it (the worker's lookup by contract number and passport).
     * Without it, a leaf's salted hash cannot be tested against a guessed state, such as a guessed passport number.
     */
    @Rule("contract.registry.salted-state")
    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_SIZE];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** SHA-256(salt || state hash), the state hash being the registry's (hex SHA-256 of the canonical state). */
    @Rule("contract.registry.salted-state")
    public static Hash saltedStateHash(byte[] salt, String stateHashHex) {
        return RegistryLeaf.saltedStateHash(salt, Hash.of(HexFormat.of().parseHex(stateHashHex)));
    }

    /**
     * The public leaf of entry {@code sequence}: its sequence, time, contract id, action and salted state hash, and
     * nothing else. The contract id is a random UUID that names no one; the contract number, the parties and the
     * terms stay out of the leaf and out of every public proof.
     */
    @Rule("contract.registry.public-leaf-no-personal-data")
    public static RegistryLeaf leaf(long sequence, Instant recordedAt, UUID contractId, RegistryAction action,
            String stateHashHex, byte[] salt) {
        return new RegistryLeaf(sequence, recordedAt, contractId, action.name(), saltedStateHash(salt, stateHashHex));
    }
}
