package kz.migration.contract.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;
import kz.migration.tlog.RegistryLeaf;

/** The public leaf of a registry entry: salted per contract, and nothing in it but the entry's public fields. */
class RegistryLeavesTest {

    private static final UUID CONTRACT = UUID.fromString("0f8e7c4e-3b7a-4d55-9d3e-1f2a3b4c5d6e");
    private static final Instant AT = Instant.parse("2026-11-23T05:12:00.123456Z");
    private static final String STATE = "{\"contractNumber\":\"LC-2026-000042\",\"salary\":\"650000.00\","
            + "\"workerFullName\":\"Alisher Karimov\",\"workerPassport\":\"FA1234567\"}";

    @Test
    @Verifies("contract.registry.salted-state")
    void everyContractGetsThirtyTwoFreshRandomBytes() {
        Set<String> salts = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            byte[] salt = RegistryLeaves.newSalt();
            assertEquals(32, salt.length);
            salts.add(HexFormat.of().formatHex(salt));
        }
        assertEquals(1000, salts.size(), "no two contracts share a salt");
    }

    @Test
    @Verifies("contract.registry.salted-state")
    void theLeafCarriesShaOfSaltAndStateHashSoTheSameStateSaltedOtherwiseGivesAnotherLeaf() throws Exception {
        byte[] salt = RegistryLeaves.newSalt();
        String stateHash = sha256Hex(STATE.getBytes(StandardCharsets.UTF_8));
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(salt);
        byte[] expected = sha256.digest(HexFormat.of().parseHex(stateHash));

        assertArrayEquals(expected, RegistryLeaves.saltedStateHash(salt, stateHash).bytes());
        assertNotEquals(RegistryLeaves.saltedStateHash(RegistryLeaves.newSalt(), stateHash),
                RegistryLeaves.saltedStateHash(salt, stateHash));
        // A guess of the state (say, of the passport number) hashed without the salt matches nothing in the leaf.
        RegistryLeaf leaf = RegistryLeaves.leaf(517, AT, CONTRACT, RegistryAction.REGISTERED, stateHash, salt);
        assertFalse(contains(leaf.encode(), HexFormat.of().parseHex(stateHash)));
    }

    @Test
    @Verifies("contract.registry.salted-state")
    void refusesASaltOfAnotherSize() {
        String stateHash = sha256Hex(STATE.getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> RegistryLeaves.saltedStateHash(new byte[16], stateHash));
    }

    @Test
    @Verifies("contract.registry.public-leaf-no-personal-data")
    void theLeafIsTheEntrysPublicFieldsInFormatOneAndNothingElse() {
        byte[] salt = RegistryLeaves.newSalt();
        String stateHash = sha256Hex(STATE.getBytes(StandardCharsets.UTF_8));
        byte[] leaf = RegistryLeaves.leaf(517, AT, CONTRACT, RegistryAction.AMENDED, stateHash, salt).encode();

        ByteBuffer expected = ByteBuffer.allocate(1 + 8 + 8 + 16 + 1 + 7 + 32);
        expected.put((byte) 1).putLong(517).putLong(1_795_410_720_123_456L)
                .putLong(CONTRACT.getMostSignificantBits()).putLong(CONTRACT.getLeastSignificantBits())
                .put((byte) 7).put("AMENDED".getBytes(StandardCharsets.US_ASCII))
                .put(RegistryLeaves.saltedStateHash(salt, stateHash).bytes());
        assertArrayEquals(expected.array(), leaf);
        for (String personal : new String[]{"LC-2026-000042", "FA1234567", "Alisher", "650000"}) {
            assertFalse(contains(leaf, personal.getBytes(StandardCharsets.UTF_8)), personal + " is not in the leaf");
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer : for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
