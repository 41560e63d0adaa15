package kz.migration.inspection.domain;

import java.util.EnumSet;
import java.util.Set;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

/**
 * The life of a case, in one place: received, then under inspection, then one of three outcomes. Forced labour may
 * go to the police at once, without an inspection first. The outcomes are final.
 */
@Rule("inspection.case.status-transitions")
public enum CaseStatus {

    RECEIVED, UNDER_INSPECTION, VIOLATION_CONFIRMED, NOT_CONFIRMED, REFERRED_TO_POLICE;

    /** Not yet decided: the deadline runs and a termination hold may stand. */
    public static final Set<CaseStatus> OPEN = EnumSet.of(RECEIVED, UNDER_INSPECTION);

    public Set<CaseStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(UNDER_INSPECTION, REFERRED_TO_POLICE);
            case UNDER_INSPECTION -> EnumSet.of(VIOLATION_CONFIRMED, NOT_CONFIRMED, REFERRED_TO_POLICE);
            case VIOLATION_CONFIRMED, NOT_CONFIRMED, REFERRED_TO_POLICE -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Refuses an illegal transition with 409 naming both states. */
    public void requireTransitionTo(CaseStatus target) {
        if (!next().contains(target)) {
            throw ProblemException.conflict("A case in status " + this + " cannot move to " + target)
                    .with("currentStatus", name()).with("requestedStatus", target.name());
        }
    }
}
