package kz.migration.permit.domain;

import java.util.EnumSet;
import java.util.Set;

import kz.migration.common.problem.ProblemException;

/** The life of a labour-immigrant permit; the only place that says which of its transitions are allowed. */
public enum LabourImmigrantPermitStatus {

    PENDING_QUOTA, ISSUED, REFUSED, EXPIRED;

    /** Pending or in force: a passport has at most one such permit (V4 index). */
    public static final Set<LabourImmigrantPermitStatus> LIVE = EnumSet.of(PENDING_QUOTA, ISSUED);

    public Set<LabourImmigrantPermitStatus> next() {
        return switch (this) {
            case PENDING_QUOTA -> EnumSet.of(ISSUED, REFUSED);
            case ISSUED -> EnumSet.of(EXPIRED);
            case REFUSED, EXPIRED -> EnumSet.noneOf(LabourImmigrantPermitStatus.class);
        };
    }

    public void requireTransitionTo(LabourImmigrantPermitStatus target) {
        if (!next().contains(target)) {
            throw ProblemException.conflict("A labour-immigrant permit in status " + this + " cannot move to " + target)
                    .with("currentStatus", name()).with("requestedStatus", target.name());
        }
    }
}
