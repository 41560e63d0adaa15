package kz.migration.contract.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.contract.domain.RegistryAction;

/** One entry of the hash-chained registry log. */
@Schema(description = "A registry log entry; entryHash = SHA-256 over sequence, time, contract, action, stateHash, previousHash")
public record RegistryEntryView(long sequence, Instant recordedAt, UUID contractId, RegistryAction action,
        String stateHash, String previousHash, String entryHash) {
}
