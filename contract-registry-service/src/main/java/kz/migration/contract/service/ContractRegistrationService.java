package kz.migration.contract.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.contract.api.ContractView;
import kz.migration.contract.api.RegisterContractRequest;
import kz.migration.contract.domain.ContractEmployer;
import kz.migration.contract.domain.ContractNumber;
import kz.migration.contract.domain.ContractRules;
import kz.migration.contract.domain.ContractTerms;
import kz.migration.contract.domain.Findings;
import kz.migration.contract.domain.LabourContract;
import kz.migration.contract.domain.PermitKind;
import kz.migration.contract.domain.PermitView;
import kz.migration.contract.domain.Registration;
import kz.migration.contract.domain.RegistryAction;
import kz.migration.contract.repository.ContractRepository;
import kz.migration.contract.repository.PermitViewRepository;

/**
 * Registers labour contracts: claims the Idempotency-Key, locks the permit the contract names, lets
 * {@link ContractRules} judge it, and records the contract with its registry entry and event in one transaction.
 */
@ApplicationScoped
public class ContractRegistrationService {

    @Inject
    ContractRepository contracts;

    @Inject
    PermitViewRepository permits;

    @Inject
    RegistryService registry;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    ContractRules rules;

    @Inject
    Clock clock;

    /**
     * Registers the contract of {@code employer}; a retry with the same key replays the result, and no key is 428
     * (a blind retry would register the contract twice). A refusal is audited and changes nothing else.
     */
    @Transactional
    @Audited(value = "contract.register", idFrom = "permitNumber")
    public IdempotencyKeys.Outcome<ContractView> register(ContractEmployer employer, String idempotencyKey,
            RegisterContractRequest request) {
        return idempotencyKeys.onceRequired(scope("register-contract", employer), idempotencyKey, request,
                ContractView.class, () -> registerOnce(employer, request));
    }

    /**
     * Idempotency keys are per operation and employer; an individual's scope is marked so that an IIN never meets a
     * BIN of the same digits (a company's scope is as it always was, so stored keys keep replaying).
     */
    static String scope(String operation, ContractEmployer employer) {
        return operation + ":" + (employer.individual() ? "iin:" : "") + employer.id();
    }

    private ContractView registerOnce(ContractEmployer employer, RegisterContractRequest request) {
        ContractTerms terms = request.terms();
        LocalDate today = LocalDate.now(clock);
        terms.requireWellFormed(today);
        // The permit's row lock serialises registrations on one permit with each other and with its end.
        PermitView permit = terms.permitNumber() == null ? null : permits.lock(terms.permitNumber()).orElse(null);
        boolean backsActiveContract = permit != null && permit.kind == PermitKind.EMPLOYER
                && contracts.hasActiveContract(permit.permitNumber);
        Findings.refuseIfAny(rules.registration(new Registration(employer, terms, permit, backsActiveContract)));
        boolean late = rules.isLateRegistration(terms.signedOn(), today);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LabourContract c = LabourContract.register(UUID.randomUUID(),
                ContractNumber.format(today.getYear(), contracts.nextContractNumber()), employer, terms, permit, now,
                late).namingParties(request.employerName(), request.recruitmentAgencyBin());
        contracts.persist(c);
        // No lock on the registry chain here: the entry is pending until RegistrySequencer chains it, and the
        // event leaves with it. Nothing in this transaction waits for other registrations.
        registry.record(c, RegistryAction.REGISTERED, null, ContractEvents.registered(c));
        return ContractView.of(c, null, List.of());
    }
}
