package kz.migration.common.statistics;

/**
 * One figure as published: its status and, only when shown, its count. Nothing else of the true count leaves a
 * {@link SuppressedChain}.
 */
public record PublishedFigure(CellStatus status, Long count) {

    public PublishedFigure {
        if ((status == CellStatus.SHOWN) != (count != null)) {
            throw new IllegalArgumentException("a count is published exactly when the figure is shown");
        }
    }

    /** "37", "&lt;5", "x" or "..". */
    public String display() {
        return status.display(count == null ? 0 : count);
    }
}
