package kz.migration.common.security;

import java.security.PrivateKey;
import java.security.PublicKey;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The {@link JWTParser} that authenticates requests: verifies each bearer token once with SmallRye's own parser
 * and reuses the result on the requests that follow. Integrating systems send the same token for its whole
 * lifetime, and the RSA signature check and claim parsing were a third of the event loop's work per request in the
 * contract registration benchmark. Only successful verifications are kept (VerifiedTokens has the bounds); a
 * rejected token is checked again on every request, so failures look the same as without the cache. The clock is
 * the system clock because SmallRye checks {@code exp} against it too.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    private final DefaultJWTParser delegate;
    private final VerifiedTokens verified;

    @Inject
    VerifiedTokenCache(DefaultJWTParser delegate, TokenCacheConfig config) {
        this.delegate = delegate;
        this.verified = new VerifiedTokens(config.maxEntries(), config.maxAge().toSeconds(),
                () -> System.currentTimeMillis() / 1000);
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        JsonWebToken token = verified.get(bearerToken);
        if (token == null) {
            token = delegate.parse(bearerToken);
            verified.put(bearerToken, token);
        }
        return token;
    }

    // The rest verify with keys or settings the caller chooses: never cached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
