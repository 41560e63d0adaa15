package kz.migration.quota.domain;

import java.util.ArrayList;
import java.util.List;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.problem.Problem;

/** Units of one year's category moved from one region to another by a ministry decision. */
public record Reallocation(int year, PermitCategory category, String fromRegion, String toRegion, int units) {

    /** What is wrong with the request itself, every finding: a quota category, two different regions. */
    public List<Problem.Violation> violations() {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!QuotaPlan.isQuotaCategory(category)) {
            violations.add(new Problem.Violation("category", QuotaPlan.OUTSIDE_QUOTA));
        }
        if (fromRegion.equals(toRegion)) {
            violations.add(new Problem.Violation("toRegion", "must differ from fromRegion"));
        }
        if (units < 1) {
            violations.add(new Problem.Violation("units", "must be at least 1"));
        }
        return violations;
    }
}
