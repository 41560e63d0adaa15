package kz.migration.quota.domain;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import kz.migration.common.problem.Problem;

/**
 * What a plan or revision would do, with every finding: {@code allocations} are the new allocations of the balances
 * it changes or creates (in lock order), {@code violations} what is wrong with the request (400), and {@code belowCommitted} the
 * balances it would set below what is reserved and used (422).
 */
public record PlanChange(SortedMap<QuotaKey, Integer> allocations, List<Problem.Violation> violations,
        List<Balance> belowCommitted) {

    public PlanChange {
        allocations = new TreeMap<>(allocations);
        violations = List.copyOf(violations);
        belowCommitted = List.copyOf(belowCommitted);
    }

    static PlanChange invalid(List<Problem.Violation> violations) {
        return new PlanChange(new TreeMap<>(), violations, List.of());
    }

    static PlanChange of(Map<QuotaKey, Integer> allocations, List<Balance> belowCommitted) {
        return new PlanChange(new TreeMap<>(allocations), List.of(), belowCommitted);
    }

    public boolean accepted() {
        return violations.isEmpty() && belowCommitted.isEmpty();
    }
}
