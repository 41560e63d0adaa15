package kz.migration.permit.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.permit.domain.LabourImmigrantPermit;
import kz.migration.permit.domain.LabourImmigrantPermitStatus;

/** Queries on labour-immigrant permits and their requests. */
@ApplicationScoped
public class LabourImmigrantPermitRepository implements PanacheRepositoryBase<LabourImmigrantPermit, UUID> {

    /** Filters of the request list; null = any. */
    public record Filter(LabourImmigrantPermitStatus status, String region) {
    }

    public Optional<LabourImmigrantPermit> findByNumber(String number) {
        return find("permitNumber", number).firstResultOptional();
    }

    public Optional<LabourImmigrantPermit> lockByNumber(String number) {
        return find("permitNumber", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<LabourImmigrantPermit> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The worker's live request or permit (at most one, by index). */
    public Optional<LabourImmigrantPermit> liveForPassport(String passportNumber) {
        return find("workerPassport = ?1 and status in ?2", passportNumber, LabourImmigrantPermitStatus.LIVE)
                .firstResultOptional();
    }

    public Optional<LabourImmigrantPermit> findByReservation(UUID reservationId) {
        return find("reservationId", reservationId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Requests oldest first, {@code limit + 1} of them so that the caller knows whether a next page exists. */
    public List<LabourImmigrantPermit> page(Filter filter, PageCursor after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.region() != null) {
            query.append(" and region = :region");
            params.put("region", filter.region());
        }
        if (after != null) {
            query.append(" and (requestedAt > :afterAt or (requestedAt = :afterAt and id > :afterId))");
            params.put("afterAt", after.instant());
            params.put("afterId", after.id());
        }
        query.append(" order by requestedAt, id");
        return find(query.toString(), params).page(0, limit + 1).list();
    }

    /** An extension whose tax was paid, kept with the months it added. */
    public void recordExtension(String reference, UUID permitId, int months, BigDecimal tax, LocalDate newValidTo,
            Instant at) {
        getEntityManager().createNativeQuery("""
                insert into labour_immigrant_extension (tax_reference, permit_id, months, prepaid_tax, new_valid_to,
                    extended_at) values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, reference).setParameter(2, permitId).setParameter(3, months).setParameter(4, tax)
                .setParameter(5, newValidTo).setParameter(6, at).executeUpdate();
    }

    /** Issued permits past their last day, locked so that two job instances never take the same one. */
    @SuppressWarnings("unchecked")
    public List<LabourImmigrantPermit> claimExpired(LocalDate today, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery(
                "select id from labour_immigrant_permit where status = 'ISSUED' and valid_to < ?1"
                        + " order by id limit ?2 for update skip locked",
                UUID.class).setParameter(1, today).setParameter(2, limit).getResultList();
        return ids.stream().map(this::findById).toList();
    }

    public long nextSerial() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('labour_immigrant_number_seq')")
                .getSingleResult()).longValue();
    }
}
