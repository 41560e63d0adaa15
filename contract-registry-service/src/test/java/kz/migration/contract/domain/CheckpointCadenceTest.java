package kz.migration.contract.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

/** A checkpoint after a batch that grew the tree, at most once a second; the empty log gets one too. */
class CheckpointCadenceTest {

    private static final CheckpointCadence CADENCE = CheckpointCadence.ONCE_A_SECOND;
    private static final Instant SIGNED = Instant.parse("2026-12-06T09:00:00.250Z");
    private static final CheckpointCadence.Latest LATEST = new CheckpointCadence.Latest(100, SIGNED);

    @Test
    @Verifies("contract.registry.checkpoint-cadence")
    void theFirstCheckpointIsDueAtOnceEvenForTheEmptyLog() {
        assertTrue(CADENCE.isDue(null, 0, SIGNED));
        assertTrue(CADENCE.isDue(null, 42, SIGNED));
    }

    @Test
    @Verifies("contract.registry.checkpoint-cadence")
    void aTreeThatDidNotGrowIsNotSignedAgain() {
        assertFalse(CADENCE.isDue(LATEST, 100, SIGNED.plusSeconds(3600)));
    }

    @Test
    @Verifies("contract.registry.checkpoint-cadence")
    void aGrownTreeWaitsUntilASecondAfterTheLatestCheckpoint() {
        assertFalse(CADENCE.isDue(LATEST, 101, SIGNED));
        assertFalse(CADENCE.isDue(LATEST, 5000, SIGNED.plusMillis(999)));
        assertTrue(CADENCE.isDue(LATEST, 101, SIGNED.plusSeconds(1)));
        assertTrue(CADENCE.isDue(LATEST, 101, SIGNED.plusSeconds(90)));
    }

    @Test
    @Verifies("contract.registry.checkpoint-cadence")
    void aClockSetBackBeforeTheLatestCheckpointDoesNotHoldCheckpointsBack() {
        assertTrue(CADENCE.isDue(LATEST, 101, SIGNED.minusSeconds(60)));
        assertFalse(CADENCE.isDue(LATEST, 100, SIGNED.minusSeconds(60)));
    }

    @Test
    void refusesANegativeInterval() {
        assertThrows(IllegalArgumentException.class, () -> new CheckpointCadence(Duration.ofMillis(-1)));
    }
}
