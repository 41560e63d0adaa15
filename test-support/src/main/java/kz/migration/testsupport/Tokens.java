package kz.migration.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/** Mints signed JWTs in the shape the services verify: issuer, audience, {@code groups}, {@code bin}/{@code region}. */
public final class Tokens {

    public static final String ISSUER = "https://registry.migration.gov.kz/dev";
    public static final String AUDIENCE = "labour-migration-registry";

    private final DevKeys keys;

    public Tokens(DevKeys keys) {
        this.keys = keys;
    }

    /** A token for {@code role}; {@code bin} for employers, {@code region} for officers (either may be null). */
    public String mint(String subject, String role, String bin, String region, Duration ttl) {
        return mint(subject, role, bin, region, Instant.now(), ttl);
    }

    /** A token of an employer who is a private individual, identified by {@code iin} (household work). */
    public String mintIndividualEmployer(String subject, String iin, Duration ttl) {
        return mint(subject, "employer", null, null, iin, Instant.now(), ttl);
    }

    /** As {@link #mint(String, String, String, String, Duration)}, issued at {@code issuedAt} (tests of expiry). */
    public String mint(String subject, String role, String bin, String region, Instant issuedAt, Duration ttl) {
        return mint(subject, role, bin, region, null, issuedAt, ttl);
    }

    private String mint(String subject, String role, String bin, String region, String iin, Instant issuedAt,
            Duration ttl) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(issuedAt.plus(ttl).getEpochSecond()));
        claims.setStringListClaim("groups", List.of(role));
        if (bin != null) {
            claims.setClaim("bin", bin);
        }
        if (region != null) {
            claims.setClaim("region", region);
        }
        if (iin != null) {
            claims.setClaim("iin", iin);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
