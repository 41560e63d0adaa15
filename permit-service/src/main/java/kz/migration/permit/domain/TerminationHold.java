package kz.migration.permit.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.rules.Rule;
import kz.migration.common.security.Roles;

/**
 * A labour inspector's hold on ending a worker's permit, as inspection.events tells it (TerminationHoldPlaced,
 * TerminationHoldLifted): while a wages or withheld-passport case about the employer is open, the employer may not
 * report the worker's "voluntary return" and so send the worker home.
 */
@Entity
@Table(name = "termination_hold")
public class TerminationHold {

    /** The refusal of an employer's termination while a hold is in force. */
    public static final ProblemType HELD = new ProblemType("termination-hold-in-force",
            "A labour inspection holds the termination of this worker's permit", 409);

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

    /** The hold names the permit, or the worker's passport at the permit's employer. */
    @Rule("permit.termination.hold-covers-worker")
    public boolean covers(PermitApplication permit) {
        if (permitNumber != null && permitNumber.equals(permit.permitNumber)) {
            return true;
        }
        return employerBin != null && employerBin.equals(permit.employerBin) && workerDocumentNumber != null
                && workerDocumentNumber.equalsIgnoreCase(permit.workerPassportNumber);
    }

    /**
     * Refuses the employer's report of the worker's return while a hold in force covers the permit: 409
     * {@code termination-hold-in-force}, naming neither the case nor who filed it. The region's officer may still end
     * the permit (the state acting, not the employer).
     */
    @Rule("permit.termination.held-while-inspected")
    public static void refuseIfHeld(PermitApplication permit, String role, Collection<TerminationHold> holds) {
        if (!Roles.EMPLOYER.equals(role)) {
            return;
        }
        if (holds.stream().anyMatch(h -> h.inForce() && h.covers(permit))) {
            throw new ProblemException(HELD, "A labour inspection holds the termination of this worker's permit at the"
                    + " employer's request until the inspector lifts the hold");
        }
    }
}
