package kz.migration.common.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of {@link VerifiedTokenCache}; the same in every service. */
@ConfigMapping(prefix = "registry.security.token-cache")
public interface TokenCacheConfig {

    /** Verified tokens kept at most (0 verifies every request again). */
    @WithDefault("10000")
    int maxEntries();

    /**
     * How long a verification is reused at most, even for a token that expires later: a verification key removed
     * from the trusted set stops accepting its tokens within this time.
     */
    @WithDefault("PT5M")
    Duration maxAge();
}
