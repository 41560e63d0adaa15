package kz.migration.contract.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Deadlines and registry-log settings of the contract registry; the law changes these, so they are config. */
@ConfigMapping(prefix = "contract.registry")
public interface ContractRegistryConfig {

    /** A contract registered more than this many working days after signing is accepted but flagged late. */
    @WithDefault("5")
    int registrationDeadlineWorkingDays();

    /** An amendment registered more than this many calendar days after it was signed is flagged late. */
    @WithDefault("15")
    int amendmentDeadlineDays();

    /**
     * How often the registry head is published as RegistryHeadAnchored (only when it moved): an ISO-8601 duration,
     * or "off". Read by the scheduler, hence a string.
     */
    @WithDefault("PT10M")
    String anchorInterval();

    /** Rows fetched per round trip while verifying the chain; memory stays constant whatever the log size. */
    @WithDefault("1000")
    int verifyFetchSize();

    /** Pending registry entries chained per sequencer transaction. */
    @WithDefault("500")
    int sequencerBatchSize();

    /**
     * The sequencer vacuums the pending-entry queue after chaining this many entries (0: leave it to autovacuum,
     * which visits at most once a minute while every chained entry leaves a dead row behind).
     */
    @WithDefault("2000")
    int pendingVacuumEvery();

    /**
     * How often the sequencer looks for pending entries by itself; a commit with pending entries starts it at once,
     * so this only bounds the delay for entries committed by another instance or left by a failed drain. Read by
     * the scheduler (ISO-8601 duration).
     */
    @WithDefault("PT1S")
    Duration sequencerPollInterval();

    /**
     * How long the sequencer waits after a commit announced a pending entry before it chains: the commits of that
     * time share one transaction, one outbox statement and one relay batch. Without it, at one client each
     * registration cost a batch of its own (docs/performance.md); under load a drain is already queued and this
     * adds nothing. Zero chains at once.
     */
    @WithDefault("PT0.01S")
    Duration sequencerLinger();

    /**
     * Leaves appended to the Merkle tree per sequencer transaction at most. The sequencer appends what it chains, a
     * batch at a time; only the entries chained before the tree existed are appended in such steps at start-up.
     */
    @WithDefault("10000")
    int treeAppendBatchSize();

    /**
     * How often the whole log is verified in the background (an ISO-8601 duration, or "off"); a failure counts in
     * registry.verification.failures{check=registry-chain}. Read by the scheduler, hence a string.
     */
    @WithDefault("PT1H")
    String verifyInterval();

    /** The public contract statistics (GET /api/v1/public/contract-statistics). */
    PublicStatistics publicStatistics();

    interface PublicStatistics {

        /** How long the service serves the tables it computed before computing them again. */
        @WithDefault("PT5M")
        Duration refresh();

        /** How long browsers and proxies may keep them (Cache-Control max-age). */
        @WithDefault("PT5M")
        Duration maxAge();
    }

    /** Signed checkpoints of the registry log. */
    Checkpoints checkpoint();

    /** The log's name and the keys that sign its checkpoints. */
    interface Checkpoints {

        /**
         * The log's origin, the first line of every checkpoint and the name of its keys. It names this log for
         * good: a staging log has another.
         */
        @WithDefault("registry.migration.gov.kz/contracts")
        String origin();

        /**
         * Secret keys, one per line ({@code PRIVATE+KEY+<origin>+<key ID>+<key>}), e.g. from a secret's value.
         * Every key signs every checkpoint: two during a rotation.
         */
        Optional<String> signingKeys();

        /** A file of secret keys as in {@link #signingKeys()}: a mounted secret, never a file of the repository. */
        Optional<Path> signingKeysFile();

        /** A key is due for rotation this long after its first checkpoint (gauge and alert ahead of it). */
        @WithDefault("P365D")
        Duration keyRotationPeriod();
    }
}
