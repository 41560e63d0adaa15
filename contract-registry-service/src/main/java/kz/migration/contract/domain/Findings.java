package kz.migration.contract.domain;

import java.util.List;
import java.util.Map;

import kz.migration.common.problem.ProblemException;

/** Turns a policy's findings into one refusal that names them all. */
public final class Findings {

    private Findings() {
    }

    /**
     * Refuses with the first finding's problem type when there is any. The refusal lists every finding: the problem
     * types in {@code mismatches}, each with its rule and detail in {@code findings}; the facts of all of them are
     * top-level members (such as {@code permitRegion}).
     */
    public static void refuseIfAny(List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        Finding first = findings.get(0);
        String detail = findings.size() == 1
                ? first.detail()
                : String.join("; ", findings.stream().map(Finding::detail).toList());
        ProblemException refusal = new ProblemException(first.problem(), detail);
        findings.forEach(f -> f.facts().forEach(refusal::with));
        refusal.with("mismatches", findings.stream().map(f -> f.problem().slug()).toList());
        refusal.with("findings", findings.stream().map(f -> Map.of("rule", f.rule(), "type", f.problem().slug(),
                "detail", f.detail())).toList());
        throw refusal;
    }
}
