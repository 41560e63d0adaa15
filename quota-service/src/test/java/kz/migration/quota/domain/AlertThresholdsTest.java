package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class AlertThresholdsTest {

    private final AlertThresholds thresholds = new AlertThresholds(List.of(100, 80));

    @Test
    @Verifies("quota.threshold-alerts")
    void eachThresholdIsAnnouncedOncePerUpwardCrossing() {
        assertEquals(List.of(), thresholds.toAnnounce(0, 79));
        assertEquals(List.of(80), thresholds.toAnnounce(0, 80));
        assertEquals(List.of(), thresholds.toAnnounce(80, 99));
        assertEquals(List.of(100), thresholds.toAnnounce(80, 100));
        // A jump over both announces both, in order.
        assertEquals(List.of(80, 100), thresholds.toAnnounce(0, 100));
    }

    @Test
    @Verifies("quota.threshold-alerts")
    void fallingBackLowersTheLevelSoTheNextRiseIsAnnouncedAgain() {
        assertEquals(List.of(), thresholds.toAnnounce(100, 90));
        assertEquals(80, thresholds.level(90));
        assertEquals(List.of(100), thresholds.toAnnounce(thresholds.level(90), 100));
        assertEquals(0, thresholds.level(10));
    }

    @Test
    @Verifies("quota.threshold-alerts")
    void thresholdsArePercentages() {
        assertThrows(IllegalArgumentException.class, () -> new AlertThresholds(List.of(0, 80)));
        assertThrows(IllegalArgumentException.class, () -> new AlertThresholds(List.of(101)));
    }
}
