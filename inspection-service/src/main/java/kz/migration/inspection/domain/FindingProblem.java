package kz.migration.inspection.domain;

/** One reason why a finding cannot be recorded as it is: the rule that says so (its id in docs/rules.md) and why. */
public record FindingProblem(String rule, String detail) {
}
