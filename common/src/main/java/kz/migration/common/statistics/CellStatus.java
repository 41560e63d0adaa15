package kz.migration.common.statistics;

/** How a figure is published. */
public enum CellStatus {

    /** Shown as its count. */
    SHOWN,
    /** Below the threshold: shown as "<5" (the reader learns it is 0 to 4). */
    SMALL,
    /**
     * Hidden so that a small figure cannot be worked out from the others: shown as "x" (the reader learns it is at
     * least the threshold, else it would be SMALL).
     */
    HIDDEN,
    /** Nothing of the tables is published: no suppression pattern protected every small figure. */
    WITHHELD;

    /** How a figure of this status is shown, given its count. */
    public String display(long count) {
        return switch (this) {
            case SHOWN -> Long.toString(count);
            case SMALL -> "<5";
            case HIDDEN -> "x";
            case WITHHELD -> "..";
        };
    }
}
