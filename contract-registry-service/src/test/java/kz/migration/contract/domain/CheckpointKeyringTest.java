package kz.migration.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;
import kz.migration.tlog.Checkpoint;
import kz.migration.tlog.Hash;
import kz.migration.tlog.NoteSigner;
import kz.migration.tlog.SignedNote;
import kz.migration.tlog.TreeHead;
import kz.migration.tlog.VerificationException;

/** Every active key signs every checkpoint under the log's name; keys are checked once, at start-up. */
class CheckpointKeyringTest {

    private static final String ORIGIN = "registry.example/contracts";
    private static final Checkpoint CHECKPOINT = Checkpoint.timestamped(ORIGIN,
            new TreeHead(6, Hash.fromBase64("DICIXzk3Y9eVSnEonRqNIAn0+mXYegXhfDrtGYHD9p8=")),
            Instant.parse("2026-12-06T09:08:30Z"));

    @Test
    @Verifies("contract.registry.checkpoint-keys")
    void duringARotationBothKeysSignAndAClientPinningEitherVerifies() throws VerificationException {
        NoteSigner old = NoteSigner.generate(ORIGIN);
        NoteSigner rotated = NoteSigner.generate(ORIGIN);
        CheckpointKeyring keyring = CheckpointKeyring.of(ORIGIN, List.of(old.secretKey(), rotated.secretKey()));

        String note = keyring.sign(CHECKPOINT);

        assertEquals(2, SignedNote.parse(note).signatures().size());
        assertEquals(CHECKPOINT, Checkpoint.open(note, ORIGIN, List.of(old.verifierKey())));
        assertEquals(CHECKPOINT, Checkpoint.open(note, ORIGIN, List.of(rotated.verifierKey())));
        assertEquals(List.of(old.verifierKey(), rotated.verifierKey()), keyring.verifierKeys());
    }

    @Test
    @Verifies("contract.registry.checkpoint-keys")
    void aKeyIsNamedAfterTheLogAndGivenOnce() {
        NoteSigner key = NoteSigner.generate(ORIGIN);
        IllegalArgumentException otherName = assertThrows(IllegalArgumentException.class,
                () -> CheckpointKeyring.of(ORIGIN, List.of(NoteSigner.generate("staging.example/contracts")
                        .secretKey())));
        assertTrue(otherName.getMessage().contains("not after the log"), otherName.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CheckpointKeyring.of(ORIGIN, List.of(key.secretKey(), key.secretKey())));
        assertThrows(IllegalArgumentException.class, () -> CheckpointKeyring.of(ORIGIN, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> CheckpointKeyring.of(ORIGIN, List.of(key.secretKey())).sign(Checkpoint.timestamped(
                        "staging.example/contracts", CHECKPOINT.head(), Instant.EPOCH)));
    }

    @Test
    @Verifies("contract.registry.checkpoint-keys")
    void anUnreadableKeyIsRefusedWithoutRepeatingTheSecret() {
        String secret = NoteSigner.generate(ORIGIN).secretKey();
        String damaged = secret.substring(0, secret.length() - 4) + "AAA=";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CheckpointKeyring.of(ORIGIN, List.of(damaged)));
        assertFalse(refused.getMessage().contains(damaged.substring(damaged.lastIndexOf('+') + 1)),
                refused.getMessage());
    }

    @Test
    @Verifies("contract.registry.checkpoint-keys")
    void aKeyIsDueForRotationAPeriodAfterItsFirstCheckpoint() {
        assertEquals(Instant.parse("2027-12-06T09:03:30Z"),
                CheckpointKeyring.rotateBy(Instant.parse("2026-12-06T09:03:30Z"), Duration.ofDays(365)));
    }
}
