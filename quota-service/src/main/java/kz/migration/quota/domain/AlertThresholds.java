package kz.migration.quota.domain;

import java.util.List;

import kz.migration.common.rules.Rule;

/**
 * Utilisation thresholds (percent of allocated that is reserved or used) announced once per upward crossing: the
 * highest threshold announced is kept on the balance and lowered when utilisation falls back below it, so the next
 * rise announces it again.
 */
public record AlertThresholds(List<Integer> thresholds) {

    public AlertThresholds {
        thresholds = thresholds.stream().distinct().sorted().toList();
        if (thresholds.stream().anyMatch(t -> t < 1 || t > 100)) {
            throw new IllegalArgumentException("thresholds are percentages from 1 to 100: " + thresholds);
        }
    }

    /** The level to keep on a balance at this utilisation: the highest threshold reached, 0 if none. */
    public int level(int utilisationPercent) {
        return thresholds.stream().filter(t -> t <= utilisationPercent).reduce((a, b) -> b).orElse(0);
    }

    /** The thresholds to announce when a balance at {@code announcedLevel} reaches {@code utilisationPercent}. */
    @Rule("quota.threshold-alerts")
    public List<Integer> toAnnounce(int announcedLevel, int utilisationPercent) {
        int reached = level(utilisationPercent);
        return thresholds.stream().filter(t -> t > announcedLevel && t <= reached).toList();
    }
}
