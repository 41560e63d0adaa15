package kz.migration.inspection.domain;

/** How the employer submitted its quarterly report: the registry's draft as it was, or corrected. */
public enum ReportStatus {
    CONFIRMED, CORRECTED
}
