package kz.migration.inspection.domain;

/** Why a termination hold ended. */
public enum HoldLiftReason {
    LIFTED_BY_INSPECTOR, CASE_CLOSED
}
