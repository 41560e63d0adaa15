package kz.migration.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void aVerifiedTokenIsReusedUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(10, 300, now::get);
        JsonWebToken token = expiringAt(now.get() + 60);
        tokens.put("a.b.c", token);

        assertSame(token, tokens.get("a.b.c"));
        now.addAndGet(59);
        assertSame(token, tokens.get("a.b.c"));
        now.addAndGet(1);
        assertNull(tokens.get("a.b.c"), "expired: verify again (and be refused)");
        assertEquals(0, tokens.size());
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() {
        VerifiedTokens tokens = new VerifiedTokens(10, 300, now::get);
        tokens.put("a.b.c", expiringAt(now.get() + 3600));

        now.addAndGet(299);
        assertEquals("subject", tokens.get("a.b.c").getName());
        now.addAndGet(1);
        assertNull(tokens.get("a.b.c"));
    }

    @Test
    void onlyTheExactCompactFormMatches() {
        VerifiedTokens tokens = new VerifiedTokens(10, 300, now::get);
        tokens.put("a.b.c", expiringAt(now.get() + 60));

        assertNull(tokens.get("a.b.d"));
        assertNull(tokens.get("a.x.c"));
    }

    @Test
    void staysWithinItsBoundAndCanBeSwitchedOff() {
        VerifiedTokens tokens = new VerifiedTokens(3, 300, now::get);
        tokens.put("t1", expiringAt(now.get() + 10));
        tokens.put("t2", expiringAt(now.get() + 100));
        tokens.put("t3", expiringAt(now.get() + 100));
        now.addAndGet(10);
        tokens.put("t4", expiringAt(now.get() + 100));
        assertEquals(3, tokens.size(), "the expired t1 made room");
        tokens.put("t5", expiringAt(now.get() + 100));
        assertEquals(1, tokens.size(), "nothing had expired: dropped the lot, kept the newest");

        VerifiedTokens off = new VerifiedTokens(0, 300, now::get);
        off.put("t1", expiringAt(now.get() + 100));
        assertNull(off.get("t1"));
    }

    @Test
    void anAlreadyExpiredTokenIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(10, 300, now::get);
        tokens.put("a.b.c", expiringAt(now.get()));
        assertEquals(0, tokens.size());
    }

    private static JsonWebToken expiringAt(long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "subject";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("sub", "exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) ("exp".equals(claimName) ? (Object) exp : "subject");
            }
        };
    }
}
