package kz.migration.contract.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of recomputing the whole chain. */
@Schema(description = "Result of verifying the registry chain")
public record RegistryVerification(
        boolean intact,
        long entriesChecked,
        long headSequence,
        String headHash,
        @Schema(description = "First entry whose content or link does not verify; absent when intact") Long firstBrokenSequence,
        @Schema(description = "What failed at firstBrokenSequence") String problem,
        @Schema(description = "Changes recorded but not chained yet (the sequencer chains them within milliseconds); "
                + "they are not part of this verification") long pendingEntries,
        Instant verifiedAt) {
}
