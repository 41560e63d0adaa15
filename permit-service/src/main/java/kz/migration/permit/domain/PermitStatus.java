package kz.migration.permit.domain;

import java.util.EnumSet;
import java.util.Set;

import kz.migration.common.problem.ProblemException;

/**
 * The life of an application and of the permit issued from it (DESIGN.md §3). This enum is the only place that
 * says which transition is allowed; everything else asks {@link #requireTransitionTo(PermitStatus)}. An approval
 * that needs neither a quota unit nor a fee (an intra-corporate transfer) is issued at once.
 */
public enum PermitStatus {

    SUBMITTED, UNDER_REVIEW, APPROVED, AWAITING_FEE, ISSUED, REFUSED, WITHDRAWN, LAPSED, EXPIRED, REVOKED, TERMINATED;

    /** States in which the application still holds a vacancy position. */
    public static final Set<PermitStatus> HOLDING_A_POSITION = EnumSet.of(SUBMITTED, UNDER_REVIEW, APPROVED,
            AWAITING_FEE, ISSUED, EXPIRED, REVOKED, TERMINATED);

    /** In progress or in force: a worker has at most one such application per vacancy (V4 index). */
    public static final Set<PermitStatus> LIVE = EnumSet.of(SUBMITTED, UNDER_REVIEW, APPROVED, AWAITING_FEE, ISSUED);

    /** States waiting for an officer's decision, the ones the review deadline applies to. */
    public static final Set<PermitStatus> IN_REVIEW = EnumSet.of(SUBMITTED, UNDER_REVIEW);

    public Set<PermitStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, REFUSED, WITHDRAWN);
            case APPROVED -> EnumSet.of(AWAITING_FEE, ISSUED, REFUSED, WITHDRAWN);
            case AWAITING_FEE -> EnumSet.of(ISSUED, LAPSED, WITHDRAWN);
            case ISSUED -> EnumSet.of(EXPIRED, REVOKED, TERMINATED);
            case REFUSED, WITHDRAWN, LAPSED, EXPIRED, REVOKED, TERMINATED -> EnumSet.noneOf(PermitStatus.class);
        };
    }

    public boolean canMoveTo(PermitStatus target) {
        return next().contains(target);
    }

    /** Refuses an illegal transition with 409 problem+json naming both states. */
    public void requireTransitionTo(PermitStatus target) {
        if (!canMoveTo(target)) {
            throw ProblemException.conflict("An application in status " + this + " cannot move to " + target)
                    .with("currentStatus", name()).with("requestedStatus", target.name());
        }
    }
}
