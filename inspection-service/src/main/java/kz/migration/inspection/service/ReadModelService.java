package kz.migration.inspection.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import kz.migration.common.event.contract.ContractAmended;
import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.common.event.contract.ContractTerminated;
import kz.migration.common.event.contract.ForeignWorkerReplaced;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitRenewed;
import kz.migration.inspection.domain.ContractView;
import kz.migration.inspection.domain.PermitView;
import kz.migration.inspection.repository.ReadModelRepository;

/**
 * Keeps the read-models of contracts and permits from their services' events. Runs inside the inbox transaction, so
 * each event applies once; the updates are idempotent by content too, so a replayed copy under a new event id changes
 * nothing, and an end that arrives before its start is remembered.
 */
@ApplicationScoped
public class ReadModelService {

    private static final Logger LOG = Logger.getLogger(ReadModelService.class);

    @Inject
    ReadModelRepository readModels;

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractRegistered(ContractRegistered e, Instant at) {
        if (readModels.contract(e.contractNumber()).isPresent()) {
            return;
        }
        ContractView c = new ContractView();
        c.contractNumber = e.contractNumber();
        c.contractId = e.contractId();
        c.permitNumber = e.permitNumber();
        c.employerBin = e.employerBin();
        c.employerIin = e.employerIin();
        c.employerName = e.employerName();
        c.region = e.region();
        c.occupationCode = e.occupationCode();
        c.workerDocumentNumber = e.workerDocumentNumber();
        c.workerCitizenship = e.workerCitizenship();
        c.recruitmentAgencyBin = e.recruitmentAgencyBin();
        c.startDate = e.startDate();
        c.endDate = e.endDate();
        c.salary = e.salary();
        c.currency = e.currency();
        c.weeklyHours = e.weeklyHours();
        c.registeredAt = e.registeredAt() != null ? e.registeredAt() : at;
        c.updatedAt = at;
        readModels.persist(c);
        readModels.flush();
        if (e.salary() != null) {
            readModels.recordSalary(c.contractNumber, c.startDate, e.salary(),
                    e.currency() != null ? e.currency() : "KZT");
        }
    }

    /** An amendment that carries the salary after it changes the salary from the day it was registered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contractAmended(ContractAmended e, Instant at, ZoneId zone) {
        ContractView c = readModels.lockContract(e.contractNumber()).orElse(null);
        if (c == null) {
            LOG.warnf("ContractAmended for unknown contract %s ignored", e.contractNumber());
            return;
        }
        if (e.salary() != null) {
            LocalDate from = LocalDate.ofInstant(e.amendedAt() != null ? e.amendedAt() : at, zone);
            readModels.recordSalary(c.contractNumber, from.isBefore(c.startDate) ? c.startDate : from, e.salary(),
                    e.currency() != null ? e.currency() : "KZT");
            readModels.flush();
            readModels.salaryOn(c.contractNumber, LocalDate.ofInstant(at, zone)).ifPresent(s -> c.salary = s.salary);
            c.updatedAt = at;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractTerminated(ContractTerminated e, Instant at) {
        ContractView c = readModels.lockContract(e.contractNumber()).orElse(null);
        if (c == null) {
            LOG.warnf("ContractTerminated for unknown contract %s ignored", e.contractNumber());
            return;
        }
        if (!c.terminated) {
            c.terminated = true;
            c.terminatedOn = e.terminatedOn();
            c.terminationReason = e.reason();
            c.updatedAt = at;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void workerReplaced(ForeignWorkerReplaced e) {
        readModels.recordReplacement(e.contractNumber(), e.employerBin(), e.employerIin(), e.region(),
                e.replacedOn(), e.reportedAt());
    }

    /** A permit is issued once; an end seen before it (a replay from the dead-letter topic) still ends it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void permitIssued(PermitIssued e, Instant at, ZoneId zone) {
        if (readModels.permit(e.permitNumber()).isPresent()) {
            return;
        }
        PermitView p = new PermitView();
        p.permitNumber = e.permitNumber();
        p.kind = "LABOUR_IMMIGRANT".equals(e.kind()) ? "LABOUR_IMMIGRANT" : "EMPLOYER";
        p.status = "ISSUED";
        p.employerBin = e.employerBin();
        p.region = e.region();
        p.category = e.category();
        p.occupationCode = e.occupationCode();
        p.citizenship = e.citizenship();
        p.workerDocumentNumber = e.workerDocumentNumber();
        p.validFrom = e.validFrom();
        p.validTo = e.validTo();
        p.salary = e.salary();
        p.issuedOn = LocalDate.ofInstant(e.issuedAt() != null ? e.issuedAt() : at, zone);
        p.updatedAt = at;
        readModels.endUnseen(e.permitNumber()).ifPresent(end -> {
            p.status = (String) end[0];
            p.endedOn = end[1] instanceof LocalDate day ? day : ((java.sql.Date) end[1]).toLocalDate();
        });
        readModels.persist(p);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void permitRenewed(PermitRenewed e, Instant at) {
        PermitView p = readModels.lockPermit(e.permitNumber()).orElse(null);
        if (p != null && "ISSUED".equals(p.status) && e.validTo() != null && e.validTo().isAfter(p.validTo)) {
            p.validTo = e.validTo();
            p.updatedAt = at;
        }
    }

    /** Revoked, expired or terminated: the first end wins. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void permitEnded(String permitNumber, String status, LocalDate endedOn, Instant at) {
        PermitView p = readModels.lockPermit(permitNumber).orElse(null);
        if (p == null) {
            readModels.recordEndUnseen(permitNumber, status, endedOn);
            return;
        }
        if ("ISSUED".equals(p.status)) {
            p.status = status;
            p.endedOn = endedOn;
            p.updatedAt = at;
        }
    }
}
