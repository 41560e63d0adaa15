package kz.migration.inspection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What this service knows of one registered contract, from contract.events only. The fields the contract registry
 * added for the inspectorate (passport, employer name, salary, hours, agency) are null on contracts registered before
 * them; the worker's passport is then the permit's.
 */
@Entity
@Table(name = "contract_view")
public class ContractView {

    @Id
    @Column(name = "contract_number")
    public String contractNumber;

    @Column(name = "contract_id", nullable = false, updatable = false)
    public UUID contractId;

    @Column(name = "permit_number")
    public String permitNumber;

    @Column(name = "employer_bin")
    public String employerBin;

    @Column(name = "employer_iin")
    public String employerIin;

    @Column(name = "employer_name")
    public String employerName;

    public String region;

    @Column(name = "occupation_code")
    public String occupationCode;

    @Column(name = "worker_document_number")
    public String workerDocumentNumber;

    @Column(name = "worker_citizenship")
    public String workerCitizenship;

    @Column(name = "recruitment_agency_bin")
    public String recruitmentAgencyBin;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** The monthly salary in force now (its history is in contract_salary). */
    public BigDecimal salary;

    public String currency;

    @Column(name = "weekly_hours")
    public Integer weeklyHours;

    public boolean terminated;

    @Column(name = "terminated_on")
    public LocalDate terminatedOn;

    @Column(name = "termination_reason")
    public String terminationReason;

    @Column(name = "registered_at")
    public Instant registeredAt;

    /** The first day of the last month whose wages were judged. */
    @Column(name = "wages_judged_through")
    public LocalDate wagesJudgedThrough;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The last day the contract runs: its end date, or the day it was terminated if earlier. */
    public LocalDate lastDay() {
        if (terminatedOn != null && (endDate == null || terminatedOn.isBefore(endDate))) {
            return terminatedOn;
        }
        return endDate;
    }
}
