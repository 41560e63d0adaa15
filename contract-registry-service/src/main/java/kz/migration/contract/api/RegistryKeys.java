package kz.migration.contract.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The keys that verify the registry's checkpoints: the ones signing now and every one that ever signed. */
@Schema(description = "The registry log's origin and the verifier keys of its checkpoints (c2sp.org/signed-note "
        + "Ed25519 keys). Pin the active key(s) once, from a source you trust; retired keys stay listed so that the "
        + "checkpoints they signed keep verifying")
public record RegistryKeys(
        @Schema(description = "The log's name: the first line of every checkpoint and the name of its keys", example = "registry.migration.gov.kz/contracts") String origin,
        List<Key> keys) {

    /** Whether a key signs new checkpoints. */
    public enum Status {
        ACTIVE, RETIRED
    }

    /** One verifier key with what it signed. */
    @Schema(name = "RegistryCheckpointKey")
    public record Key(
            @Schema(description = "The verifier key, <name>+<key ID>+<base64(0x01 || Ed25519 public key)>", example = "registry.migration.gov.kz/contracts+8faf39e0+AZhOSwxryRDALwOFHw9c3tpX9194tzN5Cdj/InMie2CS") String verifierKey,
            @Schema(description = "The key name: the origin, as in the signature lines of a checkpoint") String keyName,
            @Schema(description = "The first 4 bytes of SHA-256(name || 0x0A || 0x01 || public key), hex", example = "8faf39e0") String keyId,
            @Schema(description = "ACTIVE: signs every new checkpoint (two keys during a rotation); RETIRED: signs no more") Status status,
            @Schema(description = "Tree size of the first checkpoint it signed; absent before its first") Long firstTreeSize,
            Instant firstSignedAt,
            @Schema(description = "Tree size of the last checkpoint it signed: for a retired key, the last it ever signed") Long lastTreeSize,
            Instant lastSignedAt,
            @Schema(description = "An active key's planned rotation: a year after its first checkpoint by default") Instant rotateBy) {
    }
}
