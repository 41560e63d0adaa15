package kz.migration.permit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A confirmed violation of the compliance register, as the labour inspectorate published it
 * (EmployerViolationRecorded). {@code kind} is the grievance kind; {@code serious} is the inspectorate's judgement of
 * it (passport withheld, forced labour, wages unpaid for two months or more). Never names the worker.
 */
@Entity
@Table(name = "employer_violation")
public class EmployerViolation {

    @Id
    @Column(name = "violation_id")
    public UUID violationId;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "employer_bin")
    public String employerBin;

    @Column(name = "employer_iin")
    public String employerIin;

    @Column(name = "recruitment_agency_bin")
    public String recruitmentAgencyBin;

    public String kind;

    public boolean serious;

    public String region;

    @Column(name = "legal_ground")
    public String legalGround;

    @Column(name = "confirmed_on")
    public LocalDate confirmedOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
