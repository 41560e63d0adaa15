package kz.migration.permit.domain;

import java.util.EnumSet;
import java.util.Set;

import kz.migration.common.problem.ProblemException;

/**
 * The life of a labour-immigrant permit request and permit; the only place that says which of its transitions are
 * allowed. Filed with the local executive body (from 13 April 2026) it waits for the internal affairs bodies'
 * agreement and the body's decision; filed with the migration police (until 12 April 2026) it goes straight to the
 * tax. Then the payment gateway confirms the tax, quota-service reserves the unit, and the permit is issued.
 */
public enum LabourImmigrantPermitStatus {

    AWAITING_AGREEMENT, AWAITING_DECISION, AWAITING_TAX, PENDING_QUOTA, ISSUED, REFUSED, LAPSED, EXPIRED;

    /** Pending or in force: a passport has at most one such request or permit (V5_1 index). */
    public static final Set<LabourImmigrantPermitStatus> LIVE = EnumSet.of(AWAITING_AGREEMENT, AWAITING_DECISION,
            AWAITING_TAX, PENDING_QUOTA, ISSUED);

    public Set<LabourImmigrantPermitStatus> next() {
        return switch (this) {
            case AWAITING_AGREEMENT -> EnumSet.of(AWAITING_DECISION);
            case AWAITING_DECISION -> EnumSet.of(AWAITING_TAX, REFUSED);
            case AWAITING_TAX -> EnumSet.of(PENDING_QUOTA, LAPSED);
            case PENDING_QUOTA -> EnumSet.of(ISSUED, REFUSED);
            case ISSUED -> EnumSet.of(EXPIRED);
            case REFUSED, LAPSED, EXPIRED -> EnumSet.noneOf(LabourImmigrantPermitStatus.class);
        };
    }

    public void requireTransitionTo(LabourImmigrantPermitStatus target) {
        if (!next().contains(target)) {
            throw ProblemException.conflict("A labour-immigrant permit in status " + this + " cannot move to " + target)
                    .with("currentStatus", name()).with("requestedStatus", target.name());
        }
    }
}
