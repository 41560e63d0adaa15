package kz.migration.contract.config;

import java.time.Duration;

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
}
