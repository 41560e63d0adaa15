package kz.migration.permit.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.permit.domain.PermitTransition;

/** The audit trail of application transitions. */
@ApplicationScoped
public class PermitTransitionRepository implements PanacheRepositoryBase<PermitTransition, Long> {

    public List<PermitTransition> history(UUID applicationId) {
        return list("applicationId = ?1 order by id", applicationId);
    }
}
