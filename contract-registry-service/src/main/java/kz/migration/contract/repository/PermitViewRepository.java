package kz.migration.contract.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

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
}
