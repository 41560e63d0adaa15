package kz.migration.contract.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import kz.migration.common.problem.ProblemType;

/**
 * One reason a rule refuses a contract: the rule's id in docs/rules.md, the problem type the API answers with, a
 * detail that says why, and the facts a client needs to correct it (the permit's region, the minimum wage).
 */
public record Finding(String rule, ProblemType problem, String detail, Map<String, Object> facts) {

    public Finding {
        facts = Map.copyOf(facts);
    }

    public static Finding of(String rule, ProblemType problem, String detail) {
        return new Finding(rule, problem, detail, Map.of());
    }

    /** This finding with one more fact. */
    public Finding with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(facts);
        more.put(name, value);
        return new Finding(rule, problem, detail, more);
    }
}
