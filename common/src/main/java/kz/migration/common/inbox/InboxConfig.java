package kz.migration.common.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "registry.inbox")
public interface InboxConfig {

    /** Attempts (each its own transaction) before a failing event goes to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    /** Wait before the second attempt; doubles for each further attempt. */
    @WithDefault("PT0.1S")
    Duration backoff();

    /**
     * Longest wait between retries of a transient failure (the database away, a deadlock), which are retried until
     * they succeed and never dead-lettered.
     */
    @WithDefault("PT5S")
    Duration maxBackoff();
}
