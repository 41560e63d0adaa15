package kz.migration.contract.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9162 §2.1.4: the tree of {@code to} entries extends the one of {@code from}. */
@Schema(description = "Consistency proof between two tree sizes (RFC 9162 §2.1.4): with the two checkpoints' roots, "
        + "it shows that the log of `to` entries is the log of `from` entries with entries appended, nothing else")
public record RegistryConsistencyProof(
        long from,
        long to,
        @Schema(description = "Node hashes, base64 (32 bytes each); empty when from equals to") List<String> proof) {
}
