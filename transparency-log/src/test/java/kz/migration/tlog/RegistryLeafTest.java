package kz.migration.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RegistryLeafTest {

    private static final UUID CONTRACT = UUID.fromString("0b6f1c2e-4d5a-4c3b-9e8f-7a6b5c4d3e2f");
    private static final Instant RECORDED = Instant.parse("2026-12-06T10:15:30.123456Z");
    private static final byte[] SALT = new byte[32];
    static {
        Arrays.fill(SALT, (byte) 0x5a);
    }

    @Test
    void encodesEachFieldAtItsDocumentedOffset() {
        Hash state = RegistryLeaf.saltedStateHash(SALT, RegistryLeaf.stateHash("{\"status\":\"ACTIVE\"}"));
        byte[] leaf = new RegistryLeaf(42, RECORDED, CONTRACT, "REGISTERED", state).encode();
        HexFormat hex = HexFormat.of();
        assertEquals(34 + 10 + 32, leaf.length);
        assertEquals("01", hex.formatHex(leaf, 0, 1));
        assertEquals("000000000000002a", hex.formatHex(leaf, 1, 9));
        // 2026-12-06T10:15:30.123456Z is 1796552130123456 microseconds after the epoch.
        assertEquals(String.format("%016x", 1_796_552_130_123_456L), hex.formatHex(leaf, 9, 17));
        assertEquals("0b6f1c2e4d5a4c3b9e8f7a6b5c4d3e2f", hex.formatHex(leaf, 17, 33));
        assertEquals("0a", hex.formatHex(leaf, 33, 34));
        assertEquals("REGISTERED", new String(leaf, 34, 10, StandardCharsets.US_ASCII));
        assertArrayEquals(state.bytes(), Arrays.copyOfRange(leaf, 44, 76));
    }

    @Test
    void decodesWhatItEncodes() {
        RegistryLeaf leaf = new RegistryLeaf(1, RECORDED, CONTRACT, "WORKER_REPLACED",
                RegistryLeaf.saltedStateHash(SALT, RegistryLeaf.stateHash("{}")));
        assertEquals(leaf, RegistryLeaf.decode(leaf.encode()));
        assertEquals(0, leaf.leafIndex());
        assertEquals(MerkleHashing.leafHash(leaf.encode()), leaf.leafHash());
    }

    @Test
    void theSaltedStateHashDependsOnTheSaltSoAGuessCannotBeConfirmed() {
        Hash state = RegistryLeaf.stateHash("{\"workerPassport\":\"N1234567\"}");
        byte[] otherSalt = SALT.clone();
        otherSalt[0] ^= 1;
        assertNotEquals(state, RegistryLeaf.saltedStateHash(SALT, state));
        assertNotEquals(RegistryLeaf.saltedStateHash(SALT, state), RegistryLeaf.saltedStateHash(otherSalt, state));
        assertEquals(Hash.of(MerkleHashing.sha256(SALT, state.bytes())), RegistryLeaf.saltedStateHash(SALT, state));
    }

    @Test
    void refusesWhatCouldNotBeEncodedUnambiguously() {
        Hash state = RegistryLeaf.stateHash("{}");
        assertThrows(IllegalArgumentException.class,
                () -> new RegistryLeaf(0, RECORDED, CONTRACT, "REGISTERED", state));
        assertThrows(IllegalArgumentException.class,
                () -> new RegistryLeaf(1, RECORDED.plusNanos(1), CONTRACT, "REGISTERED", state));
        assertThrows(IllegalArgumentException.class,
                () -> new RegistryLeaf(1, RECORDED, CONTRACT, "registered", state));
        assertThrows(IllegalArgumentException.class, () -> new RegistryLeaf(1, RECORDED, CONTRACT, "", state));
        assertThrows(IllegalArgumentException.class,
                () -> new RegistryLeaf(1, RECORDED, CONTRACT, "A".repeat(65), state));
        assertThrows(IllegalArgumentException.class, () -> RegistryLeaf.saltedStateHash(new byte[16], state));
        byte[] encoded = new RegistryLeaf(1, RECORDED, CONTRACT, "AMENDED", state).encode();
        assertThrows(IllegalArgumentException.class, () -> RegistryLeaf.decode(Arrays.copyOf(encoded, 77)));
        assertThrows(IllegalArgumentException.class,
                () -> RegistryLeaf.decode(Arrays.copyOf(encoded, encoded.length - 1)));
        byte[] otherFormat = encoded.clone();
        otherFormat[0] = 2;
        assertThrows(IllegalArgumentException.class, () -> RegistryLeaf.decode(otherFormat));
    }
}
