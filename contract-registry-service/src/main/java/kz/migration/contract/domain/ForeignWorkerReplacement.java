package kz.migration.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

/** A citizen replaced the foreign worker of a contract. The citizen's IIN is kept here and never published. */
@Entity
@Table(name = "foreign_worker_replacement")
public class ForeignWorkerReplacement extends PanacheEntityBase {

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Column(name = "citizen_iin")
    public String citizenIin;

    @Column(name = "replaced_on")
    public LocalDate replacedOn;

    @Column(name = "reported_at")
    public Instant reportedAt;

    /**
     * The employer reports that citizen {@code citizenIin} took over the job of {@code contract}'s foreign worker
     * (seed 004): once per contract ({@code alreadyReported}), on a day from the contract's start to today, and not
     * the worker's own IIN.
     */
    @Rule("contract.replacement.by-citizen")
    public static ForeignWorkerReplacement report(LabourContract contract, boolean alreadyReported,
            String citizenIin, LocalDate replacedOn, LocalDate today, Instant reportedAt) {
        if (alreadyReported) {
            throw new ProblemException(ContractProblems.REPLACEMENT_ALREADY_REPORTED,
                    "A replacement was already reported for contract " + contract.contractNumber);
        }
        if (replacedOn.isBefore(contract.startDate)) {
            throw ProblemException.invalid("replacedOn", "must not be before the contract's start date");
        }
        if (replacedOn.isAfter(today)) {
            throw ProblemException.invalid("replacedOn", "must not be in the future");
        }
        if (citizenIin.equals(contract.workerIin)) {
            throw ProblemException.invalid("citizenIin", "must not be the foreign worker's own IIN");
        }
        ForeignWorkerReplacement replacement = new ForeignWorkerReplacement();
        replacement.contractId = contract.id;
        replacement.citizenIin = citizenIin;
        replacement.replacedOn = replacedOn;
        replacement.reportedAt = reportedAt;
        return replacement;
    }
}
