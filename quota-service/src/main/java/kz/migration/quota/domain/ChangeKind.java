package kz.migration.quota.domain;

/** The kinds of ministry decision that move allocations. */
public enum ChangeKind {
    /** A year's national quota by category with its distribution by region. */
    PLAN,
    /** Units moved from one region to another within a year and category. */
    REALLOCATION,
    /** One allocation raised or lowered (never below what is reserved and used). */
    ADJUSTMENT
}
