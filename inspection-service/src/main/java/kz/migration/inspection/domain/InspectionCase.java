package kz.migration.inspection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

/**
 * A case of the labour inspectorate: a worker's grievance (filed by the worker or an advocate) or wages the monitor
 * found missing or short. Every change of state is a method here; illegal ones are refused ({@link CaseStatus} 409,
 * {@link FindingPolicy} 422). Who may read it is the service's business ({@code CaseAccess}); what the employer and
 * the worker's public record may show of it is decided here.
 */
@Entity
@Table(name = "inspection_case")
public class InspectionCase {

    @Id
    public UUID id;

    @Column(name = "case_number", nullable = false, updatable = false)
    public String caseNumber;

    @Enumerated(EnumType.STRING)
    public GrievanceKind kind;

    public boolean urgent;

    @Enumerated(EnumType.STRING)
    public CaseSource source;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    public String region;

    @Column(name = "employer_bin")
    public String employerBin;

    @Column(name = "employer_iin")
    public String employerIin;

    @Column(name = "recruitment_agency_bin")
    public String recruitmentAgencyBin;

    @Column(name = "contract_number")
    public String contractNumber;

    @Column(name = "permit_number")
    public String permitNumber;

    @Column(name = "worker_document_number")
    public String workerDocumentNumber;

    public String description;

    public String contact;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    @Column(name = "disclose_to_employer")
    public boolean discloseToEmployer;

    @Column(name = "filed_by")
    public String filedBy;

    @Column(name = "consent_reference")
    public String consentReference;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "inspection_opened_at")
    public Instant inspectionOpenedAt;

    public String inspector;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_ground")
    public LegalGround legalGround;

    @Column(name = "finding_note")
    public String findingNote;

    @Column(name = "unpaid_months")
    public Integer unpaidMonths;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Version
    public long version;

    /**
     * A grievance, received today: urgent if its kind is, due by the deadline of its urgency. The recruiting agency
     * is the one the filing names, else the contract's.
     */
    @Rule("inspection.case.deadline-working-days")
    public static InspectionCase file(UUID id, String caseNumber, CaseSource source, WorkerEmployment employment,
            GrievanceFiling filing, Instant now, LocalDate today, CaseDeadlines deadlines) {
        if (source == CaseSource.WAGE_MONITOR) {
            throw new IllegalArgumentException("the wage monitor opens cases through openedByWageMonitor");
        }
        InspectionCase c = received(id, caseNumber, source, filing.kind(), employment, now, today, deadlines);
        c.description = filing.description();
        c.contact = filing.contact();
        c.preferredLanguage = filing.preferredLanguage();
        c.discloseToEmployer = filing.discloseToEmployer();
        c.filedBy = filing.filedBy();
        c.consentReference = filing.consentReference();
        if (filing.recruitmentAgencyBin() != null) {
            c.recruitmentAgencyBin = filing.recruitmentAgencyBin();
        }
        return c;
    }

    /**
     * A wages case the monitor opened: no filer to protect, so the employer may be told which contract it concerns
     * once the inspection opens; the evidence is attached by the caller.
     */
    @Rule("inspection.wages.opens-case")
    public static InspectionCase openedByWageMonitor(UUID id, String caseNumber, WorkerEmployment employment,
            Instant now, LocalDate today, CaseDeadlines deadlines) {
        InspectionCase c = received(id, caseNumber, CaseSource.WAGE_MONITOR, GrievanceKind.WAGES_UNPAID_OR_LATE,
                employment, now, today, deadlines);
        c.discloseToEmployer = true;
        return c;
    }

    private static InspectionCase received(UUID id, String caseNumber, CaseSource source, GrievanceKind kind,
            WorkerEmployment employment, Instant now, LocalDate today, CaseDeadlines deadlines) {
        InspectionCase c = new InspectionCase();
        c.id = id;
        c.caseNumber = caseNumber;
        c.source = source;
        c.kind = kind;
        c.urgent = kind.urgent();
        c.status = CaseStatus.RECEIVED;
        c.region = employment.region();
        c.employerBin = employment.employerBin();
        c.employerIin = employment.employerIin();
        c.recruitmentAgencyBin = employment.recruitmentAgencyBin();
        c.contractNumber = employment.contractNumber();
        c.permitNumber = employment.permitNumber();
        c.workerDocumentNumber = employment.workerDocumentNumber();
        c.receivedAt = now.truncatedTo(ChronoUnit.MICROS);
        c.receivedOn = today;
        c.dueOn = deadlines.dueOn(today, c.urgent);
        return c;
    }

    /** An inspector of the case's region opens the inspection; from now on the employer knows of the case. */
    public void openInspection(String by, Instant now) {
        status.requireTransitionTo(CaseStatus.UNDER_INSPECTION);
        status = CaseStatus.UNDER_INSPECTION;
        inspectionOpenedAt = now.truncatedTo(ChronoUnit.MICROS);
        inspector = by;
    }

    /** Records the finding and closes the case; refused with every problem the finding has. */
    public void decide(Finding finding, String by, Instant now) {
        status.requireTransitionTo(finding.outcome().status());
        List<FindingProblem> problems = FindingPolicy.problems(kind, finding);
        if (!problems.isEmpty()) {
            throw new ProblemException(InspectionProblems.FINDING_REFUSED,
                    String.join("; ", problems.stream().map(FindingProblem::detail).toList()))
                    .with("findings", problems);
        }
        status = finding.outcome().status();
        legalGround = finding.legalGround();
        findingNote = finding.note();
        unpaidMonths = finding.unpaidMonths();
        decidedAt = now.truncatedTo(ChronoUnit.MICROS);
        decidedBy = by;
        if (inspector == null) {
            inspector = by;
        }
    }

    /** Open past its due day. */
    @Rule("inspection.case.overdue")
    public boolean overdue(LocalDate today) {
        return status.isOpen() && today.isAfter(dueOn);
    }

    /** The employer learns of a case only when an inspection opens. */
    @Rule("inspection.retaliation.employer-learns-at-inspection")
    public boolean knownToEmployer() {
        return inspectionOpenedAt != null;
    }

    /** Which worker's contract the employer may be told: only where the filer agreed (or no one filed). */
    @Rule("inspection.retaliation.filer-withheld")
    public String contractShownToEmployer() {
        return knownToEmployer() && discloseToEmployer ? contractNumber : null;
    }

    /**
     * Whether the worker's record (contract or permit number plus passport: numbers the employer holds too) lists
     * this case. Only a case the employer knows of and may connect to this worker; every other case is followed
     * with its token alone, so the record never tells the employer who complained.
     */
    @Rule("inspection.retaliation.worker-record-shows-known-cases")
    public boolean shownInWorkerRecord() {
        return knownToEmployer() && discloseToEmployer;
    }

    /** Confirmed or not confirmed: the matter is settled and a termination hold ends with it. */
    @Rule("inspection.hold.lifted-when-decided")
    public boolean settled() {
        return status == CaseStatus.VIOLATION_CONFIRMED || status == CaseStatus.NOT_CONFIRMED;
    }

    public String employerId() {
        return employerBin != null ? employerBin : employerIin;
    }
}
