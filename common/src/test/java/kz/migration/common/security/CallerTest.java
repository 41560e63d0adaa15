package kz.migration.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerTest {

    /** A token that counts how often each claim is read. */
    static final class CountingToken implements JsonWebToken {
        final Map<String, Object> claims;
        final Map<String, Integer> reads = new HashMap<>();

        CountingToken(Map<String, Object> claims) {
            this.claims = claims;
        }

        @Override
        public String getName() {
            return "subject-1";
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            reads.merge(claimName, 1, Integer::sum);
            return (T) claims.get(claimName);
        }
    }

    private static Caller caller(CountingToken token) {
        Caller caller = new Caller();
        caller.jwt = token;
        return caller;
    }

    @Test
    void readsEachClaimFromTheTokenOncePerRequest() {
        CountingToken token = new CountingToken(Map.of("groups", Set.of(Roles.EMPLOYER), "bin", "123456789012"));
        Caller caller = caller(token);

        assertTrue(caller.mayAccess("123456789012", "750000000"));
        assertFalse(caller.mayAccess("999999999999", "750000000"));
        assertEquals("123456789012", caller.employerId());
        assertFalse(caller.isIndividualEmployer());
        assertTrue(caller.region().isEmpty());
        assertTrue(caller.region().isEmpty());

        assertEquals(1, token.reads.get("bin"));
        assertEquals(0, token.reads.getOrDefault("iin", 0), "a company's token is never asked for an iin");
        assertEquals(1, token.reads.get("region"));
    }

    @Test
    void individualEmployerIsKnownByIinAlone() {
        CountingToken token = new CountingToken(Map.of("groups", Set.of(Roles.EMPLOYER), "iin", "900101300123"));
        Caller caller = caller(token);

        assertTrue(caller.isIndividualEmployer());
        assertEquals("900101300123", caller.employerId());
        assertTrue(caller.mayAccess("900101300123", null));
        assertFalse(caller.mayAccess("123456789012", null));
        assertEquals(1, token.reads.get("iin"));
    }
}
