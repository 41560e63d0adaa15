package kz.migration.inspection.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

/**
 * A hold on terminating the worker's permit and contract "on return" at the employer's request, placed while a
 * wages or passport case about that employer is open. One per case; published as TerminationHoldPlaced and ended
 * as TerminationHoldLifted, which permit-service consumes.
 */
@Entity
@Table(name = "termination_hold")
public class TerminationHold {

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

    @Column(name = "lifted_by")
    public String liftedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "lift_reason")
    public HoldLiftReason liftReason;

    @Column(name = "lift_note")
    public String liftNote;

    /** The hold a newly received case places, if its kind holds terminations; null otherwise. */
    @Rule("inspection.hold.wages-or-passport")
    public static TerminationHold placeFor(UUID id, InspectionCase c, Instant now) {
        if (!c.kind.holdsTermination() || !c.status.isOpen()) {
            return null;
        }
        TerminationHold hold = new TerminationHold();
        hold.id = id;
        hold.caseId = c.id;
        hold.caseNumber = c.caseNumber;
        hold.employerBin = c.employerBin;
        hold.employerIin = c.employerIin;
        hold.workerDocumentNumber = c.workerDocumentNumber;
        hold.permitNumber = c.permitNumber;
        hold.contractNumber = c.contractNumber;
        hold.placedAt = now.truncatedTo(ChronoUnit.MICROS);
        return hold;
    }

    public boolean inForce() {
        return liftedAt == null;
    }

    /** Ends the hold; an inspector may lift only one in force. */
    @Rule("inspection.hold.inspector-lifts")
    public void lift(String by, HoldLiftReason reason, String note, Instant now) {
        if (!inForce()) {
            throw new ProblemException(InspectionProblems.NO_HOLD,
                    "The termination hold of case " + caseNumber + " was lifted already");
        }
        liftedAt = now.truncatedTo(ChronoUnit.MICROS);
        liftedBy = by;
        liftReason = reason;
        liftNote = note;
    }
}
