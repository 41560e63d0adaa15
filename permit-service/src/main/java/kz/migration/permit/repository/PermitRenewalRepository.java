package kz.migration.permit.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.permit.domain.PermitRenewal;

/** Queries on renewal requests. */
@ApplicationScoped
public class PermitRenewalRepository implements PanacheRepositoryBase<PermitRenewal, UUID> {

    public Optional<PermitRenewal> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<PermitRenewal> findByReservation(UUID reservationId) {
        return find("reservationId", reservationId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
