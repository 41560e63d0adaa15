package kz.migration.common.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "registry.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a key is remembered: a retry with the same key within it replays the first result. Older records
     * are deleted, with the responses (and the personal data in them) they hold.
     */
    @WithDefault("P30D")
    Duration retention();
}
