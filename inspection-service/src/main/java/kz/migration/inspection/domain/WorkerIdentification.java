package kz.migration.inspection.domain;

import java.util.Optional;

import kz.migration.common.rules.Rule;

/**
 * Who may speak for a contract or permit without an account: whoever gives its number with the worker's passport
 * number. The passport is the contract's, else (a contract registered before the registry carried it) its permit's.
 * Any mismatch is answered as an unknown number, so the pair cannot be probed one half at a time.
 */
public final class WorkerIdentification {

    private WorkerIdentification() {
    }

    /** The employment behind a contract the passport belongs to, if it does. */
    @Rule("inspection.grievance.worker-identified")
    public static Optional<WorkerEmployment> byContract(ContractView contract, PermitView permit, String passport) {
        if (contract == null || passport == null) {
            return Optional.empty();
        }
        String holder = contract.workerDocumentNumber != null
                ? contract.workerDocumentNumber
                : permit != null ? permit.workerDocumentNumber : null;
        if (!passport.equals(holder)) {
            return Optional.empty();
        }
        return Optional.of(new WorkerEmployment(contract.contractNumber, contract.permitNumber, contract.employerBin,
                contract.employerIin, contract.region, passport, contract.recruitmentAgencyBin));
    }

    /**
     * The employment behind a permit the passport belongs to: its current contract if one is registered, else the
     * permit alone (a worker given no contract complains with the permit).
     */
    @Rule("inspection.grievance.worker-identified")
    public static Optional<WorkerEmployment> byPermit(PermitView permit, ContractView contract, String passport) {
        if (permit == null || passport == null || !passport.equals(permit.workerDocumentNumber)) {
            return Optional.empty();
        }
        if (contract != null) {
            return Optional.of(new WorkerEmployment(contract.contractNumber, permit.permitNumber,
                    contract.employerBin, contract.employerIin, contract.region, passport,
                    contract.recruitmentAgencyBin));
        }
        return Optional.of(new WorkerEmployment(null, permit.permitNumber, permit.employerBin, null, permit.region,
                passport, null));
    }
}
