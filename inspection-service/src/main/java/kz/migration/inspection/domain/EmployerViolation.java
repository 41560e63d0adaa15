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

import kz.migration.common.rules.Rule;

/**
 * An entry of the compliance register: a confirmed violation, against the employer and, for a recruitment fee, the
 * recruiting agency too. One per case. Never names the worker.
 */
@Entity
@Table(name = "employer_violation")
public class EmployerViolation {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "employer_bin")
    public String employerBin;

    @Column(name = "employer_iin")
    public String employerIin;

    @Column(name = "recruitment_agency_bin")
    public String recruitmentAgencyBin;

    @Enumerated(EnumType.STRING)
    public GrievanceKind kind;

    public boolean serious;

    public String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_ground")
    public LegalGround legalGround;

    @Column(name = "confirmed_on")
    public LocalDate confirmedOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /**
     * The register's entry for a case decided VIOLATION_CONFIRMED; the agency is named only for the kinds that count
     * against it. {@code unpaidMonths} is the most of the inspector's count and the months the evidence shows missing.
     */
    @Rule("inspection.register.confirmed-violation-recorded")
    @Rule("inspection.register.agency-counts-recruitment-fee")
    public static EmployerViolation recordedFor(UUID id, InspectionCase c, int unpaidMonths,
            SeriousViolationPolicy policy, LocalDate today, Instant now) {
        if (c.status != CaseStatus.VIOLATION_CONFIRMED) {
            throw new IllegalStateException("case " + c.caseNumber + " is " + c.status + ", not confirmed");
        }
        EmployerViolation v = new EmployerViolation();
        v.id = id;
        v.caseId = c.id;
        v.caseNumber = c.caseNumber;
        v.employerBin = c.employerBin;
        v.employerIin = c.employerIin;
        v.recruitmentAgencyBin = c.kind.countsAgainstAgency() ? c.recruitmentAgencyBin : null;
        v.kind = c.kind;
        v.serious = policy.serious(c.kind, unpaidMonths);
        v.region = c.region;
        v.legalGround = c.legalGround;
        v.confirmedOn = today;
        v.recordedAt = now;
        return v;
    }
}
