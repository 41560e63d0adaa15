package kz.migration.quota.domain;

import kz.migration.common.problem.ProblemType;

/** The quota service's rule refusals, each with a stable problem type. */
public final class QuotaProblems {

    /** An allocation may not be set below what is already reserved plus used. */
    public static final ProblemType ALLOCATION_BELOW_COMMITTED = new ProblemType("allocation-below-committed",
            "Allocation below reserved and used units", 422);

    /** A reallocation may only move units that are free (allocated minus reserved minus used). */
    public static final ProblemType INSUFFICIENT_FREE_QUOTA = new ProblemType("insufficient-free-quota",
            "Not enough free quota units", 422);

    /** A simulation needs the year's plan to start from. */
    public static final ProblemType QUOTA_PLAN_MISSING = new ProblemType("quota-plan-missing",
            "The year has no quota plan", 422);

    private QuotaProblems() {
    }
}
