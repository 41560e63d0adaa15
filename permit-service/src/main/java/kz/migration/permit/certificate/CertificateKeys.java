package kz.migration.permit.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigUtils;

import kz.migration.common.security.ProductionSafetyCheck;
import kz.migration.permit.config.CertificateConfig;
import kz.migration.tlog.Ed25519;

/**
 * The certificate keys, read once at start-up: the signing key from its file (in prod only from there, and never a
 * dev key: ProductionSafetyCheck) and the further keys to publish. A key that cannot be read stops the start, so a
 * misplaced secret is seen at deployment rather than at the first certificate. When the signing key has an expiry, it
 * is exported as {@code registry_signing_key_expiry_timestamp_seconds{key="<kid>"}} for the rotation alert.
 */
@Startup
@ApplicationScoped
public class CertificateKeys {

    static final String EXPIRY_METRIC = "registry.signing.key.expiry.timestamp.seconds";
    static final String PROPERTY = "permit.certificate.signing-key";
    private static final Logger LOG = Logger.getLogger(CertificateKeys.class);

    @Inject
    CertificateConfig config;

    @Inject
    MeterRegistry meters;

    @Inject
    ObjectMapper json;

    private SigningKey signing;
    private List<VerificationKey> others;

    @PostConstruct
    void load() {
        byte[] seed = config.signingKey().map(CertificateKeys::readSeed).orElse(null);
        List<String> problems = ProductionSafetyCheck.signingKeyProblems(ConfigUtils.getProfiles(), PROPERTY, seed,
                seed == null ? null : Ed25519.publicKey(Ed25519.publicKeyOf(seed)),
                ProductionSafetyCheck.refusedFingerprints(ConfigProvider.getConfig()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start the prod profile: " + String.join("; ", problems));
        }
        if (seed == null) {
            seed = Ed25519Keys.devSeed();
            LOG.warnf("No %s: certificates are signed with a throwaway development key, valid until this process "
                    + "ends", PROPERTY);
        }
        signing = SigningKey.of(seed, config.signingKeyExpires());
        others = config.verificationKeys().map(this::parse).orElse(List.of());
        signing.expires().ifPresent(expiry -> Gauge.builder(EXPIRY_METRIC, expiry, Instant::getEpochSecond)
                .description("When the certificate signing key expires (Unix time); rotate it before")
                .tag("key", signing.keyId()).register(meters));
        LOG.infof("Certificates are signed with key %s%s; %d further key(s) configured for publication",
                signing.keyId(), signing.expires().map(expiry -> ", which expires at " + expiry).orElse(""),
                others.size());
    }

    public SigningKey signing() {
        return signing;
    }

    /** The configured keys besides the signing key: published while a verifier may need them. */
    public List<VerificationKey> others() {
        return others;
    }

    private static byte[] readSeed(String location) {
        try {
            return Ed25519Keys.seedOfPem(Files.readString(Path.of(location)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the certificate signing key " + PROPERTY + "=" + location, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + "=" + location + " holds no Ed25519 private key "
                    + "(PKCS#8 PEM, as openssl genpkey -algorithm ed25519 writes)", e);
        }
    }

    /**
     * A JWK set of Ed25519 public keys (kty OKP, crv Ed25519). A key's {@code kid}, if given, must be its thumbprint:
     * a key published by this service is named so, and a mistyped key must not be published under another's name.
     */
    private List<VerificationKey> parse(String jwks) {
        List<VerificationKey> keys = new ArrayList<>();
        try {
            for (JsonNode jwk : json.readTree(jwks).path("keys")) {
                if (!"OKP".equals(jwk.path("kty").asText()) || !"Ed25519".equals(jwk.path("crv").asText())) {
                    throw new IllegalArgumentException("permit.certificate.verification-keys: only Ed25519 keys "
                            + "(kty OKP, crv Ed25519), not " + jwk);
                }
                VerificationKey key = VerificationKey.of(Base64.getUrlDecoder().decode(jwk.path("x").asText()));
                if (jwk.hasNonNull("kid") && !jwk.get("kid").asText().equals(key.keyId())) {
                    throw new IllegalArgumentException("permit.certificate.verification-keys: the key named "
                            + jwk.get("kid").asText() + " has the thumbprint " + key.keyId());
                }
                keys.add(key);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("permit.certificate.verification-keys is not a JWK set", e);
        }
        return List.copyOf(keys);
    }
}
