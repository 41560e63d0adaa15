package kz.migration.quota.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.quota.domain.ChangeKind;

@Schema(description = "A ministry decision with its reason, who made it, the ledger rows it wrote and the version of the year's plan it produced (the plan's ETag is \"<year>.<planVersion>\"; absent for decisions made before plans were versioned)")
public record ChangeView(UUID changeId, ChangeKind kind, int year, String reason, String actor, String actorRole,
        Instant createdAt, List<LedgerEntryView> movements, Integer planVersion) {
}
