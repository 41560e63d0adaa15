package kz.migration.quota.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.quota.api.AllocationAdjustment;
import kz.migration.quota.api.ChangeView;
import kz.migration.quota.api.ReallocationRequest;
import kz.migration.quota.domain.Balance;
import kz.migration.quota.domain.ChangeKind;
import kz.migration.quota.domain.Movement;
import kz.migration.quota.domain.QuotaDecision;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.quota.domain.QuotaPlan;
import kz.migration.quota.domain.Reallocation;
import kz.migration.quota.repository.QuotaRepository;

/**
 * Decisions on single balances: reallocations between two regions and adjustments of one allocation. Each first
 * advances the year's plan version (its row lock orders the ministry's decisions on the year), lets the domain
 * decide on the plan as it then is, and moves units with conditional updates whose WHERE clause is the limit.
 */
@ApplicationScoped
public class AllocationService {

    @Inject
    QuotaRepository repository;

    @Inject
    MinistryDecisions decisions;

    @Inject
    Clock clock;

    @Transactional
    @Audited("quota.reallocate")
    public IdempotencyKeys.Outcome<ChangeView> reallocate(ReallocationRequest request, String idempotencyKey) {
        Reallocation move = new Reallocation(request.year(), request.category(), request.fromRegion(),
                request.toRegion(), request.units());
        return decisions.once(ChangeKind.REALLOCATION, "reallocate-quota", idempotencyKey, request,
                () -> applyReallocation(move, request.reason()));
    }

    /**
     * Raises or lowers one allocation under the balance's ETag: a change in between by another ministry decision is
     * a 412, while reservations do not count as changes.
     */
    @Transactional
    @Audited(value = "quota.adjust", idFrom = "aggregateId")
    public Balance adjust(QuotaKey key, AllocationAdjustment adjustment, String ifMatch) {
        Balance current = repository.findBalance(key)
                .orElseThrow(() -> ProblemException.notFound("Quota", key.aggregateId()));
        current.checkIfMatch(ifMatch);
        if (current.allocated() == adjustment.allocated()) {
            // The same allocation again: no decision to record, and the ETag others hold stays current.
            return current;
        }
        if (!current.admits(adjustment.allocated())) {
            throw MinistryDecisions.belowCommitted(List.of(current));
        }
        Instant now = clock.instant();
        QuotaDecision decision = decisions.open(ChangeKind.ADJUSTMENT, key.year(), advancePlan(key),
                adjustment.reason(),
                now);
        QuotaRepository.AllocationChange change = repository
                .setAllocated(key, adjustment.allocated(), current.allocationVersion(), now).orElseThrow(() -> {
                    Balance latest = repository.findBalance(key).orElseThrow();
                    return latest.allocationVersion() != current.allocationVersion()
                            ? new ProblemException(ProblemType.STALE_VERSION, "The allocation of "
                                    + key.aggregateId() + " was changed by another decision; read it again")
                            : MinistryDecisions.belowCommitted(List.of(latest));
                });
        decisions.applied(decision, change, Movement.ALLOCATION);
        return change.balance();
    }

    private ChangeView applyReallocation(Reallocation move, String reason) {
        List<Problem.Violation> violations = move.violations();
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations.size() == 1
                    ? "1 field is invalid"
                    : violations.size() + " fields are invalid", violations);
        }
        QuotaKey from = new QuotaKey(move.year(), move.fromRegion(), move.category());
        QuotaKey to = new QuotaKey(move.year(), move.toRegion(), move.category());
        int version = advancePlan(from);
        repository.findPlan(move.year()).checkReallocation(move);
        Instant now = clock.instant();
        QuotaDecision decision = decisions.open(ChangeKind.REALLOCATION, move.year(), version, reason, now);
        repository.ensureBalance(to, now);
        repository.lockInOrder(List.of(from, to));
        // Reservations keep moving while the plan is read: the conditional update has the last word on what is free.
        Balance taken = repository.takeFree(from, move.units(), now).orElseThrow(
                () -> QuotaPlan.insufficientFree(repository.findBalance(from).orElseThrow(), move.units()));
        Balance added = repository.addAllocated(to, move.units(), now);
        decisions.applied(decision, new QuotaRepository.AllocationChange(taken.allocated() + move.units(), taken),
                Movement.REALLOCATION);
        decisions.applied(decision, new QuotaRepository.AllocationChange(added.allocated() - move.units(), added),
                Movement.REALLOCATION);
        return decisions.view(decision);
    }

    /** Advances the version of the year's plan, holding its lock to commit; 404 when the year has no plan. */
    private int advancePlan(QuotaKey key) {
        return repository.advancePlan(key.year(), null, clock.instant())
                .orElseThrow(() -> ProblemException.notFound("Quota", key.aggregateId()));
    }
}
