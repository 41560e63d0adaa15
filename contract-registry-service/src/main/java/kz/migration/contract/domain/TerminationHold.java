package kz.migration.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

/**
 * A labour inspector's hold on ending a worker's contract, as inspection.events tells it (TerminationHoldPlaced,
 * TerminationHoldLifted): while a wages or withheld-passport case about the employer is open, the employer may not
 * send the worker home by ending the contract. The worker may still leave, and a contract may still run its term.
 */
@Entity
@Table(name = "termination_hold")
public class TerminationHold extends PanacheEntityBase {

    /** The terminations a hold stops: every one the employer may decide or press on the worker. */
    static final Set<TerminationReason> HELD_REASONS = Set.of(TerminationReason.EMPLOYER_INITIATIVE,
            TerminationReason.MUTUAL_AGREEMENT, TerminationReason.OTHER, TerminationReason.TERM_EXPIRED);

    @Id
    @Column(name = "hold_id")
    public UUID holdId;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "employer_bin")
    public String employerBin;

    @Column(name = "employer_iin")
    public String employerIin;

    @Column(name = "worker_document_number")
    public String workerDocumentNumber;

    @Column(name = "permit_number")
    public String permitNumber;

    @Column(name = "contract_number")
    public String contractNumber;

    @Column(name = "placed_at")
    public Instant placedAt;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lift_reason")
    public String liftReason;

    public boolean inForce() {
        return placedAt != null && liftedAt == null;
    }

    /**
     * Whether this hold covers {@code c}: the contract or its permit is named, or the hold names the worker's passport
     * and the contract is with the same employer.
     */
    @Rule("contract.termination.hold-covers-worker")
    public boolean covers(LabourContract c) {
        if (contractNumber != null && contractNumber.equals(c.contractNumber)) {
            return true;
        }
        if (permitNumber != null && permitNumber.equals(c.permitNumber)) {
            return true;
        }
        boolean sameEmployer = (employerBin != null && employerBin.equals(c.employerBin))
                || (employerIin != null && employerIin.equals(c.employerIin));
        return sameEmployer && workerDocumentNumber != null
                && workerDocumentNumber.equalsIgnoreCase(c.workerPassport);
    }

    /**
     * Refuses the employer's termination of {@code c} for {@code reason} on {@code on} while a hold in force covers
     * the contract: 409 {@code termination-hold-in-force}. The worker's own resignation is never held (a worker must be
     * able to leave an employer), nor the end of a fixed term on or after its last day; an early "term expired" is the
     * employer's decision and is held. The refusal names neither the case nor who filed it.
     */
    @Rule("contract.termination.held-while-inspected")
    public static void refuseIfHeld(LabourContract c, TerminationReason reason, LocalDate on,
            Collection<TerminationHold> holds) {
        Objects.requireNonNull(reason);
        if (!HELD_REASONS.contains(reason)) {
            return;
        }
        if (reason == TerminationReason.TERM_EXPIRED && c.endDate != null && !on.isBefore(c.endDate)) {
            return;
        }
        if (holds.stream().anyMatch(h -> h.inForce() && h.covers(c))) {
            throw new ProblemException(ContractProblems.TERMINATION_HELD, "A labour inspection holds the termination"
                    + " of this worker's contract at the employer's initiative until the inspector lifts the hold;"
                    + " the worker's own resignation is still registered")
                    .with("reason", reason.name());
        }
    }
}
