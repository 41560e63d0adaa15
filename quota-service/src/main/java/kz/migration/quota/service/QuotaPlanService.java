package kz.migration.quota.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.quota.api.ChangeView;
import kz.migration.quota.api.QuotaPlanRequest;
import kz.migration.quota.api.QuotaPlanRevision;
import kz.migration.quota.api.QuotaPlanView;
import kz.migration.quota.domain.Balance;
import kz.migration.quota.domain.CategoryShares;
import kz.migration.quota.domain.ChangeKind;
import kz.migration.quota.domain.Movement;
import kz.migration.quota.domain.PlanChange;
import kz.migration.quota.domain.QuotaDecision;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.quota.domain.QuotaPlan;
import kz.migration.quota.repository.QuotaRepository;

/**
 * A year's plan: set (the whole distribution of the categories named), revised (only the regions named) and read.
 * The plan is read, the domain decides on it, and the plan's version is then claimed with a conditional update, so
 * a decision made in between turns this one into a 412 or 428 rather than overwriting it.
 */
@ApplicationScoped
public class QuotaPlanService {

    @Inject
    QuotaRepository repository;

    @Inject
    MinistryDecisions decisions;

    @Inject
    Clock clock;

    /** Sets the national quota of each category named, distributed by region, all or nothing. */
    @Transactional
    @Audited("quota-plan.set")
    public IdempotencyKeys.Outcome<ChangeView> setPlan(QuotaPlanRequest request, String idempotencyKey,
            String ifMatch) {
        return decisions.once(ChangeKind.PLAN, "set-quota-plan", idempotencyKey, request, () -> {
            QuotaPlan plan = repository.findPlan(request.year());
            plan.checkIfMatch(ifMatch);
            return apply(plan, plan.plan(shares(request)), request.reason(), ifMatch);
        });
    }

    /** Changes the regions named of the categories named; every other region keeps its share. */
    @Transactional
    @Audited("quota-plan.revise")
    public IdempotencyKeys.Outcome<ChangeView> revise(int year, QuotaPlanRevision revision, String idempotencyKey,
            String ifMatch) {
        return decisions.once(ChangeKind.PLAN, "revise-quota-plan", idempotencyKey,
                Map.of("year", year, "revision", revision), () -> {
                    QuotaPlan plan = existing(year);
                    plan.checkIfMatch(ifMatch);
                    return apply(plan, plan.revise(shares(revision)), revision.reason(), ifMatch);
                });
    }

    @Transactional
    public QuotaPlanView plan(int year) {
        return QuotaPlanView.of(existing(year));
    }

    private QuotaPlan existing(int year) {
        QuotaPlan plan = repository.findPlan(year);
        if (!plan.exists()) {
            throw ProblemException.notFound("Quota plan of year", year);
        }
        return plan;
    }

    private ChangeView apply(QuotaPlan plan, PlanChange change, String reason, String ifMatch) {
        if (!change.violations().isEmpty()) {
            int count = change.violations().size();
            throw new ProblemException(ProblemType.VALIDATION,
                    count == 1 ? "1 field is invalid" : count + " fields are invalid", change.violations());
        }
        if (!change.belowCommitted().isEmpty()) {
            throw MinistryDecisions.belowCommitted(change.belowCommitted());
        }
        Instant now = clock.instant();
        QuotaDecision decision = decisions.open(ChangeKind.PLAN, plan.year(), claim(plan, ifMatch, now), reason,
                now);
        for (QuotaKey key : change.allocations().keySet()) {
            repository.ensureBalance(key, now);
        }
        List<Balance> refused = new ArrayList<>();
        for (QuotaKey key : repository.lockInOrder(List.copyOf(change.allocations().keySet()))) {
            // A reservation since the plan was read can still make an allocation too low: the update decides.
            Optional<QuotaRepository.AllocationChange> applied = repository.setAllocated(key,
                    change.allocations().get(key), null, now);
            if (applied.isPresent()) {
                decisions.applied(decision, applied.get(), Movement.ALLOCATION);
            } else {
                refused.add(repository.findBalance(key).orElseThrow());
            }
        }
        if (!refused.isEmpty()) {
            throw MinistryDecisions.belowCommitted(refused);
        }
        return decisions.view(decision);
    }

    /**
     * Claims the next version of the plan read: creates the first one, or advances it if still the version read.
     * When another decision on the year committed in between, If-Match is judged again against the plan as it is.
     */
    private int claim(QuotaPlan plan, String ifMatch, Instant now) {
        Optional<Integer> claimed = plan.exists()
                ? repository.advancePlan(plan.year(), plan.version(), now)
                : repository.createPlan(plan.year(), now) ? Optional.of(1) : Optional.empty();
        if (claimed.isPresent()) {
            return claimed.get();
        }
        QuotaPlan current = repository.findPlan(plan.year());
        current.checkIfMatch(ifMatch);
        throw new ProblemException(ProblemType.STALE_VERSION, "The quota plan of " + plan.year()
                + " was changed by another decision while this one was made; read it again");
    }

    private static List<CategoryShares> shares(QuotaPlanRequest request) {
        return request.categories().stream()
                .map(c -> new CategoryShares(c.category(), c.national(), shares(c.regions()))).toList();
    }

    private static List<CategoryShares> shares(QuotaPlanRevision revision) {
        return revision.categories().stream()
                .map(c -> new CategoryShares(c.category(), c.national(), shares(c.regions()))).toList();
    }

    private static List<CategoryShares.Share> shares(List<QuotaPlanRequest.RegionShare> regions) {
        return regions.stream().map(r -> new CategoryShares.Share(r.region(), r.allocated())).toList();
    }
}
