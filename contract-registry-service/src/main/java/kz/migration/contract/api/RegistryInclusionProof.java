package kz.migration.contract.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9162 §2.1.3: the audit path of one entry in a tree of a given size. */
@Schema(description = "Inclusion proof of a registry entry (RFC 9162 §2.1.3): with the entry's leaf, the audit path "
        + "leads to the root of the tree of treeSize entries, which a checkpoint of that size signs")
public record RegistryInclusionProof(
        @Schema(description = "The entry's registry sequence") long sequence,
        @Schema(description = "Its leaf index: sequence - 1") long leafIndex,
        long treeSize,
        @Schema(description = "Sibling hashes from the leaf up, base64 (32 bytes each); at most ⌈log2 treeSize⌉") List<String> auditPath) {
}
