package kz.migration.vacancy.domain;

/** Why an employer is flagged to officers. */
public enum FlagReason {
    /** It rejects more referred citizens without a justified reason than the configured share. */
    UNJUSTIFIED_REJECTIONS,
    /** It left a referred citizen's outcome unrecorded past the deadline. */
    OVERDUE_OUTCOMES
}
