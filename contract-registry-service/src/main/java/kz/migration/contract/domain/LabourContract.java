package kz.migration.contract.domain;

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

/** A registered labour contract with a foreign worker. Status changes go through {@link ContractStatus}. */
@Entity
@Table(name = "labour_contract")
public class LabourContract extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "contract_number")
    public String contractNumber;

    @Column(name = "permit_number")
    public String permitNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "permit_kind")
    public PermitKind permitKind;

    @Column(name = "vacancy_id")
    public UUID vacancyId;

    @Column(name = "employer_bin")
    public String employerBin;

    public String region;

    @Column(name = "worker_full_name")
    public String workerFullName;

    @Column(name = "worker_passport")
    public String workerPassport;

    @Column(name = "worker_citizenship")
    public String workerCitizenship;

    @Column(name = "worker_iin")
    public String workerIin;

    public String position;

    @Column(name = "occupation_code")
    public String occupationCode;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public BigDecimal salary;

    public String currency;

    @Column(name = "weekly_hours")
    public short weeklyHours;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "registered_at")
    public Instant registeredAt;

    public boolean late;

    @Enumerated(EnumType.STRING)
    public ContractStatus status;

    @Column(name = "terminated_on")
    public LocalDate terminatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason")
    public TerminationReason terminationReason;

    @Column(name = "termination_note")
    public String terminationNote;

    @Column(name = "amendment_count")
    public int amendmentCount;

    @Column(name = "late_amendments")
    public int lateAmendments;

    @Version
    public long version;

    public void terminate(LocalDate on, TerminationReason reason, String note) {
        status = status.moveTo(ContractStatus.TERMINATED);
        terminatedOn = on;
        terminationReason = reason;
        terminationNote = note;
    }

    /** Follows the permit's end; false when the contract had already ended and nothing changes. */
    public boolean permitEnded(PermitStatus permitStatus) {
        ContractStatus next = ContractStatus.afterPermit(permitStatus);
        if (!status.canMoveTo(next)) {
            return false;
        }
        status = next;
        return true;
    }
}
