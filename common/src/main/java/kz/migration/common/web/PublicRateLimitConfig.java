package kz.migration.common.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the token-less endpoints, enforced by {@link PublicRateLimiter}; the same in every service. */
@ConfigMapping(prefix = "registry.public-rate-limit")
public interface PublicRateLimitConfig {

    /**
     * Requests per client address and minute of the registry's clock, in total over every instance of the service
     * (counted in its database, table {@code public_rate_limit_bucket}).
     */
    @WithDefault("30")
    int requestsPerMinute();

    /**
     * Rows of the bucket table at most (one per client address and minute). The sweep deletes the rows of ended
     * minutes; while what is left reaches this number, a client without a bucket in the current minute is refused
     * (429 until the minute ends) rather than growing the table; clients that have one keep their allowance.
     */
    @WithDefault("100000")
    int maxClients();

    /**
     * Behind an ingress the TCP peer is the proxy, so every client would share one window. Name the header the
     * proxy writes the client's address into (X-Forwarded-For, X-Real-IP); it is read only from the peers in
     * {@link #trustedProxies()}, and in a comma-separated chain the last address that is not a trusted proxy is the
     * client (entries to the left of it are whatever the client sent).
     */
    Optional<String> clientAddressHeader();

    /** How often each instance deletes expired bucket rows and compares the rest with {@link #maxClients()}. */
    @WithDefault("15s")
    Duration sweepInterval();

    /** Addresses or CIDR blocks of the proxies whose client-address header is believed, e.g. the ingress pods. */
    Optional<List<String>> trustedProxies();
}
