package kz.migration.contract.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitRenewed;
import kz.migration.contract.domain.PermitKind;
import kz.migration.contract.domain.PermitStatus;
import kz.migration.contract.domain.PermitView;
import kz.migration.contract.repository.PermitViewRepository;

/**
 * Keeps the permit read-model from permit.events. Runs inside the inbox transaction, so each event applies once;
 * the updates are also idempotent by content, so a replayed copy with a new event id changes nothing either.
 */
@ApplicationScoped
public class PermitReadModelService {

    private static final Logger LOG = Logger.getLogger(PermitReadModelService.class);

    @Inject
    PermitViewRepository permits;

    @Inject
    ContractChangeService contracts;

    /**
     * A permit is issued once; a second PermitIssued for the same number does not resurrect an ended permit, and
     * neither does a first one that arrives after the permit's end.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(PermitIssued event, Instant at) {
        if (permits.findByIdOptional(event.permitNumber()).isPresent()) {
            return;
        }
        PermitView permit = new PermitView();
        permit.permitNumber = event.permitNumber();
        permit.kind = PermitKind.fromEvent(event.kind());
        // Ended already if its end event came first (its PermitIssued replayed from the dead-letter topic).
        permit.status = permits.endedUnseen(event.permitNumber()).orElse(PermitStatus.ISSUED);
        permit.employerBin = event.employerBin();
        permit.region = event.region();
        permit.category = event.category();
        permit.occupationCode = event.occupationCode();
        permit.citizenship = event.citizenship();
        permit.workerDocumentNumber = event.workerDocumentNumber();
        permit.vacancyId = event.vacancyId();
        permit.validFrom = event.validFrom();
        permit.validTo = event.validTo();
        permit.salary = event.salary();
        permit.updatedAt = at;
        permits.persist(permit);
    }

    /** A renewal extends the validity; the contract dates stay checked against first day to last day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void renewed(PermitRenewed event, Instant at) {
        PermitView permit = permits.lock(event.permitNumber()).orElse(null);
        if (permit == null) {
            LOG.warnf("PermitRenewed for unknown permit %s ignored", event.permitNumber());
            return;
        }
        if (permit.status != PermitStatus.ISSUED) {
            return;
        }
        if (event.validTo() != null && event.validTo().isAfter(permit.validTo)) {
            permit.validTo = event.validTo();
            permit.updatedAt = at;
        }
    }

    /**
     * Revoked, expired or terminated: the permit stops backing registrations and its active contracts follow. The
     * permit's row lock orders this after a registration in flight on the permit (which holds the same lock), so
     * its contract, invisible until it commits, is marked too; a registration after this sees the ended permit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(String permitNumber, PermitStatus status, Instant at) {
        PermitView permit = permits.lock(permitNumber).orElse(null);
        if (permit == null) {
            LOG.warnf("%s for permit %s, not seen issued: remembered, so its PermitIssued cannot revive it", status,
                    permitNumber);
            permits.recordEndedUnseen(permitNumber, status, at);
            return;
        }
        if (permit.status != PermitStatus.ISSUED) {
            return;
        }
        permit.status = status;
        permit.updatedAt = at;
        contracts.permitEnded(permitNumber, status);
    }
}
