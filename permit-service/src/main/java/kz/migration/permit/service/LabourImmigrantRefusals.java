package kz.migration.permit.service;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.permit.api.Money;
import kz.migration.permit.domain.LabourImmigrantFinding;

/**
 * The domain's labour-immigrant findings as one problem+json answer: the type of the first finding (the policies list
 * the most fundamental first), its facts, and every finding with its rule.
 */
final class LabourImmigrantRefusals {

    private LabourImmigrantRefusals() {
    }

    static ProblemType typeOf(LabourImmigrantFinding.Ground ground) {
        return switch (ground) {
            case EAEU_CITIZEN -> PermitProblems.EAEU_CITIZEN_NEEDS_NO_PERMIT;
            case NOT_VISA_FREE -> PermitProblems.NOT_VISA_FREE;
            case OCCUPATION_NOT_HOUSEHOLD -> PermitProblems.OCCUPATION_NOT_HOUSEHOLD;
            case TERM_EXCEEDED -> PermitProblems.LABOUR_IMMIGRANT_TERM_EXCEEDED;
            case PASSPORT_EXPIRES -> PermitProblems.PASSPORT_EXPIRES_DURING_TERM;
            case HOLDS_PERMIT -> PermitProblems.WORKER_HOLDS_PERMIT;
            case NOT_ISSUING_AUTHORITY -> PermitProblems.NOT_ISSUING_AUTHORITY;
            case NOT_AGREED -> PermitProblems.INTERNAL_AFFAIRS_NOT_AGREED;
            case TAX_AMOUNT_MISMATCH -> PermitProblems.TAX_AMOUNT_MISMATCH;
            case TAX_OVERDUE -> PermitProblems.TAX_OVERDUE;
            case ENTRY_BANNED -> PermitProblems.WORKER_ENTRY_BANNED;
        };
    }

    /** Changes nothing and answers the findings, if there are any. */
    static void requireNone(List<LabourImmigrantFinding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        LabourImmigrantFinding first = findings.get(0);
        String detail = findings.size() == 1
                ? first.detail()
                : first.detail() + "; " + (findings.size() - 1) + " more finding(s) listed in findings";
        ProblemException problem = new ProblemException(typeOf(first.ground()), detail);
        first.facts().forEach((name, value) -> problem.with(name, inApi(value)));
        problem.with("rule", first.rule());
        problem.with("findings", findings.stream().map(LabourImmigrantRefusals::entry).toList());
        throw problem;
    }

    private static Map<String, Object> entry(LabourImmigrantFinding finding) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", typeOf(finding.ground()).uri().toString());
        entry.put("rule", finding.rule());
        entry.put("detail", finding.detail());
        return entry;
    }

    private static Object inApi(Object value) {
        return value instanceof BigDecimal amount ? Money.kzt(amount) : value;
    }
}
