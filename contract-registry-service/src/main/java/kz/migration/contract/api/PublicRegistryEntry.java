package kz.migration.contract.api;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.contract.domain.RegistryAction;
import kz.migration.contract.domain.RegistryLeaves;
import kz.migration.contract.repository.RegistryRepository.ContractEntry;
import kz.migration.tlog.RegistryLeaf;

/**
 * One registry entry of the worker's contract with everything that makes its public leaf: the worker recomputes the
 * leaf from the canonical state and the contract's salt, then checks its inclusion proof against a checkpoint.
 */
@Schema(description = "A registry entry of this contract with its leaf preimage (docs/registry-proofs.md §2): "
        + "stateHash = SHA-256(canonicalState), saltedStateHash = SHA-256(stateSalt || stateHash), leaf = the "
        + "format-1 encoding of sequence, recordedAt, contractId, action and saltedStateHash, leafHash = "
        + "SHA-256(0x00 || leaf). Recompute them, then verify the leaf against a checkpoint with "
        + "GET /api/v1/public/registry/entries/{sequence}/inclusion")
public record PublicRegistryEntry(
        long sequence,
        @Schema(description = "sequence - 1") long leafIndex,
        @Schema(description = "The entry's time, to the microsecond") Instant recordedAt,
        @Schema(description = "The contract's id: a random UUID, the only link between its entries in the public log") UUID contractId,
        RegistryAction action,
        @Schema(description = "The contract's state as this entry recorded it: the canonical JSON whose SHA-256 is stateHash. It holds the contract's personal data, which is why only the leaf's salted hash is public") String canonicalState,
        @Schema(description = "SHA-256 of canonicalState (UTF-8), hex") String stateHash,
        @Schema(description = "SHA-256(stateSalt || stateHash bytes), base64") String saltedStateHash,
        @Schema(description = "The leaf bytes, base64") String leaf,
        @Schema(description = "SHA-256(0x00 || leaf), base64: the tree's leaf hash") String leafHash) {

    public static PublicRegistryEntry of(ContractEntry entry, UUID contractId, byte[] salt) {
        RegistryLeaf leaf = RegistryLeaves.leaf(entry.sequence(), entry.recordedAt(), contractId, entry.action(),
                entry.stateHash(), salt);
        return new PublicRegistryEntry(entry.sequence(), leaf.leafIndex(), entry.recordedAt(), contractId,
                entry.action(), entry.state(), entry.stateHash(), leaf.saltedStateHash().base64(),
                Base64.getEncoder().encodeToString(leaf.encode()), leaf.leafHash().base64());
    }
}
