package kz.migration.quota.domain;

import kz.migration.common.rules.Rule;

/** The kinds of ministry decision that move allocations. */
public enum ChangeKind {
    /** A year's national quota by category with its distribution by region, or a revision of it. */
    PLAN,
    /** Units moved from one region to another within a year and category. */
    REALLOCATION,
    /** One allocation raised or lowered (never below what is reserved and used). */
    ADJUSTMENT;

    /**
     * Whether the decision needs an {@code Idempotency-Key} (428 without one). A reallocation moves units again each
     * time it runs, and a plan is sent once and retried blind; both replay their first result for the same key. An
     * adjustment sets one absolute figure under the balance's If-Match, so its retry changes nothing or is a 412.
     */
    @Rule("quota.decisions.idempotency-key-required")
    public boolean requiresIdempotencyKey() {
        return this != ADJUSTMENT;
    }
}
