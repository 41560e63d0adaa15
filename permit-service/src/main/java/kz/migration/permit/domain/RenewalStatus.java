package kz.migration.permit.domain;

import java.util.EnumSet;
import java.util.Set;

import kz.migration.common.problem.ProblemException;

/** The life of a renewal request; the only place that says which of its transitions are allowed. */
public enum RenewalStatus {

    SUBMITTED, APPROVED, RENEWED, REFUSED, WITHDRAWN;

    public Set<RenewalStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(APPROVED, RENEWED, REFUSED, WITHDRAWN);
            case APPROVED -> EnumSet.of(RENEWED, REFUSED);
            case RENEWED, REFUSED, WITHDRAWN -> EnumSet.noneOf(RenewalStatus.class);
        };
    }

    public void requireTransitionTo(RenewalStatus target) {
        if (!next().contains(target)) {
            throw ProblemException.conflict("A renewal in status " + this + " cannot move to " + target)
                    .with("currentStatus", name()).with("requestedStatus", target.name());
        }
    }
}
