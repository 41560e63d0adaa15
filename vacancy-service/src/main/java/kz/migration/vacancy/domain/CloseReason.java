package kz.migration.vacancy.domain;

import kz.migration.common.rules.Rule;

/** Why a vacancy was closed. */
public enum CloseReason {
    /** The employer no longer needs the workers. */
    WITHDRAWN_BY_EMPLOYER,
    /** The labour exchange took the vacancy off the board (for example an unreachable employer). */
    CLOSED_BY_EXCHANGE,
    /** Every position was taken by a hired citizen or a registered foreign worker. */
    FILLED;

    /** The reason of a close requested by the employer, or else by the labour exchange. */
    @Rule("vacancy.close.open-only")
    public static CloseReason requestedBy(boolean employer) {
        return employer ? WITHDRAWN_BY_EMPLOYER : CLOSED_BY_EXCHANGE;
    }
}
