package kz.migration.inspection.domain;

import java.util.Set;

import kz.migration.common.rules.Rule;

/**
 * Which confirmed violations are serious: the configured kinds (passport withheld, forced labour) always, and wages
 * left unpaid for at least the configured number of months. A serious violation bars the employer's next permit
 * applications for the period permit-service configures; a lesser one raises a flag the officer sees.
 */
public record SeriousViolationPolicy(Set<GrievanceKind> seriousKinds, int seriousUnpaidMonths) {

    public SeriousViolationPolicy {
        seriousKinds = Set.copyOf(seriousKinds);
        if (seriousUnpaidMonths < 1) {
            throw new IllegalArgumentException("seriousUnpaidMonths must be at least 1");
        }
    }

    @Rule("inspection.register.serious-kinds")
    public boolean serious(GrievanceKind kind, int unpaidMonths) {
        return seriousKinds.contains(kind)
                || (kind == GrievanceKind.WAGES_UNPAID_OR_LATE && unpaidMonths >= seriousUnpaidMonths);
    }
}
