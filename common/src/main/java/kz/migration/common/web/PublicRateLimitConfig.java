package kz.migration.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the token-less endpoints, enforced by {@link PublicRateLimiter}; the same in every service. */
@ConfigMapping(prefix = "registry.public-rate-limit")
public interface PublicRateLimitConfig {

    /** Requests per client address and minute, per instance. */
    @WithDefault("30")
    int requestsPerMinute();

    /** Client addresses remembered at most; older windows are dropped beyond this. */
    @WithDefault("100000")
    int maxClients();
}
