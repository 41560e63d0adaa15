package kz.migration.quota.domain;

import kz.migration.common.rules.Rule;

/** Why an approval got no quota unit; carried as {@code QuotaRejected.reason}. */
public enum RejectionReason {
    /** The allocation exists but reserved plus used already equal it. */
    QUOTA_EXHAUSTED,
    /** The ministry has set no allocation for this year, region and category. */
    NO_QUOTA_ALLOCATED;

    /** The ground named when no unit could be reserved: exhausted if the ministry allocated any, else none set. */
    @Rule("quota.saga.rejection-named")
    public static RejectionReason of(boolean allocationExists) {
        return allocationExists ? QUOTA_EXHAUSTED : NO_QUOTA_ALLOCATED;
    }
}
