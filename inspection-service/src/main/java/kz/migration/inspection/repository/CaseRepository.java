package kz.migration.inspection.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.inspection.domain.CaseEvidence;
import kz.migration.inspection.domain.CaseStatus;
import kz.migration.inspection.domain.GrievanceKind;
import kz.migration.inspection.domain.InspectionCase;
import kz.migration.inspection.domain.TerminationHold;

/** Every query on cases, their evidence and their termination holds. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<InspectionCase, UUID> {

    /** The sort key of the queue: urgent first, then oldest, then id. */
    public record QueueKey(boolean urgent, Instant receivedAt, UUID id) {
    }

    /** Which cases a list shows: a region's (inspectors), a filer's (advocates), or any; open only or all. */
    public record CaseFilter(String region, String filedBy, CaseStatus status, GrievanceKind kind,
            LocalDate overdueOn) {
    }

    public long nextSequence() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('case_number_seq')").getSingleResult())
                .longValue();
    }

    public Optional<InspectionCase> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<InspectionCase> byCaseNumber(String caseNumber) {
        return find("caseNumber", caseNumber).firstResultOptional();
    }

    /** The queue order: urgent before the rest, then by age. */
    public List<InspectionCase> list(CaseFilter filter, QueueKey after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.region() != null) {
            where.add("region = :region");
            params.put("region", filter.region());
        }
        if (filter.filedBy() != null) {
            where.add("filedBy = :filedBy");
            params.put("filedBy", filter.filedBy());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.overdueOn() != null) {
            where.add("status in :open and dueOn < :today");
            params.put("open", CaseStatus.OPEN);
            params.put("today", filter.overdueOn());
        }
        if (after != null) {
            // urgent desc, receivedAt asc, id asc
            where.add("""
                    (urgent < :afterUrgent or (urgent = :afterUrgent and (receivedAt > :afterAt
                     or (receivedAt = :afterAt and id > :afterId))))""");
            params.put("afterUrgent", after.urgent());
            params.put("afterAt", after.receivedAt());
            params.put("afterId", after.id());
        }
        String query = (where.isEmpty() ? "1 = 1" : String.join(" and ", where))
                + " order by urgent desc, receivedAt asc, id asc";
        return find(query, params).page(0, limit).list();
    }

    /** Cases about the employer whose inspection has opened, newest first. */
    public List<InspectionCase> knownToEmployer(String employerBin, String employerIin, QueueKey after, int limit) {
        String owner = employerBin != null ? "employerBin = :owner" : "employerIin = :owner";
        Map<String, Object> params = new HashMap<>();
        params.put("owner", employerBin != null ? employerBin : employerIin);
        String cursor = "";
        if (after != null) {
            cursor = " and (inspectionOpenedAt < :afterAt or (inspectionOpenedAt = :afterAt and id < :afterId))";
            params.put("afterAt", after.receivedAt());
            params.put("afterId", after.id());
        }
        return find(owner + " and inspectionOpenedAt is not null" + cursor
                + " order by inspectionOpenedAt desc, id desc", params).page(0, limit).list();
    }

    /** Every case about the worker holding this passport, oldest first. */
    public List<InspectionCase> ofWorker(String passport) {
        return list("workerDocumentNumber = ?1 order by receivedAt, id", passport);
    }

    /** The open wages case of a contract, locked, if one is open (the monitor adds further months to it). */
    public Optional<InspectionCase> openWagesCase(String contractNumber) {
        return find("contractNumber = ?1 and kind = ?2 and status in ?3 order by receivedAt", contractNumber,
                GrievanceKind.WAGES_UNPAID_OR_LATE, CaseStatus.OPEN).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public List<CaseEvidence> evidence(UUID caseId) {
        return getEntityManager().createQuery("from CaseEvidence where caseId = :id order by period",
                CaseEvidence.class).setParameter("id", caseId).getResultList();
    }

    public boolean hasEvidence(UUID caseId, LocalDate period) {
        return !getEntityManager().createQuery("select 1 from CaseEvidence where caseId = :id and period = :period")
                .setParameter("id", caseId).setParameter("period", period).getResultList().isEmpty();
    }

    public void persistEvidence(CaseEvidence evidence) {
        getEntityManager().persist(evidence);
    }

    public Optional<TerminationHold> hold(UUID caseId) {
        return getEntityManager().createQuery("from TerminationHold where caseId = :id", TerminationHold.class)
                .setParameter("id", caseId).getResultStream().findFirst();
    }

    public void persistHold(TerminationHold hold) {
        getEntityManager().persist(hold);
    }
}
