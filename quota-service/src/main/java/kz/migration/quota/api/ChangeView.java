package kz.migration.quota.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.quota.domain.ChangeKind;

@Schema(description = "A ministry decision with its reason, who made it and the ledger rows it wrote")
public record ChangeView(UUID changeId, ChangeKind kind, int year, String reason, String actor, String actorRole,
        Instant createdAt, List<LedgerEntryView> movements) {
}
