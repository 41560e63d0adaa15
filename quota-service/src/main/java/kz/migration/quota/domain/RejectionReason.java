package kz.migration.quota.domain;

/** Why an approval got no quota unit; carried as {@code QuotaRejected.reason}. */
public enum RejectionReason {
    /** The allocation exists but reserved plus used already equal it. */
    QUOTA_EXHAUSTED,
    /** The ministry has set no allocation for this year, region and category. */
    NO_QUOTA_ALLOCATED
}
