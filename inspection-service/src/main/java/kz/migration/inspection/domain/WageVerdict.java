package kz.migration.inspection.domain;

/**
 * How one contract's month of wages stands: paid (enough), short, or missing; PENDING while the month or its grace
 * period runs (only shown, never stored).
 */
public enum WageVerdict {

    PAID, SHORT, MISSING, PENDING;

    /** Evidence for a wages case. */
    public boolean breach() {
        return this == SHORT || this == MISSING;
    }
}
