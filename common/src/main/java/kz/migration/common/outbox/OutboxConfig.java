package kz.migration.common.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "registry.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay. Any number may; they take turns through a PostgreSQL advisory lock. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** How often the relay looks for rows when no commit woke it (rows written by another instance). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** First wait after a failed publish; doubles up to {@link #maxBackoff()}. */
    @WithDefault("PT0.2S")
    Duration initialBackoff();

    @WithDefault("PT30S")
    Duration maxBackoff();

    /** How long the relay waits for the broker to acknowledge one batch. */
    @WithDefault("PT30S")
    Duration publishTimeout();

    /** Published rows are deleted after this long; they are the audit of what was sent. */
    @WithDefault("P7D")
    Duration retention();
}
