package kz.migration.contract.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.contract.domain.LabourContract;
import kz.migration.contract.domain.TerminationHold;

@ApplicationScoped
public class TerminationHoldRepository implements PanacheRepositoryBase<TerminationHold, UUID> {

    /** Holds in force that name the contract, its permit or its worker's passport; the domain decides which cover it. */
    public List<TerminationHold> inForceNaming(LabourContract c) {
        return list("""
                liftedAt is null and placedAt is not null
                and (contractNumber = ?1 or permitNumber = ?2 or upper(workerDocumentNumber) = upper(?3))""",
                c.contractNumber, c.permitNumber == null ? "" : c.permitNumber, c.workerPassport);
    }
}
