package kz.migration.contract.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.contract.domain.RegistryAction;

/** One entry of the hash-chained registry log. */
@Schema(description = "A registry log entry; entryHash = SHA-256 over sequence, time, contract, action, stateHash, previousHash", example = """
        {"sequence": 42, "recordedAt": "2026-11-23T05:12:00Z", "contractId": "0f8e7c4e-3b7a-4d55-9d3e-1f2a3b4c5d6e",
         "action": "REGISTERED", "stateHash": "9f2c4e1a7b3d5f60c8e2a4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5",
         "previousHash": "1a3c5e7b9d1f3a5c7e9b1d3f59f2c4e1a7b3d5f60c8e2a4b6d8f0a1c3e5b7d9f",
         "entryHash": "c8e2a4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f59f2c4e1a7b3d5f60"}""")
public record RegistryEntryView(long sequence, Instant recordedAt, UUID contractId, RegistryAction action,
        String stateHash, String previousHash, String entryHash) {
}
