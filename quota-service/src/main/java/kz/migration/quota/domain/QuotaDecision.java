package kz.migration.quota.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import kz.migration.common.rules.Rule;

/**
 * A ministry decision as the audit keeps it: what kind, for which year, why, who made it in which role, when, and
 * the version of the year's plan it produced. Every ledger row it writes and every {@code QuotaAllocationChanged} it
 * publishes names its {@code id}.
 */
@Rule("quota.decisions.audited")
public record QuotaDecision(UUID id, ChangeKind kind, int year, int planVersion, String reason, String actor,
        String actorRole, String correlationId, Instant at) {

    public QuotaDecision {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(at);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A quota decision states its reason");
        }
        if (actor == null || actor.isBlank() || actorRole == null || actorRole.isBlank()) {
            throw new IllegalArgumentException("A quota decision names who made it and in which role");
        }
        reason = reason.strip();
    }

    public static QuotaDecision of(ChangeKind kind, int year, int planVersion, String reason, String actor,
            String actorRole, String correlationId, Instant at) {
        return new QuotaDecision(UUID.randomUUID(), kind, year, planVersion, reason, actor, actorRole, correlationId,
                at);
    }
}
