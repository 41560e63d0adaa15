package kz.migration.contract.domain;

/**
 * A registration to decide: the employer, the contract's terms, the permit it names as the read-model holds it
 * ({@code null} when it names none or the read-model has none by that number), and whether that permit already backs
 * an active contract.
 */
public record Registration(ContractEmployer employer, ContractTerms terms, PermitView permit,
        boolean permitBacksActiveContract) {
}
