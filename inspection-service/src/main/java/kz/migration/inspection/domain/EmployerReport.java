package kz.migration.inspection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

/**
 * An employer's submitted quarterly report on the foreign labour it attracted and the foreign workers citizens
 * replaced (seed 004): the registry's draft as it stood when submitted, and the figures the employer stands by. One
 * per employer and quarter.
 */
@Entity
@Table(name = "employer_report")
public class EmployerReport {

    @Id
    public UUID id;

    @Column(name = "employer_bin", nullable = false, updatable = false)
    public String employerBin;

    @Column(nullable = false, updatable = false)
    public String period;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    @Column(name = "drafted_workers_at_start")
    public int draftedWorkersAtStart;
    @Column(name = "drafted_workers_at_end")
    public int draftedWorkersAtEnd;
    @Column(name = "drafted_permits_issued")
    public int draftedPermitsIssued;
    @Column(name = "drafted_permits_ended")
    public int draftedPermitsEnded;
    @Column(name = "drafted_contracts_registered")
    public int draftedContractsRegistered;
    @Column(name = "drafted_contracts_terminated")
    public int draftedContractsTerminated;
    @Column(name = "drafted_replaced_by_citizens")
    public int draftedReplacedByCitizens;

    @Column(name = "reported_workers_at_start")
    public int reportedWorkersAtStart;
    @Column(name = "reported_workers_at_end")
    public int reportedWorkersAtEnd;
    @Column(name = "reported_permits_issued")
    public int reportedPermitsIssued;
    @Column(name = "reported_permits_ended")
    public int reportedPermitsEnded;
    @Column(name = "reported_contracts_registered")
    public int reportedContractsRegistered;
    @Column(name = "reported_contracts_terminated")
    public int reportedContractsTerminated;
    @Column(name = "reported_replaced_by_citizens")
    public int reportedReplacedByCitizens;

    @Column(name = "correction_note")
    public String correctionNote;

    public boolean late;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    /**
     * The employer submits the report of an ended quarter: the draft as it is (no figures, or the same figures), or
     * corrected figures with a note saying why. Late when submitted after its due day.
     */
    @Rule("inspection.report.confirm-or-correct")
    public static EmployerReport submit(UUID id, String employerBin, ReportPeriod period, ReportFigures drafted,
            ReportFigures corrected, String note, int dueDaysAfterQuarter, String by, LocalDate today, Instant now) {
        if (!period.endedBy(today)) {
            throw new ProblemException(InspectionProblems.REPORT_PERIOD_NOT_ENDED,
                    "The quarter " + period + " ends on " + period.end() + "; report it after that day")
                    .with("periodEnd", period.end().toString());
        }
        boolean correcting = corrected != null && !corrected.equals(drafted);
        if (correcting && (note == null || note.isBlank())) {
            throw new ProblemException(InspectionProblems.CORRECTION_NEEDS_NOTE,
                    "The figures differ from the registry's draft; say why in note");
        }
        ReportFigures reported = correcting ? corrected : drafted;
        EmployerReport report = new EmployerReport();
        report.id = id;
        report.employerBin = employerBin;
        report.period = period.toString();
        report.dueOn = period.dueOn(dueDaysAfterQuarter);
        report.status = correcting ? ReportStatus.CORRECTED : ReportStatus.CONFIRMED;
        report.correctionNote = correcting ? note : null;
        report.late = today.isAfter(report.dueOn);
        report.submittedAt = now;
        report.submittedBy = by;
        report.setDrafted(drafted);
        report.setReported(reported);
        return report;
    }

    public ReportFigures drafted() {
        return new ReportFigures(draftedWorkersAtStart, draftedWorkersAtEnd, draftedPermitsIssued, draftedPermitsEnded,
                draftedContractsRegistered, draftedContractsTerminated, draftedReplacedByCitizens);
    }

    public ReportFigures reported() {
        return new ReportFigures(reportedWorkersAtStart, reportedWorkersAtEnd, reportedPermitsIssued,
                reportedPermitsEnded, reportedContractsRegistered, reportedContractsTerminated,
                reportedReplacedByCitizens);
    }

    private void setDrafted(ReportFigures f) {
        draftedWorkersAtStart = f.foreignWorkersAtStart();
        draftedWorkersAtEnd = f.foreignWorkersAtEnd();
        draftedPermitsIssued = f.permitsIssued();
        draftedPermitsEnded = f.permitsEnded();
        draftedContractsRegistered = f.contractsRegistered();
        draftedContractsTerminated = f.contractsTerminated();
        draftedReplacedByCitizens = f.replacedByCitizens();
    }

    private void setReported(ReportFigures f) {
        reportedWorkersAtStart = f.foreignWorkersAtStart();
        reportedWorkersAtEnd = f.foreignWorkersAtEnd();
        reportedPermitsIssued = f.permitsIssued();
        reportedPermitsEnded = f.permitsEnded();
        reportedContractsRegistered = f.contractsRegistered();
        reportedContractsTerminated = f.contractsTerminated();
        reportedReplacedByCitizens = f.replacedByCitizens();
    }
}
