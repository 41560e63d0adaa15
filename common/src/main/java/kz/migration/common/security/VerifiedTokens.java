package kz.migration.common.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens whose signature and claims were verified, by their exact compact form, until the token expires or
 * {@code maxAgeSeconds} pass, whichever is first. A token that differs in any character is a different key and is
 * verified afresh. Bounded: when full, expired entries go, and if none had expired the whole set is dropped (cheap,
 * and the next requests simply verify again).
 */
final class VerifiedTokens {

    private record Verified(JsonWebToken token, long reuseUntilSeconds) {
    }

    private final Map<String, Verified> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long maxAgeSeconds;
    private final LongSupplier nowSeconds;

    VerifiedTokens(int maxEntries, long maxAgeSeconds, LongSupplier nowSeconds) {
        this.maxEntries = maxEntries;
        this.maxAgeSeconds = maxAgeSeconds;
        this.nowSeconds = nowSeconds;
    }

    /** The verified token for this compact form, or null when it must be verified (again). */
    JsonWebToken get(String compact) {
        Verified verified = entries.get(compact);
        if (verified == null) {
            return null;
        }
        if (verified.reuseUntilSeconds() <= nowSeconds.getAsLong()) {
            entries.remove(compact, verified);
            return null;
        }
        return verified.token();
    }

    void put(String compact, JsonWebToken token) {
        if (maxEntries <= 0) {
            return;
        }
        long now = nowSeconds.getAsLong();
        long reuseUntil = now + maxAgeSeconds;
        if (token.getExpirationTime() > 0) {
            reuseUntil = Math.min(reuseUntil, token.getExpirationTime());
        }
        if (reuseUntil <= now) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(v -> v.reuseUntilSeconds() <= now);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(compact, new Verified(token, reuseUntil));
    }

    int size() {
        return entries.size();
    }
}
