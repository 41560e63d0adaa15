package kz.migration.permit.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.permit.domain.LabourMarketTest;

/** The read-model of passed labour-market tests. */
@ApplicationScoped
public class LabourMarketTestRepository implements PanacheRepositoryBase<LabourMarketTest, UUID> {

    /** Locked so that two applications cannot take the vacancy's last position at once. */
    public Optional<LabourMarketTest> lock(UUID vacancyId) {
        return findByIdOptional(vacancyId, LockModeType.PESSIMISTIC_WRITE);
    }
}
