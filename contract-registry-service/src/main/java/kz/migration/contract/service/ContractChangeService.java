package kz.migration.contract.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.contract.api.AmendContractRequest;
import kz.migration.contract.api.ContractView;
import kz.migration.contract.api.ReportReplacementRequest;
import kz.migration.contract.api.TerminateContractRequest;
import kz.migration.contract.domain.AmendedTerms;
import kz.migration.contract.domain.ContractAmendment;
import kz.migration.contract.domain.ContractEmployer;
import kz.migration.contract.domain.ContractRules;
import kz.migration.contract.domain.Findings;
import kz.migration.contract.domain.ForeignWorkerReplacement;
import kz.migration.contract.domain.LabourContract;
import kz.migration.contract.domain.PermitStatus;
import kz.migration.contract.domain.PermitView;
import kz.migration.contract.domain.RegistryAction;
import kz.migration.contract.domain.TerminationHold;
import kz.migration.contract.repository.ContractRepository;
import kz.migration.contract.repository.PermitViewRepository;
import kz.migration.contract.repository.RegistryRepository;
import kz.migration.contract.repository.TerminationHoldRepository;

/**
 * Changes of registered contracts: amendments, terminations, replacements by citizens and the end of a contract's
 * permit. Each loads the contract, lets the domain decide, and records the change with its registry entry and event
 * in one transaction.
 */
@ApplicationScoped
public class ContractChangeService {

    @Inject
    ContractRepository contracts;

    @Inject
    PermitViewRepository permits;

    @Inject
    TerminationHoldRepository holds;

    @Inject
    RegistryService registry;

    @Inject
    RegistryRepository registryLog;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    ContractRules rules;

    @Inject
    Clock clock;

    @Transactional
    @Audited("contract.amend")
    public ContractView amend(ContractEmployer employer, UUID id, long expectedVersion,
            AmendContractRequest request) {
        LabourContract c = ownContract(employer, id, expectedVersion);
        LocalDate today = LocalDate.now(clock);
        AmendedTerms amendment = request.terms();
        PermitView permit = c.permitNumber == null ? null : permits.findById(c.permitNumber);
        Findings.refuseIfAny(rules.amendment(c, amendment, permit, today));
        boolean late = rules.isLateAmendment(amendment.signedOn(), today);
        List<String> changed = c.amend(amendment, late);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        contracts.persistAmendment(ContractAmendment.of(c, amendment, changed, late, now));
        LocalDate replacedOn = replacedOn(c);
        registry.record(c, RegistryAction.AMENDED, replacedOn, ContractEvents.amended(c, changed, late, now));
        return view(c, replacedOn);
    }

    @Transactional
    @Audited("contract.terminate")
    public ContractView terminate(ContractEmployer employer, UUID id, long expectedVersion,
            TerminateContractRequest request) {
        LabourContract c = ownContract(employer, id, expectedVersion);
        TerminationHold.refuseIfHeld(c, request.reason(), request.terminatedOn(), holds.inForceNaming(c));
        c.terminate(request.terminatedOn(), request.reason(), request.note(), LocalDate.now(clock));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate replacedOn = replacedOn(c);
        registry.record(c, RegistryAction.TERMINATED, replacedOn, ContractEvents.terminated(c, now));
        return view(c, replacedOn);
    }

    /** Records that a citizen replaced the foreign worker; the citizen's IIN stays in this service. */
    @Transactional
    @Audited("contract.report-replacement")
    public IdempotencyKeys.Outcome<ContractView> reportReplacement(ContractEmployer employer, UUID id,
            String idempotencyKey, ReportReplacementRequest request) {
        return idempotencyKeys.once(ContractRegistrationService.scope("report-replacement", employer), idempotencyKey,
                Map.of("contract", id, "request", request), ContractView.class, () -> {
                    LabourContract c = ownContract(employer, id, null);
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    ForeignWorkerReplacement replacement = ForeignWorkerReplacement.report(c,
                            contracts.replacement(c.id).isPresent(), request.citizenIin(), request.replacedOn(),
                            LocalDate.now(clock), now);
                    contracts.persistReplacement(replacement);
                    registry.record(c, RegistryAction.WORKER_REPLACED, replacement.replacedOn,
                            ContractEvents.replaced(c, replacement.replacedOn, now));
                    return view(c, replacement.replacedOn);
                });
    }

    /** Marks the active contracts of a permit that was revoked, expired or terminated; called by the consumer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int permitEnded(String permitNumber, PermitStatus permitStatus) {
        int marked = 0;
        for (LabourContract c : contracts.activeOnPermit(permitNumber)) {
            if (c.permitEnded(permitStatus)) {
                registry.record(c, RegistryAction.PERMIT_ENDED, replacedOn(c), null);
                marked++;
            }
        }
        return marked;
    }

    /**
     * The employer's contract, row-locked: changes of one contract (a replacement report writes no contract row)
     * then commit one after the other, so each records the state the previous one left and the pending entries
     * are chained in that order. Another employer's contract is answered as a missing one.
     */
    private LabourContract ownContract(ContractEmployer employer, UUID id, Long expectedVersion) {
        LabourContract c = contracts.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.isOwnedBy(employer)) {
            throw ProblemException.notFound("Contract", id);
        }
        if (expectedVersion != null && c.version != expectedVersion) {
            throw new ProblemException(ProblemType.STALE_VERSION,
                    "Contract " + id + " is at version " + c.version + ", not " + expectedVersion)
                    .with("currentVersion", c.version);
        }
        return c;
    }

    /** The contract with its chained registry sequences; the change just recorded is chained after the commit. */
    private ContractView view(LabourContract c, LocalDate replacedOn) {
        return ContractView.of(c, replacedOn, registryLog.sequencesOf(c.id));
    }

    private LocalDate replacedOn(LabourContract c) {
        return contracts.replacement(c.id).map(r -> r.replacedOn).orElse(null);
    }
}
