package kz.migration.inspection.domain;

/** Who opened a case: the worker without an account, an advocate on the worker's behalf, or the wage monitor. */
public enum CaseSource {
    WORKER, ADVOCATE, WAGE_MONITOR
}
