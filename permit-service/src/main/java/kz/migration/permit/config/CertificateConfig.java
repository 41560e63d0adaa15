package kz.migration.permit.config;

import java.time.Instant;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The key that signs permit certificates and what certificates print. Production reads the key from a mounted secret
 * and refuses to start without one, or with a dev key (ProductionSafetyCheck); elsewhere a throwaway dev key is made
 * at start-up when none is given. Rotation: docs/runbook.md, "Permit certificate key".
 */
@ConfigMapping(prefix = "permit.certificate")
public interface CertificateConfig {

    /** The file of the Ed25519 private key that signs, as PKCS#8 PEM ({@code openssl genpkey -algorithm ed25519}). */
    Optional<String> signingKey();

    /**
     * When the signing key's period of use ends: from then it signs nothing (rule permit.certificate.key-expiry), and
     * until then {@code registry_signing_key_expiry_timestamp_seconds} tells the alert when to rotate.
     */
    Optional<Instant> signingKeyExpires();

    /**
     * Further public keys to publish, as a JWK set: the next key before a rotation, the previous keys after it (rule
     * permit.certificate.key-publication).
     */
    Optional<String> verificationKeys();

    /** The registry's public address, printed on certificates for the online status check and the keys. */
    @WithDefault("https://registry.migration.gov.kz")
    String publicUrl();
}
