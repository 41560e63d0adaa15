package kz.migration.contract.domain;

/** Whose permit it is: an employer's (tied to one job) or a labour immigrant's own (any household employer). */
public enum PermitKind {
    EMPLOYER, LABOUR_IMMIGRANT;

    /** The kind named in a PermitIssued event; events without one describe an employer's permit. */
    public static PermitKind fromEvent(String kind) {
        return kind == null ? EMPLOYER : valueOf(kind);
    }
}
