package kz.migration.permit.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.permit.domain.LabourImmigrantPermit;
import kz.migration.permit.domain.LabourImmigrantPermitStatus;

/** Queries on labour-immigrant permits. */
@ApplicationScoped
public class LabourImmigrantPermitRepository implements PanacheRepositoryBase<LabourImmigrantPermit, UUID> {

    public Optional<LabourImmigrantPermit> findByNumber(String number) {
        return find("permitNumber", number).firstResultOptional();
    }

    public Optional<LabourImmigrantPermit> lockByNumber(String number) {
        return find("permitNumber", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The worker's pending or issued permit (at most one, by index). */
    public Optional<LabourImmigrantPermit> liveForPassport(String passportNumber) {
        return find("workerPassport = ?1 and status in ?2", passportNumber, LabourImmigrantPermitStatus.LIVE)
                .firstResultOptional();
    }

    public Optional<LabourImmigrantPermit> findByReservation(UUID reservationId) {
        return find("reservationId", reservationId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean taxReferenceUsed(String reference) {
        return find("taxReference", reference).firstResultOptional().isPresent() || ((Number) getEntityManager()
                .createNativeQuery("select count(*) from labour_immigrant_extension where tax_reference = ?1")
                .setParameter(1, reference).getSingleResult()).longValue() > 0;
    }

    public void recordExtension(String reference, UUID permitId, int months, java.math.BigDecimal tax,
            java.time.LocalDate newValidTo, java.time.Instant at) {
        getEntityManager().createNativeQuery("""
                insert into labour_immigrant_extension (tax_reference, permit_id, months, prepaid_tax, new_valid_to,
                    extended_at) values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, reference).setParameter(2, permitId).setParameter(3, months).setParameter(4, tax)
                .setParameter(5, newValidTo).setParameter(6, at).executeUpdate();
    }

    /** Issued permits past their last day, locked so that two job instances never take the same one. */
    @SuppressWarnings("unchecked")
    public java.util.List<LabourImmigrantPermit> claimExpired(java.time.LocalDate today, int limit) {
        java.util.List<UUID> ids = getEntityManager().createNativeQuery(
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
