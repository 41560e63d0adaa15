package kz.migration.permit.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.event.inspection.TerminationHoldLifted;
import kz.migration.common.event.inspection.TerminationHoldPlaced;
import kz.migration.permit.domain.TerminationHold;
import kz.migration.permit.repository.TerminationHoldRepository;

/**
 * Keeps the labour inspectorate's termination holds from inspection.events, inside the inbox transaction. A hold is
 * placed once and lifted once; a lift that arrives first keeps its hold from coming into force when it arrives later.
 */
@ApplicationScoped
public class TerminationHoldService {

    @Inject
    TerminationHoldRepository holds;

    @Transactional(Transactional.TxType.MANDATORY)
    public void placed(TerminationHoldPlaced event, Instant at) {
        TerminationHold hold = holds.findById(event.holdId());
        if (hold == null) {
            hold = new TerminationHold();
            hold.holdId = event.holdId();
            holds.persist(hold);
        } else if (hold.placedAt != null) {
            return;
        }
        hold.caseNumber = event.caseNumber();
        hold.employerBin = event.employerBin();
        hold.employerIin = event.employerIin();
        hold.workerDocumentNumber = event.workerDocumentNumber();
        hold.permitNumber = event.permitNumber();
        hold.contractNumber = event.contractNumber();
        hold.placedAt = event.placedAt() != null ? event.placedAt() : at;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lifted(TerminationHoldLifted event, Instant at) {
        TerminationHold hold = holds.findById(event.holdId());
        if (hold == null) {
            hold = new TerminationHold();
            hold.holdId = event.holdId();
            hold.caseNumber = event.caseNumber();
            holds.persist(hold);
        } else if (hold.liftedAt != null) {
            return;
        }
        hold.liftedAt = event.liftedAt() != null ? event.liftedAt() : at;
        hold.liftReason = event.reason();
    }
}
