package kz.migration.quota.service;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.event.quota.QuotaAllocationChanged;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.common.web.RequestContext;
import kz.migration.quota.api.BalanceView;
import kz.migration.quota.api.ChangeView;
import kz.migration.quota.domain.Balance;
import kz.migration.quota.domain.ChangeKind;
import kz.migration.quota.domain.Movement;
import kz.migration.quota.domain.QuotaDecision;
import kz.migration.quota.domain.QuotaProblems;
import kz.migration.quota.repository.QuotaRepository;

/**
 * What every ministry decision shares, in the caller's transaction: the retry guard its kind asks for, the
 * {@code quota_change} row (who, when, why, the plan version it produced), and for each allocation it changed a
 * ledger row, a {@code QuotaAllocationChanged} event and the threshold review.
 */
@ApplicationScoped
public class MinistryDecisions {

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

    /**
     * Runs {@code action} once per Idempotency-Key of this caller and operation; 428 without a key if required.
     * {@code operation} names the keys' scope: it stays the same across releases, so a retry in flight replays.
     */
    public IdempotencyKeys.Outcome<ChangeView> once(ChangeKind kind, String operation, String idempotencyKey,
            Object request, Supplier<ChangeView> action) {
        String scope = operation + ":" + caller.subject();
        return kind.requiresIdempotencyKey()
                ? idempotencyKeys.onceRequired(scope, idempotencyKey, request, ChangeView.class, action)
                : idempotencyKeys.once(scope, idempotencyKey, request, ChangeView.class, action);
    }

    /** Records the decision itself, before the movements that name it. */
    public QuotaDecision open(ChangeKind kind, int year, int planVersion, String reason, Instant now) {
        QuotaDecision decision = QuotaDecision.of(kind, year, planVersion, reason, caller.subject(), caller.role(),
                requestContext.current().correlationId(), now);
        repository.insertDecision(decision);
        return decision;
    }

    /** Ledger row, event and threshold review of one changed allocation (nothing when it did not move). */
    public void applied(QuotaDecision decision, QuotaRepository.AllocationChange change, Movement movement) {
        if (change.delta() == 0) {
            return;
        }
        Balance balance = change.balance();
        repository.appendDecisionLedger(balance.key(), movement, change.delta(), decision.id(), decision.at());
        outbox.append(balance.key().aggregateId(), new QuotaAllocationChanged(balance.key().year(),
                balance.key().region(), balance.key().category().name(), balance.allocated(), change.delta(),
                decision.reason(), decision.at(), decision.id(), decision.kind().name()));
        alerts.review(balance);
    }

    /** The decision as recorded, with its ledger rows. */
    public ChangeView view(QuotaDecision decision) {
        return repository.findChange(decision.id()).orElseThrow();
    }

    /** The refusal of allocations below what is reserved and used, naming every refused balance. */
    public static ProblemException belowCommitted(List<Balance> refused) {
        Balance first = refused.get(0);
        return new ProblemException(QuotaProblems.ALLOCATION_BELOW_COMMITTED,
                "An allocation cannot go below what is reserved and used: " + first.key().region() + " "
                        + first.key().category() + " has " + first.committed() + " committed units"
                        + (refused.size() > 1 ? " (and " + (refused.size() - 1) + " more)" : ""))
                .with("refused", refused.stream().map(BalanceView::of).toList());
    }
}
