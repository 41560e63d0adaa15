package kz.migration.common.web;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the token-less endpoints, enforced by {@link PublicRateLimiter}; the same in every service. */
@ConfigMapping(prefix = "registry.public-rate-limit")
public interface PublicRateLimitConfig {

    /** Requests per client address and minute, per instance. */
    @WithDefault("30")
    int requestsPerMinute();

    /**
     * Client addresses remembered at most; older windows are dropped beyond this, and while every remembered window
     * is current, a new client is refused (429) until the next minute rather than growing the table.
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

    /** Addresses or CIDR blocks of the proxies whose client-address header is believed, e.g. the ingress pods. */
    Optional<List<String>> trustedProxies();
}
