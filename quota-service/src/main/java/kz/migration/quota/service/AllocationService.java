package kz.migration.quota.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.domain.PermitCategory;
import kz.migration.common.event.quota.QuotaAllocationChanged;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.security.Caller;
import kz.migration.common.web.RequestContext;
import kz.migration.quota.api.AllocationAdjustment;
import kz.migration.quota.api.BalanceView;
import kz.migration.quota.api.ChangeView;
import kz.migration.quota.api.QuotaPlanRequest;
import kz.migration.quota.api.ReallocationRequest;
import kz.migration.quota.domain.Balance;
import kz.migration.quota.domain.ChangeKind;
import kz.migration.quota.domain.Movement;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.quota.repository.QuotaRepository;

/**
 * The ministry's decisions: a year's plan, reallocations between regions and single adjustments. Each is one
 * transaction with a {@code quota_change} row (reason, actor), ledger rows and {@code QuotaAllocationChanged}
 * events; the limits ("not below reserved + used", "only what is free") are the WHERE clauses of the updates.
 */
@ApplicationScoped
public class AllocationService {

    @Inject
    QuotaRepository repository;

    @Inject
    ThresholdAlerts alerts;

    @Inject
    Outbox outbox;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Caller caller;

    @Inject
    RequestContext requestContext;

    @Inject
    Clock clock;

    /** Sets the national quota of each category named, distributed by region, all or nothing. */
    @Transactional
    @Audited("quota-plan.set")
    public IdempotencyKeys.Outcome<ChangeView> setPlan(QuotaPlanRequest plan, String idempotencyKey) {
        validate(plan);
        return idempotencyKeys.once("set-quota-plan:" + caller.subject(), idempotencyKey, plan, ChangeView.class,
                () -> applyPlan(plan));
    }

    @Transactional
    @Audited("quota.reallocate")
    public IdempotencyKeys.Outcome<ChangeView> reallocate(ReallocationRequest request, String idempotencyKey) {
        if (!request.category().countsAgainstQuota()) {
            throw ProblemException.invalid("category", "is outside the quota");
        }
        if (request.fromRegion().equals(request.toRegion())) {
            throw ProblemException.invalid("toRegion", "must differ from fromRegion");
        }
        return idempotencyKeys.once("reallocate-quota:" + caller.subject(), idempotencyKey, request,
                ChangeView.class, () -> applyReallocation(request));
    }

    /**
     * Raises or lowers one allocation. {@code expectedVersion} is the ETag the ministry read; a change in between
     * by another ministry decision is a 412, while reservations do not count as changes.
     */
    @Transactional
    @Audited(value = "quota.adjust", idFrom = "aggregateId")
    public Balance adjust(QuotaKey key, AllocationAdjustment adjustment, int expectedVersion) {
        Balance current = repository.findBalance(key)
                .orElseThrow(() -> ProblemException.notFound("Quota", key.aggregateId()));
        if (current.allocationVersion() != expectedVersion) {
            throw stale(key);
        }
        if (current.allocated() == adjustment.allocated()) {
            // The same allocation again: no decision to record, and the ETag others hold stays current.
            return current;
        }
        UUID changeId = UUID.randomUUID();
        Instant now = clock.instant();
        recordChange(changeId, ChangeKind.ADJUSTMENT, key.year(), adjustment.reason(), now);
        QuotaRepository.AllocationChange change = repository
                .setAllocated(key, adjustment.allocated(), expectedVersion, now).orElseThrow(() -> {
                    Balance latest = repository.findBalance(key).orElseThrow();
                    return latest.allocationVersion() != expectedVersion
                            ? stale(key)
                            : belowCommitted(List.of(latest));
                });
        applied(change, Movement.ALLOCATION, changeId, adjustment.reason(), now);
        return change.balance();
    }

    private ChangeView applyPlan(QuotaPlanRequest plan) {
        UUID changeId = UUID.randomUUID();
        Instant now = clock.instant();
        recordChange(changeId, ChangeKind.PLAN, plan.year(), plan.reason(), now);
        Map<QuotaKey, Integer> targets = new LinkedHashMap<>();
        for (QuotaPlanRequest.CategoryPlan category : plan.categories()) {
            // Regions the plan leaves out of a category it names go to zero: the plan is the whole distribution.
            for (QuotaKey existing : repository.balancesOf(plan.year(), category.category())) {
                targets.put(existing, 0);
            }
            for (QuotaPlanRequest.RegionShare share : category.regions()) {
                QuotaKey key = new QuotaKey(plan.year(), share.region(), category.category());
                repository.ensureBalance(key, now);
                targets.put(key, share.allocated());
            }
        }
        List<Balance> refused = new ArrayList<>();
        for (QuotaKey key : repository.lockInOrder(List.copyOf(targets.keySet()))) {
            Optional<QuotaRepository.AllocationChange> change = repository.setAllocated(key, targets.get(key),
                    null, now);
            if (change.isEmpty()) {
                refused.add(repository.findBalance(key).orElseThrow());
            } else {
                applied(change.get(), Movement.ALLOCATION, changeId, plan.reason(), now);
            }
        }
        if (!refused.isEmpty()) {
            throw belowCommitted(refused);
        }
        return repository.findChange(changeId).orElseThrow();
    }

    private ChangeView applyReallocation(ReallocationRequest request) {
        QuotaKey from = new QuotaKey(request.year(), request.fromRegion(), request.category());
        QuotaKey to = new QuotaKey(request.year(), request.toRegion(), request.category());
        if (repository.findBalance(from).isEmpty()) {
            throw ProblemException.notFound("Quota", from.aggregateId());
        }
        UUID changeId = UUID.randomUUID();
        Instant now = clock.instant();
        recordChange(changeId, ChangeKind.REALLOCATION, request.year(), request.reason(), now);
        repository.ensureBalance(to, now);
        repository.lockInOrder(List.of(from, to));
        Balance taken = repository.takeFree(from, request.units(), now).orElseThrow(() -> {
            Balance source = repository.findBalance(from).orElseThrow();
            return new ProblemException(QuotaProblems.INSUFFICIENT_FREE_QUOTA,
                    request.fromRegion() + " has " + source.free() + " free units of " + request.category() + " in "
                            + request.year() + ", fewer than the " + request.units() + " to move")
                    .with("free", source.free()).with("requested", request.units());
        });
        Balance added = repository.addAllocated(to, request.units(), now);
        applied(new QuotaRepository.AllocationChange(taken.allocated() + request.units(), taken),
                Movement.REALLOCATION, changeId, request.reason(), now);
        applied(new QuotaRepository.AllocationChange(added.allocated() - request.units(), added),
                Movement.REALLOCATION, changeId, request.reason(), now);
        return repository.findChange(changeId).orElseThrow();
    }

    private void recordChange(UUID changeId, ChangeKind kind, int year, String reason, Instant now) {
        repository.insertChange(changeId, kind, year, reason.trim(), caller.subject(), caller.role(),
                requestContext.current().correlationId(), now);
    }

    /** Ledger row, event and threshold review of one changed allocation (nothing when it did not move). */
    private void applied(QuotaRepository.AllocationChange change, Movement movement, UUID changeId, String reason,
            Instant now) {
        if (change.delta() == 0) {
            return;
        }
        Balance balance = change.balance();
        repository.appendChangeLedger(balance.key(), movement, change.delta(), changeId, now);
        outbox.append(balance.key().aggregateId(),
                new QuotaAllocationChanged(balance.key().year(), balance.key().region(),
                        balance.key().category().name(), balance.allocated(), change.delta(), reason.trim(), now));
        alerts.review(balance);
    }

    /** Sums and duplicates: bad input (400 with one violation per field), checked before anything changes. */
    private static void validate(QuotaPlanRequest plan) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<PermitCategory> categories = new HashSet<>();
        for (int i = 0; i < plan.categories().size(); i++) {
            QuotaPlanRequest.CategoryPlan category = plan.categories().get(i);
            String path = "categories[" + i + "]";
            if (!category.category().countsAgainstQuota()) {
                violations.add(new Problem.Violation(path + ".category", "is outside the quota"));
            }
            if (!categories.add(category.category())) {
                violations.add(new Problem.Violation(path + ".category", "appears more than once"));
            }
            Set<String> regions = new HashSet<>();
            long sum = 0;
            for (int j = 0; j < category.regions().size(); j++) {
                QuotaPlanRequest.RegionShare share = category.regions().get(j);
                if (!regions.add(share.region())) {
                    violations.add(new Problem.Violation(path + ".regions[" + j + "].region",
                            "appears more than once"));
                }
                sum += share.allocated();
            }
            if (sum != category.national()) {
                violations.add(new Problem.Violation(path + ".regions",
                        "regional shares sum to " + sum + ", not the national " + category.national()));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid",
                    violations);
        }
    }

    private static ProblemException belowCommitted(List<Balance> refused) {
        Balance first = refused.get(0);
        return new ProblemException(QuotaProblems.ALLOCATION_BELOW_COMMITTED,
                "An allocation cannot go below what is reserved and used: " + first.key().region() + " "
                        + first.key().category() + " has " + first.committed() + " committed units"
                        + (refused.size() > 1 ? " (and " + (refused.size() - 1) + " more)" : ""))
                .with("refused", refused.stream().map(BalanceView::of).toList());
    }

    private static ProblemException stale(QuotaKey key) {
        return new ProblemException(ProblemType.STALE_VERSION,
                "The allocation of " + key.aggregateId() + " was changed by another decision; read it again");
    }
}
