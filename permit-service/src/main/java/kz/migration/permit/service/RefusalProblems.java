package kz.migration.permit.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.permit.domain.Finding;

/**
 * Findings as one problem detail: the first finding's type, title and facts at the top level (the members callers
 * already read, such as {@code vacancySalary}), every finding in {@code findings} with its rule id, ground, type,
 * detail and facts. A refused submission registers nothing.
 */
final class RefusalProblems {

    private RefusalProblems() {
    }

    static ProblemException of(List<Finding> findings) {
        Finding first = findings.get(0);
        String detail = findings.size() == 1
                ? first.detail()
                : findings.size() + " findings: " + String.join("; ", findings.stream().map(Finding::detail).toList());
        ProblemException problem = new ProblemException(PermitProblems.forGround(first.ground()), detail);
        first.facts().forEach(problem::with);
        return problem.with("findings", findings.stream().map(RefusalProblems::member).toList());
    }

    private static Map<String, Object> member(Finding finding) {
        ProblemType type = PermitProblems.forGround(finding.ground());
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("rule", finding.rule());
        member.put("ground", finding.ground().name());
        member.put("type", type.uri().toString());
        member.put("title", type.title());
        member.put("detail", finding.detail());
        member.putAll(finding.facts());
        return member;
    }
}
