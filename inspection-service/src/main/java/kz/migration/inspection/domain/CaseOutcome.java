package kz.migration.inspection.domain;

/** What an inspector finds: one of the final statuses of a case. */
public enum CaseOutcome {

    VIOLATION_CONFIRMED, NOT_CONFIRMED, REFERRED_TO_POLICE;

    public CaseStatus status() {
        return CaseStatus.valueOf(name());
    }
}
