package kz.migration.permit.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import kz.migration.common.rules.Rule;

/**
 * What the employer's record in the labour inspectorate's compliance register means for its permit applications:
 * a serious violation confirmed within the last {@code periodMonths} refuses a new application; a lesser one, or a
 * serious one confirmed while an application is under review, is a flag the officer sees on the application.
 */
public record ComplianceRecord(int periodMonths) {

    public ComplianceRecord {
        if (periodMonths < 1) {
            throw new IllegalArgumentException("periodMonths must be at least 1");
        }
    }

    /** A violation as the officer sees it on an application: never the worker, only what and when. */
    public record Flag(String kind, boolean serious, String caseNumber, String region, String legalGround,
            LocalDate confirmedOn) {
    }

    /** Whether {@code v} was confirmed on or before {@code date} and no more than the period before it. */
    boolean inPeriod(EmployerViolation v, LocalDate date) {
        return !v.confirmedOn.isAfter(date) && !v.confirmedOn.plusMonths(periodMonths).isBefore(date);
    }

    /** One finding per serious violation in the period before {@code submittedOn}, the latest first. */
    @Rule("permit.compliance.serious-violation-refuses")
    public List<Finding> atSubmission(Collection<EmployerViolation> violations, LocalDate submittedOn) {
        return violations.stream().filter(v -> v.serious && inPeriod(v, submittedOn))
                .sorted(Comparator.comparing((EmployerViolation v) -> v.confirmedOn).reversed())
                .map(v -> Finding.of("permit.compliance.serious-violation-refuses",
                        PermitRefusalGround.EMPLOYER_SERIOUS_VIOLATION,
                        "the labour inspectorate confirmed a serious violation by this employer on " + v.confirmedOn
                                + " (" + v.kind + ", case " + v.caseNumber + "): an employer that failed to comply"
                                + " is not considered for new permits until " + v.confirmedOn.plusMonths(periodMonths))
                        .with("violationKind", v.kind).with("caseNumber", v.caseNumber)
                        .with("confirmedOn", v.confirmedOn.toString())
                        .with("consideredAgainFrom", v.confirmedOn.plusMonths(periodMonths).plusDays(1).toString()))
                .toList();
    }

    /**
     * The flags an application shows its officer on {@code date}: every violation confirmed in the period before it,
     * lesser or serious (a serious one confirmed after the submission did not refuse it), the latest first.
     */
    @Rule("permit.compliance.lesser-violation-flags")
    public List<Flag> flags(Collection<EmployerViolation> violations, LocalDate date) {
        return violations.stream().filter(v -> inPeriod(v, date))
                .sorted(Comparator.comparing((EmployerViolation v) -> v.confirmedOn).reversed())
                .map(v -> new Flag(v.kind, v.serious, v.caseNumber, v.region, v.legalGround, v.confirmedOn))
                .toList();
    }
}
