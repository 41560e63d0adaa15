package kz.migration.contract.repository;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.contract.domain.PermitStatus;
import kz.migration.contract.domain.PermitView;

@ApplicationScoped
public class PermitViewRepository implements PanacheRepositoryBase<PermitView, String> {

    /**
     * The permit, locked until the transaction ends: registrations on one permit and the permit's revocation or
     * expiry take turns, so no contract is registered on a permit that ended meanwhile.
     */
    public Optional<PermitView> lock(String permitNumber) {
        return findByIdOptional(permitNumber, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Remembers the end of a permit not seen issued; the first end event wins, as it would for a known permit. */
    public void recordEndedUnseen(String permitNumber, PermitStatus status, Instant at) {
        getEntityManager().createNativeQuery("""
                insert into permit_ended_unseen (permit_number, status, ended_at) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, permitNumber).setParameter(2, status.name()).setParameter(3, at).executeUpdate();
    }

    /** How the permit ended before it was seen issued, if it did. */
    public Optional<PermitStatus> endedUnseen(String permitNumber) {
        return getEntityManager().createNativeQuery(
                "select status from permit_ended_unseen where permit_number = ?1", String.class)
                .setParameter(1, permitNumber).getResultStream().findFirst().map(s -> PermitStatus.valueOf((String) s));
    }
}
