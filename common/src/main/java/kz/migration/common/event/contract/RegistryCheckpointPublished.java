package kz.migration.common.event.contract;

import java.time.Instant;

import kz.migration.common.event.EventPayload;

/**
 * The contract registry signed a checkpoint of its log: the size and root hash of its Merkle tree (RFC 9162), as a
 * c2sp.org/tlog-checkpoint in a c2sp.org/signed-note with Ed25519. {@code checkpoint} is the note exactly as
 * {@code GET /api/v1/public/registry/checkpoint} serves it; keep it, and a later consistency proof shows that the log
 * only grew since. {@code rootHash} is base64, as in the note. Published after sequencer batches, at most once a
 * second; key {@code registry-checkpoint}, so checkpoints stay in order.
 */
public record RegistryCheckpointPublished(
        String origin,
        long treeSize,
        String rootHash,
        Instant signedAt,
        String checkpoint) implements EventPayload {
}
