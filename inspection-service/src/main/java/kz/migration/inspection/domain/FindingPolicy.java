package kz.migration.inspection.domain;

import java.util.ArrayList;
import java.util.List;

import kz.migration.common.rules.Rule;

/** Whether a finding may close a case of a kind: returns every problem, not just the first. */
public final class FindingPolicy {

    private FindingPolicy() {
    }

    public static List<FindingProblem> problems(GrievanceKind kind, Finding finding) {
        List<FindingProblem> problems = new ArrayList<>();
        groundFitsOutcome(kind, finding, problems);
        unpaidMonthsOnlyForWages(kind, finding, problems);
        return problems;
    }

    /**
     * A confirmed violation cites a non-criminal ground that grounds the case's kind; a referral to the police cites
     * a criminal ground; "not confirmed" cites none.
     */
    @Rule("inspection.finding.ground-fits-outcome")
    static void groundFitsOutcome(GrievanceKind kind, Finding finding, List<FindingProblem> problems) {
        LegalGround ground = finding.legalGround();
        String rule = "inspection.finding.ground-fits-outcome";
        switch (finding.outcome()) {
            case VIOLATION_CONFIRMED -> {
                if (ground == null) {
                    problems.add(new FindingProblem(rule, "a confirmed violation names its legal ground"));
                } else if (ground.criminal()) {
                    problems.add(new FindingProblem(rule, ground + " is a crime: refer the case to the police"));
                } else if (!ground.grounds(kind)) {
                    problems.add(new FindingProblem(rule, ground + " does not ground a case of kind " + kind));
                }
            }
            case REFERRED_TO_POLICE -> {
                if (ground == null || !ground.criminal()) {
                    problems.add(new FindingProblem(rule,
                            "a referral to the police names a criminal ground (CRIMINAL_CODE_ART_128, "
                                    + "ANTI_TRAFFICKING_LAW)"));
                }
            }
            case NOT_CONFIRMED -> {
                if (ground != null) {
                    problems.add(new FindingProblem(rule, "a violation not confirmed names no legal ground"));
                }
            }
        }
    }

    /** Unpaid months describe a wages violation and nothing else, and are at least one when given. */
    @Rule("inspection.finding.unpaid-months-for-wages")
    static void unpaidMonthsOnlyForWages(GrievanceKind kind, Finding finding, List<FindingProblem> problems) {
        Integer months = finding.unpaidMonths();
        if (months == null) {
            return;
        }
        String rule = "inspection.finding.unpaid-months-for-wages";
        if (kind != GrievanceKind.WAGES_UNPAID_OR_LATE) {
            problems.add(new FindingProblem(rule, "unpaid months describe a wages case, not " + kind));
        } else if (finding.outcome() != CaseOutcome.VIOLATION_CONFIRMED) {
            problems.add(new FindingProblem(rule, "unpaid months are counted only when the violation is confirmed"));
        } else if (months < 1) {
            problems.add(new FindingProblem(rule, "unpaid months are at least 1"));
        }
    }
}
