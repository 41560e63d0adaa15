package kz.migration.contract.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import kz.migration.common.rules.Rule;

/**
 * When the registry signs a checkpoint of its tree: after a sequencer batch that grew the tree, at most once per
 * interval (once a second), so a checkpoint is never more than about a second behind the log while a burst of
 * registrations does not produce a signature per batch. The empty log gets one too, so that a checkpoint is always
 * there to fetch.
 */
@Rule("contract.registry.checkpoint-cadence")
public record CheckpointCadence(Duration minimumInterval) {

    public static final CheckpointCadence ONCE_A_SECOND = new CheckpointCadence(Duration.ofSeconds(1));

    /** The latest checkpoint signed: its tree size and when. */
    public record Latest(long treeSize, Instant signedAt) {
    }

    public CheckpointCadence {
        Objects.requireNonNull(minimumInterval, "minimumInterval");
        if (minimumInterval.isNegative()) {
            throw new IllegalArgumentException("a negative interval between checkpoints: " + minimumInterval);
        }
    }

    /**
     * Whether to sign the tree of {@code treeSize} leaves at {@code now}, given the latest checkpoint ({@code null}
     * before the first). A clock that stands before the latest signature (a test or demo clock moved back) does not
     * hold checkpoints back until it catches up.
     */
    public boolean isDue(Latest latest, long treeSize, Instant now) {
        if (latest == null) {
            return true;
        }
        if (treeSize <= latest.treeSize()) {
            return false;
        }
        return now.isBefore(latest.signedAt()) || !now.isBefore(latest.signedAt().plus(minimumInterval));
    }
}
