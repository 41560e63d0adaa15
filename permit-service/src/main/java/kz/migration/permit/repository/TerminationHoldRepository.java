package kz.migration.permit.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.TerminationHold;

/** The labour inspectorate's termination holds, from inspection.events. */
@ApplicationScoped
public class TerminationHoldRepository implements PanacheRepositoryBase<TerminationHold, UUID> {

    /** Holds in force naming the permit or its worker's passport; the domain decides which cover it. */
    public List<TerminationHold> inForceNaming(PermitApplication permit) {
        return list("""
                liftedAt is null and placedAt is not null
                and (permitNumber = ?1 or upper(workerDocumentNumber) = upper(?2))""",
                permit.permitNumber == null ? "" : permit.permitNumber, permit.workerPassportNumber);
    }
}
