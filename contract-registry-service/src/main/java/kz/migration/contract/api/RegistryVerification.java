package kz.migration.contract.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of recomputing the whole log: the hash chain, the Merkle tree and the latest checkpoint. */
@Schema(description = "Result of verifying the registry log: the hash chain, every leaf and node of the Merkle tree "
        + "recomputed from the stored entries, and the latest checkpoint")
public record RegistryVerification(
        boolean intact,
        long entriesChecked,
        long headSequence,
        String headHash,
        @Schema(description = "First entry whose content, link or tree node does not verify (for a tree node, the "
                + "entry that completed it; for a checkpoint, its tree size); absent when intact") Long firstBrokenSequence,
        @Schema(description = "What failed at firstBrokenSequence") String problem,
        @Schema(description = "Changes recorded but not chained yet (the sequencer chains them within milliseconds); "
                + "they are not part of this verification") long pendingEntries,
        Instant verifiedAt,
        @Schema(description = "Entries that are leaves of the Merkle tree (equal to headSequence once the tree has "
                + "caught up)") long treeSize,
        @Schema(description = "Root of the tree of treeSize leaves, recomputed from the entries, base64") String rootHash,
        @Schema(description = "Stored tree nodes compared with their recomputation (about two per entry)") long nodesChecked,
        @Schema(description = "Tree size of the latest signed checkpoint, whose signature and root were checked; "
                + "absent before the first") Long checkpointTreeSize) {
}
