package kz.migration.vacancy.domain;

/** Why a vacancy was closed. */
public enum CloseReason {
    /** The employer no longer needs the workers. */
    WITHDRAWN_BY_EMPLOYER,
    /** The labour exchange took the vacancy off the board (for example an unreachable employer). */
    CLOSED_BY_EXCHANGE,
    /** Every position was taken by a hired citizen or a registered foreign worker. */
    FILLED
}
