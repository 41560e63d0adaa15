package kz.migration.permit.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code Prefer: wait=N} on an application awaiting the quota saga ({@link kz.migration.permit.service.SagaWaits}):
 * how long a request may be held, and how often the held applications are looked up in the database.
 */
@ConfigMapping(prefix = "permit.saga-wait")
public interface SagaWaitConfig {

    /** The longest wait honoured; a larger {@code wait} is cut to it. */
    @WithDefault("20s")
    Duration max();

    /** One query for every held application per interval: the answer is at most this late. */
    @WithDefault("25ms")
    Duration checkInterval();
}
