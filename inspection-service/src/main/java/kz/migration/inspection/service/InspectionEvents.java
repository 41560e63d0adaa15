package kz.migration.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.event.inspection.EmployerViolationRecorded;
import kz.migration.common.event.inspection.TerminationHoldLifted;
import kz.migration.common.event.inspection.TerminationHoldPlaced;
import kz.migration.common.outbox.Outbox;
import kz.migration.inspection.domain.EmployerViolation;
import kz.migration.inspection.domain.TerminationHold;

/**
 * The inspection service's events, written to the outbox in the caller's transaction and keyed by the case id, so
 * that a case's hold is placed before it is lifted for every consumer.
 */
@ApplicationScoped
public class InspectionEvents {

    @Inject
    Outbox outbox;

    void holdPlaced(TerminationHold h) {
        outbox.append(h.caseId.toString(), new TerminationHoldPlaced(h.id, h.caseNumber, h.employerBin, h.employerIin,
                h.workerDocumentNumber, h.permitNumber, h.contractNumber, h.placedAt));
    }

    void holdLifted(TerminationHold h) {
        outbox.append(h.caseId.toString(),
                new TerminationHoldLifted(h.id, h.caseNumber, h.liftedBy, h.liftReason.name(), h.liftedAt));
    }

    void violationRecorded(EmployerViolation v) {
        outbox.append(v.caseId.toString(), new EmployerViolationRecorded(v.id, v.caseNumber, v.employerBin,
                v.employerIin, v.recruitmentAgencyBin, v.kind.name(), v.serious, v.region, v.legalGround.name(),
                v.confirmedOn, v.recordedAt));
    }
}
