package kz.migration.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry with its neighbours' hashes and the current head, so a holder can check its link. */
@Schema(description = "Inclusion proof of one registry entry")
public record RegistryProof(RegistryEntryView entry, Link previous, Link next, Link head) {

    /** A neighbouring entry reduced to what links it: its own hash and the hash it points back to. */
    @Schema(name = "RegistryLink")
    public record Link(long sequence, String entryHash, String previousHash) {
    }
}
