package kz.migration.inspection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What this service knows of one permit, from permit.events only. */
@Entity
@Table(name = "permit_view")
public class PermitView {

    @Id
    @Column(name = "permit_number")
    public String permitNumber;

    /** EMPLOYER or LABOUR_IMMIGRANT. */
    public String kind;

    /** ISSUED, REVOKED, EXPIRED or TERMINATED. */
    public String status;

    @Column(name = "employer_bin")
    public String employerBin;

    public String region;

    public String category;

    @Column(name = "occupation_code")
    public String occupationCode;

    public String citizenship;

    @Column(name = "worker_document_number")
    public String workerDocumentNumber;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public BigDecimal salary;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean employerPermit() {
        return "EMPLOYER".equals(kind);
    }
}
