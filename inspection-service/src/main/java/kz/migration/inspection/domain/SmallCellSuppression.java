package kz.migration.inspection.domain;

import kz.migration.common.rules.Rule;

/**
 * Violation statistics never let a reader single out a worker: a count from 1 to below the threshold is published
 * as "<threshold" without its number, and no totals are published, so a hidden count cannot be worked out from the
 * others. Zero is shown: it tells of no one.
 */
public record SmallCellSuppression(int threshold) {

    public SmallCellSuppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
    }

    /** One published cell: its count, or null with {@code "<threshold"} when suppressed. */
    public record Cell(Long count, String display, boolean suppressed) {
    }

    @Rule("inspection.statistics.small-cells")
    public Cell publish(long count) {
        if (count > 0 && count < threshold) {
            return new Cell(null, "<" + threshold, true);
        }
        return new Cell(count, Long.toString(count), false);
    }
}
