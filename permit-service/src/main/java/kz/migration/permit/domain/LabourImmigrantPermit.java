package kz.migration.permit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A permit issued to a labour immigrant for household work; the worker may change employer without a new one. */
@Entity
@Table(name = "labour_immigrant_permit")
public class LabourImmigrantPermit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @Enumerated(EnumType.STRING)
    public LabourImmigrantPermitStatus status;

    public String region;

    @Column(name = "occupation_code")
    public String occupationCode;

    @Column(name = "worker_full_name")
    public String workerFullName;

    @Column(name = "worker_citizenship")
    public String workerCitizenship;

    @Column(name = "worker_passport")
    public String workerPassport;

    @Column(name = "worker_passport_expiry")
    public LocalDate workerPassportExpiry;

    @Column(name = "worker_iin")
    public String workerIin;

    /** Months granted so far, the first period and every extension. */
    public int months;

    @Column(name = "prepaid_tax")
    public BigDecimal prepaidTax;

    @Column(name = "tax_reference")
    public String taxReference;

    @Column(name = "reservation_id")
    public UUID reservationId;

    @Column(name = "quota_year")
    public int quotaYear;

    @Column(name = "permit_number")
    public String permitNumber;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "refusal_reason")
    public String refusalReason;

    public void moveTo(LabourImmigrantPermitStatus target) {
        status.requireTransitionTo(target);
        status = target;
    }
}
