package kz.migration.contract.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.audit.AuditTrail;
import kz.migration.common.audit.Audited;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.ProblemException;
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
import kz.migration.contract.repository.ContractRegistrationRepository;
import kz.migration.contract.repository.ContractRegistrationRepository.PermitChangedException;
import kz.migration.contract.repository.ContractRegistrationRepository.RegistrationRead;
import kz.migration.contract.repository.ContractRegistrationRepository.Session;
import kz.migration.contract.repository.ContractRegistrationRepository.StoredRequest;
import kz.migration.contract.repository.RegistryRepository.PendingEntry;

/**
 * Registers labour contracts in two statements on one connection, neither inside a transaction: one read of the
 * Idempotency-Key's earlier request, the permit and its active contract; then {@link ContractRules} judge; then one
 * call that claims the key, locks the permit, checks it is still as judged and writes the contract, its registry entry
 * and event, the audit record and the stored response. A permit that changed in between is read and judged again.
 */
@ApplicationScoped
public class ContractRegistrationService {

    static final String ACTION = "contract.register";

    /** Judgements on a permit that keeps changing under them before the registration gives up with 409. */
    static final int ATTEMPTS = 3;

    @Inject
    ContractRegistrationRepository registrations;

    @Inject
    RegistryService registry;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    AuditTrail audit;

    @Inject
    ContractRules rules;

    @Inject
    Clock clock;

    /** The registered contract as answered: its id and version, and the response body, byte for byte as stored. */
    public record RegisteredContract(UUID id, long version, String body) {
    }

    /**
     * Registers the contract of {@code employer}; a retry with the same key replays the stored response, and no key
     * is 428 (a blind retry would register the contract twice). A refusal is audited and changes nothing else.
     */
    @Audited(value = ACTION, idFrom = "permitNumber", successRecordedByMethod = true)
    public IdempotencyKeys.Outcome<RegisteredContract> register(ContractEmployer employer, String idempotencyKey,
            RegisterContractRequest request) {
        idempotencyKeys.requireKey(idempotencyKey);
        String scope = scope("register-contract", employer);
        String requestHash = idempotencyKeys.requestHash(request);
        Attempt attempt;
        // Closed before the replay's audit and the interceptor's audit of a refusal, which borrow connections too.
        try (Session session = registrations.session()) {
            attempt = register(session, employer, scope, idempotencyKey, requestHash, request);
        }
        if (attempt.earlier() != null) {
            return replay(idempotencyKey, requestHash, attempt.earlier());
        }
        registry.recorded();
        return new IdempotencyKeys.Outcome<>(attempt.registered(), false);
    }

    /** What a registration came to on its connection: the contract registered, or the key's earlier request. */
    private record Attempt(RegisteredContract registered, StoredRequest earlier) {
    }

    private Attempt register(Session session, ContractEmployer employer, String scope, String idempotencyKey,
            String requestHash, RegisterContractRequest request) {
        for (int attempt = 1;; attempt++) {
            RegistrationRead read = session.read(scope, idempotencyKey, request.terms().permitNumber());
            if (read.earlier().isPresent()) {
                return new Attempt(null, read.earlier().get());
            }
            Accepted accepted = judge(employer, request, read);
            try {
                Optional<StoredRequest> earlier = session.register(scope, idempotencyKey, requestHash,
                        accepted.body(), read.permit(), accepted.contract(), accepted.entry(),
                        audit.successRecord(ACTION, accepted.contract().id));
                if (earlier.isPresent()) {
                    return new Attempt(null, earlier.get());
                }
                return new Attempt(new RegisteredContract(accepted.contract().id, accepted.contract().version,
                        accepted.body()), null);
            } catch (PermitChangedException changed) {
                if (attempt == ATTEMPTS) {
                    throw ProblemException.conflict("Permit " + request.terms().permitNumber() + " changed "
                            + ATTEMPTS + " times while the contract was being registered; nothing was registered, "
                            + "retry with the same " + IdempotencyKeys.HEADER);
                }
            }
        }
    }

    /**
     * Idempotency keys are per operation and employer; an individual's scope is marked so that an IIN never meets a
     * BIN of the same digits (a company's scope is as it always was, so stored keys keep replaying).
     */
    static String scope(String operation, ContractEmployer employer) {
        return operation + ":" + (employer.individual() ? "iin:" : "") + employer.id();
    }

    /** A registration the rules accepted: the contract, its pending registry entry and the response body. */
    private record Accepted(LabourContract contract, PendingEntry entry, String body) {
    }

    private Accepted judge(ContractEmployer employer, RegisterContractRequest request, RegistrationRead read) {
        ContractTerms terms = request.terms();
        LocalDate today = LocalDate.now(clock);
        terms.requireWellFormed(today);
        PermitView permit = read.permit();
        boolean backsActiveContract = permit != null && permit.kind == PermitKind.EMPLOYER
                && read.activeEmployerContract();
        Findings.refuseIfAny(rules.registration(new Registration(employer, terms, permit, backsActiveContract)));
        boolean late = rules.isLateRegistration(terms.signedOn(), today);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LabourContract c = LabourContract.register(UUID.randomUUID(),
                ContractNumber.format(today.getYear(), read.contractNumber()), employer, terms, permit, now, late)
                .namingParties(request.employerName(), request.recruitmentAgencyBin());
        PendingEntry entry = registry.pendingEntry(c, RegistryAction.REGISTERED, null, ContractEvents.registered(c));
        return new Accepted(c, entry, idempotencyKeys.write(ContractView.of(c, null, List.of())));
    }

    /** The stored response of the key's first request, audited as the interceptor audits every success. */
    private IdempotencyKeys.Outcome<RegisteredContract> replay(String key, String requestHash, StoredRequest earlier) {
        idempotencyKeys.requireSameRequest(key, requestHash, earlier.requestHash());
        if (earlier.response() == null) {
            throw ProblemException.conflict("The first request with " + IdempotencyKeys.HEADER + " " + key
                    + " has not finished; retry with the same key");
        }
        ContractView view = idempotencyKeys.read(earlier.response(), ContractView.class);
        audit.success(ACTION, view.id());
        return new IdempotencyKeys.Outcome<>(new RegisteredContract(view.id(), view.version(), earlier.response()),
                true);
    }
}
