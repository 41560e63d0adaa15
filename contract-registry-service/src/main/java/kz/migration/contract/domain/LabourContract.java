package kz.migration.contract.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

/**
 * A registered labour contract with a foreign worker. Its employer is a company ({@code employerBin}) or a private
 * individual ({@code employerIin}); it rests on a permit unless the worker is a citizen of an EAEU member state.
 * Status changes go through {@link ContractStatus}.
 */
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

    @Column(name = "employer_iin")
    public String employerIin;

    public String region;

    @Column(name = "employer_name")
    public String employerName;

    @Column(name = "recruitment_agency_bin")
    public String recruitmentAgencyBin;

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

    /** 32 random bytes that salt the contract's state hash in the public registry log; kept with it for good. */
    @Column(name = "state_salt")
    public byte[] stateSalt;

    @Version
    public long version;

    /**
     * A contract that {@link ContractRules#registration} accepted, on {@code permit} ({@code null} for an EAEU
     * citizen's contract); {@code late} when filed after the registration deadline.
     */
    public static LabourContract register(UUID id, String contractNumber, ContractEmployer employer,
            ContractTerms terms, PermitView permit, Instant registeredAt, boolean late) {
        LabourContract c = new LabourContract();
        c.id = id;
        c.stateSalt = RegistryLeaves.newSalt();
        c.contractNumber = contractNumber;
        if (permit != null) {
            c.permitNumber = permit.permitNumber;
            c.permitKind = permit.kind;
            c.vacancyId = permit.vacancyId;
        }
        c.employerBin = employer.bin();
        c.employerIin = employer.iin();
        c.region = terms.region();
        c.workerFullName = terms.worker().fullName();
        c.workerPassport = terms.worker().passportNumber();
        c.workerCitizenship = terms.worker().citizenship();
        c.workerIin = terms.worker().iin();
        c.position = terms.position();
        c.occupationCode = terms.occupationCode();
        c.startDate = terms.startDate();
        c.endDate = terms.endDate();
        c.salary = terms.salary().setScale(2);
        c.currency = terms.currency();
        c.weeklyHours = (short) terms.weeklyHours();
        c.signedOn = terms.signedOn();
        c.registeredAt = registeredAt;
        c.late = late;
        c.status = ContractStatus.ACTIVE;
        return c;
    }

    /**
     * The employer's name and the recruiting agency's BIN as the employer registers them; both optional, both only
     * carried (to the labour inspectorate and the worker's own view), never judged.
     */
    public LabourContract namingParties(String employerName, String recruitmentAgencyBin) {
        this.employerName = employerName == null || employerName.isBlank() ? null : employerName.strip();
        this.recruitmentAgencyBin = recruitmentAgencyBin;
        return this;
    }

    public ContractEmployer employer() {
        return employerIin != null ? ContractEmployer.individual(employerIin) : ContractEmployer.company(employerBin);
    }

    /** An employer sees and changes only its own contracts; a company and an individual are never the same. */
    @Rule("contract.employer.own-contracts")
    public boolean isOwnedBy(ContractEmployer employer) {
        return employer().equals(employer);
    }

    /** Only an active contract is amended: an ended one is on record as it ended. */
    @Rule("contract.amendment.active-only")
    public void requireAmendable() {
        if (status != ContractStatus.ACTIVE) {
            throw ProblemException.conflict("Only an active contract can be amended; this one is " + status)
                    .with("status", status.name());
        }
    }

    /**
     * Applies an amendment that {@link ContractRules#amendment} accepted and returns the changed fields; counts it,
     * and counts it late when {@code late}.
     */
    public List<String> amend(AmendedTerms amendment, boolean late) {
        requireAmendable();
        List<String> changed = amendment.changedFields(this);
        if (changed.contains(AmendedTerms.POSITION)) {
            position = amendment.position();
        }
        if (changed.contains(AmendedTerms.SALARY)) {
            currency = amendment.currencyFor(this);
            salary = amendment.salary().setScale(2);
        }
        if (changed.contains(AmendedTerms.END_DATE)) {
            endDate = amendment.endDate();
        }
        amendmentCount++;
        if (late) {
            lateAmendments++;
        }
        return changed;
    }

    /**
     * Registers the end of the contract on {@code on}: not before it was signed, but possibly before its start (a
     * worker who never arrives, a start date typed wrong, which cannot be amended; otherwise the contract would hold
     * its employer permit until then), and not in the future.
     */
    @Rule("contract.termination.dates")
    public void terminate(LocalDate on, TerminationReason reason, String note, LocalDate today) {
        if (on.isBefore(signedOn)) {
            throw ProblemException.invalid("terminatedOn", "must not be before the contract was signed");
        }
        if (on.isAfter(today)) {
            throw ProblemException.invalid("terminatedOn", "must not be in the future");
        }
        status = status.moveTo(ContractStatus.TERMINATED);
        terminatedOn = on;
        terminationReason = Objects.requireNonNull(reason);
        terminationNote = note;
    }

    /** Follows the permit's end; false when the contract had already ended and nothing changes. */
    @Rule("contract.permit-end.marks-contracts")
    public boolean permitEnded(PermitStatus permitStatus) {
        ContractStatus next = ContractStatus.afterPermit(permitStatus);
        if (!status.canMoveTo(next)) {
            return false;
        }
        status = next;
        return true;
    }
}
