package kz.migration.inspection.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.inspection.domain.ContractView;
import kz.migration.inspection.domain.PermitView;
import kz.migration.inspection.domain.WorkerEmployment;
import kz.migration.inspection.domain.WorkerIdentification;
import kz.migration.inspection.repository.ReadModelRepository;

/** Finds the employment behind a contract or permit number and a passport, as the read-models know it. */
@ApplicationScoped
public class WorkerEmployments {

    @Inject
    ReadModelRepository readModels;

    /**
     * The employment, or the same 404 for an unknown number and for a passport that is not the worker's. Exactly one
     * of the two numbers is given (400 otherwise).
     */
    WorkerEmployment identify(String contractNumber, String permitNumber, String passport) {
        if ((contractNumber == null) == (permitNumber == null)) {
            throw new ProblemException(ProblemType.VALIDATION, "Give the contract number or the permit number",
                    java.util.List.of(new Problem.Violation("contractNumber", "give it or permitNumber, not both")));
        }
        Optional<WorkerEmployment> found;
        if (contractNumber != null) {
            ContractView contract = readModels.contract(contractNumber).orElse(null);
            PermitView permit = contract == null ? null : readModels.permit(contract.permitNumber).orElse(null);
            found = WorkerIdentification.byContract(contract, permit, passport);
        } else {
            PermitView permit = readModels.permit(permitNumber).orElse(null);
            ContractView contract = permit == null ? null : readModels.currentContractOf(permitNumber).orElse(null);
            found = WorkerIdentification.byPermit(permit, contract, passport);
        }
        return found.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No contract or permit with this number and passport number is registered"));
    }
}
