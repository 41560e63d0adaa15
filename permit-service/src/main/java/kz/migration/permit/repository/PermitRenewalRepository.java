package kz.migration.permit.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.permit.domain.PermitRenewal;
import kz.migration.permit.domain.RenewalStatus;

/** Queries on renewal requests. */
@ApplicationScoped
public class PermitRenewalRepository implements PanacheRepositoryBase<PermitRenewal, UUID> {

    public Optional<PermitRenewal> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<PermitRenewal> findByReservation(UUID reservationId) {
        return find("reservationId", reservationId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Whether the permit of application {@code applicationId} has a renewal submitted or approved. An existence
     * query, not Panache's count: Hibernate rebuilds a count query's SQL on every call.
     */
    public boolean hasOpenRenewal(UUID applicationId) {
        return find("applicationId = ?1 and status in ?2", applicationId,
                List.of(RenewalStatus.SUBMITTED, RenewalStatus.APPROVED)).firstResultOptional().isPresent();
    }
}
