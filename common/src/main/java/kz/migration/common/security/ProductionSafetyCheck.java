package kz.migration.common.security;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start the {@code prod} profile with a configuration only fit for development: a token verification key
 * that is a dev key (the local stack's and the tests' keys carry the public exponent 65539, see test-support's
 * DevKeys; further fingerprints may be listed in {@code registry.security.refused-key-fingerprints}), the dev token
 * issuer (the shared default, so a deployment that forgot {@code REGISTRY_JWT_ISSUER} would accept only dev-shaped
 * tokens), a shiftable clock, or a dev key signing the contract registry's checkpoints (its seed carries the mark of
 * test-support's DevCheckpointKey). Keys fetched from a JWKS URL at run time belong to the identity provider and are
 * not inspected here. A service that signs with a PEM key of its own (permit certificates) checks it with
 * {@link #signingKeyProblems}.
 */
@ApplicationScoped
public class ProductionSafetyCheck {

    /** The public exponent every dev key is generated with. */
    public static final BigInteger DEV_KEY_EXPONENT = BigInteger.valueOf(65539);

    /** The issuer of the local stack's and the tests' tokens: the default of {@code mp.jwt.verify.issuer}. */
    public static final String DEV_ISSUER = "https://registry.migration.gov.kz/dev";

    /**
     * Marks the Ed25519 seed of every dev checkpoint signing key: its second half is the first 16 bytes of SHA-256 of
     * this label and its first half (test-support's DevCheckpointKey makes them so; keep the two equal). A key drawn
     * at random carries the mark with a chance of 2^-128.
     */
    public static final String DEV_CHECKPOINT_KEY_LABEL = "labour-migration-registry development checkpoint key";

    /**
     * The first bytes of the 32-byte seed of every dev Ed25519 signing key (test-support's DevSigningKey, and the
     * throwaway key a service makes outside prod when none is configured): "regdev" in ASCII. Ed25519 hashes the seed
     * before use (RFC 8032 §5.1.5), so the mark leaves a dev key 208 random bits, and a production key carries it by
     * chance once in 2^48.
     */
    public static final String DEV_SIGNING_SEED_MARK = "regdev";

    /** The checkpoint signing keys of the contract registry, inline (a secret's value) or in a mounted file. */
    static final String CHECKPOINT_KEYS = "contract.registry.checkpoint.signing-keys";
    static final String CHECKPOINT_KEYS_FILE = "contract.registry.checkpoint.signing-keys-file";

    private static final String SECRET_KEY_PREFIX = "PRIVATE+KEY+";

    void onStart(@Observes StartupEvent start) {
        List<String> profiles = ConfigUtils.getProfiles();
        Config config = ConfigProvider.getConfig();
        List<String> problems = problems(profiles, config.getOptionalValue("mp.jwt.verify.issuer", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class),
                config.getOptionalValue("registry.clock.adjustable", Boolean.class).orElse(false),
                refusedFingerprints(config));
        problems.addAll(checkpointKeyProblems(profiles, config.getOptionalValue(CHECKPOINT_KEYS, String.class),
                config.getOptionalValue(CHECKPOINT_KEYS_FILE, String.class)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start the prod profile: " + String.join("; ", problems));
        }
    }

    /** What makes this configuration unfit for production; empty when it is fit or the profile is not prod. */
    public static List<String> problems(List<String> profiles, Optional<String> issuer, Optional<String> key,
            Optional<String> keyLocation, boolean adjustableClock, Set<String> refusedFingerprints) {
        List<String> problems = new ArrayList<>();
        if (!profiles.contains("prod")) {
            return problems;
        }
        if (issuer.isEmpty() || issuer.get().equals(DEV_ISSUER)) {
            problems.add("mp.jwt.verify.issuer is the development issuer " + DEV_ISSUER
                    + "; set REGISTRY_JWT_ISSUER to the identity provider's issuer (the tokens' iss)");
        }
        if (adjustableClock) {
            problems.add("registry.clock.adjustable=true lets anyone shift the service's clock");
        }
        Optional<String> keyText = key.isPresent() ? key : keyLocation.flatMap(ProductionSafetyCheck::readLocal);
        for (PublicKey publicKey : keyText.map(ProductionSafetyCheck::publicKeys).orElse(List.of())) {
            if (isDevKey(publicKey, refusedFingerprints)) {
                problems.add("the JWT verification key (SHA-256 " + fingerprint(publicKey)
                        + ") is a development key; configure the identity provider's key or JWKS URL");
            }
        }
        return problems;
    }

    /**
     * What makes the checkpoint signing keys unfit for production: a dev key among them, given inline or in a file
     * (one secret key per line, {@code PRIVATE+KEY+<name>+<key ID>+<base64(0x01 || seed)>}).
     */
    public static List<String> checkpointKeyProblems(List<String> profiles, Optional<String> keys,
            Optional<String> keysFile) {
        List<String> problems = new ArrayList<>();
        if (!profiles.contains("prod")) {
            return problems;
        }
        List<String> lines = new ArrayList<>();
        keys.ifPresent(text -> lines.addAll(text.lines().toList()));
        keysFile.flatMap(ProductionSafetyCheck::readLocal).ifPresent(text -> lines.addAll(text.lines().toList()));
        for (String line : lines) {
            String key = line.strip();
            if (isDevCheckpointKey(key)) {
                String name = key.substring(SECRET_KEY_PREFIX.length()).split("\\+", 3)[0];
                problems.add("the checkpoint signing key " + name + " is a development key; sign checkpoints with a"
                        + " key made for production (docs/runbook.md, registry checkpoint keys)");
            }
        }
        return problems;
    }

    /**
     * What makes a key the service signs with (permit certificates, registry checkpoints) unfit for production; empty
     * outside prod. {@code seed} is the key's 32-byte Ed25519 seed, null when none is configured: production signs
     * only with a key from a file or secret, never a dev key or a key made at start-up.
     */
    public static List<String> signingKeyProblems(List<String> profiles, String property, byte[] seed,
            PublicKey publicKey, Set<String> refusedFingerprints) {
        List<String> problems = new ArrayList<>();
        if (!profiles.contains("prod")) {
            return problems;
        }
        if (seed == null) {
            problems.add(property + " is not set; production signs only with a key read from a file or secret");
        } else if (isDevSigningSeed(seed) || refusedFingerprints.contains(fingerprint(publicKey))) {
            problems.add("the signing key in " + property + " (SHA-256 " + fingerprint(publicKey)
                    + ") is a development key; generate a production key and mount it from a secret");
        }
        return problems;
    }

    /** Whether an Ed25519 seed carries the dev mark. */
    public static boolean isDevSigningSeed(byte[] seed) {
        byte[] mark = DEV_SIGNING_SEED_MARK.getBytes(StandardCharsets.US_ASCII);
        return seed.length >= mark.length && Arrays.equals(Arrays.copyOf(seed, mark.length), mark);
    }

    /** The fingerprints listed in {@code registry.security.refused-key-fingerprints}. */
    public static Set<String> refusedFingerprints(Config config) {
        return Set.copyOf(config.getOptionalValues("registry.security.refused-key-fingerprints", String.class)
                .orElse(List.of()));
    }

    /** Whether a secret key string is a dev checkpoint key: its seed carries the mark of the dev label. */
    public static boolean isDevCheckpointKey(String secretKey) {
        if (!secretKey.startsWith(SECRET_KEY_PREFIX)) {
            return false;
        }
        String[] parts = secretKey.substring(SECRET_KEY_PREFIX.length()).split("\\+", 3);
        byte[] typed;
        try {
            typed = parts.length == 3 ? Base64.getDecoder().decode(parts[2]) : new byte[0];
        } catch (IllegalArgumentException unreadable) {
            return false; // the service refuses an unreadable key itself
        }
        if (typed.length != 33) {
            return false;
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(DEV_CHECKPOINT_KEY_LABEL.getBytes(StandardCharsets.UTF_8));
            sha256.update(typed, 1, 16);
            byte[] mark = sha256.digest();
            return Arrays.equals(mark, 0, 16, typed, 17, 33);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isDevKey(PublicKey key, Set<String> refusedFingerprints) {
        boolean devExponent = key instanceof RSAPublicKey rsa && DEV_KEY_EXPONENT.equals(rsa.getPublicExponent());
        return devExponent || refusedFingerprints.contains(fingerprint(key));
    }

    /** Hex SHA-256 of the key's SubjectPublicKeyInfo, as {@code openssl pkey -pubin -outform der | sha256sum}. */
    public static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PEM (one or more), a JWK or a JWK set, as MicroProfile JWT accepts in {@code mp.jwt.verify.publickey}. */
    static List<PublicKey> publicKeys(String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.startsWith("{")) {
                List<PublicKey> keys = new ArrayList<>();
                List<JsonWebKey> jwks = trimmed.contains("\"keys\"")
                        ? new JsonWebKeySet(trimmed).getJsonWebKeys()
                        : List.of(JsonWebKey.Factory.newJwk(trimmed));
                for (JsonWebKey jwk : jwks) {
                    if (jwk instanceof PublicJsonWebKey publicJwk) {
                        keys.add(publicJwk.getPublicKey());
                    }
                }
                return keys;
            }
            String base64 = trimmed.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            for (String algorithm : List.of("RSA", "EC")) {
                try {
                    return List.of(KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der)));
                } catch (GeneralSecurityException notThisAlgorithm) {
                    // try the next one
                }
            }
        } catch (JoseException | IllegalArgumentException unreadable) {
            // smallrye-jwt reports an unreadable key itself
        }
        return List.of();
    }

    /** The key text at a file or classpath location; remote (JWKS) locations are the identity provider's. */
    private static Optional<String> readLocal(String location) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                return Optional.empty();
            }
            if (location.startsWith("classpath:") || !location.contains(":") && !Files.exists(Path.of(location))) {
                String resource = location.replaceFirst("^classpath:", "").replaceFirst("^/", "");
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                    return in == null
                            ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
            return Files.exists(path) ? Optional.of(Files.readString(path)) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
