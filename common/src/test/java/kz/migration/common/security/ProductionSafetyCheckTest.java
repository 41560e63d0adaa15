package kz.migration.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.migration.testsupport.DevCheckpointKey;
import kz.migration.testsupport.DevKeys;
import kz.migration.testsupport.DevSigningKey;
import kz.migration.testsupport.Tokens;
import kz.migration.tlog.NoteSigner;

/**
 * The prod profile refuses the dev token key, the dev issuer, the shiftable clock, a dev checkpoint signing key, and a
 * dev or missing signing key of the service's own; other profiles and real keys pass.
 */
class ProductionSafetyCheckTest {

    private static final List<String> PROD = List.of("prod");
    private static final Optional<String> IDP_ISSUER = Optional.of("https://idp.migration.gov.kz/realms/registry");
    private static final Optional<String> DEV_ISSUER = Optional.of(ProductionSafetyCheck.DEV_ISSUER);

    @TempDir
    Path dir;

    @Test
    void refusesTheLocalStacksDevKeyGivenByLocation() throws IOException {
        DevKeys.loadOrCreate(dir);
        Path location = dir.resolve(DevKeys.PUBLIC_KEY_FILE);

        List<String> problems = ProductionSafetyCheck.problems(PROD, IDP_ISSUER, Optional.empty(),
                Optional.of(location.toString()), false, Set.of());

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("development key"), problems.get(0));
    }

    @Test
    void refusesTheDevKeyInlineAndInAJwkSet() throws Exception {
        String pem = DevKeys.generate().publicKeyPem();
        assertEquals(1,
                ProductionSafetyCheck.problems(PROD, IDP_ISSUER, Optional.of(pem), Optional.empty(), false, Set.of())
                        .size());
        PublicKey devKey = ProductionSafetyCheck.publicKeys(pem).get(0);
        String jwks = new JsonWebKeySet(PublicJsonWebKey.Factory.newPublicJwk(devKey)).toJson();
        Path file = Files.writeString(dir.resolve("jwks.json"), jwks);
        assertEquals(1,
                ProductionSafetyCheck.problems(PROD, IDP_ISSUER, Optional.empty(), Optional.of("file:" + file), false,
                        Set.of()).size());
    }

    @Test
    void acceptsAnIdentityProvidersRsaOrEcKeyAndARemoteJwksUrl() throws Exception {
        assertEquals(List.of(),
                ProductionSafetyCheck.problems(PROD, IDP_ISSUER, Optional.of(pem(rsaKey())), Optional.empty(),
                        false, Set.of()));
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        assertEquals(List.of(), ProductionSafetyCheck.problems(PROD, IDP_ISSUER, Optional.of(pem(ec.generateKeyPair()
                .getPublic())), Optional.empty(), false, Set.of()));
        assertEquals(List.of(), ProductionSafetyCheck.problems(PROD, IDP_ISSUER, Optional.empty(),
                Optional.of("https://idp.migration.gov.kz/realms/registry/protocol/openid-connect/certs"), false,
                Set.of()));
    }

    @Test
    void refusesAKeyWhoseFingerprintIsListedAsRefused() throws Exception {
        PublicKey key = rsaKey();
        assertEquals(1, ProductionSafetyCheck.problems(PROD, IDP_ISSUER, Optional.of(pem(key)), Optional.empty(), false,
                Set.of(ProductionSafetyCheck.fingerprint(key))).size());
    }

    @Test
    void refusesTheAdjustableClock() throws Exception {
        List<String> problems = ProductionSafetyCheck.problems(PROD, IDP_ISSUER, Optional.of(pem(rsaKey())),
                Optional.empty(),
                true, Set.of());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("registry.clock.adjustable"), problems.get(0));
    }

    @Test
    void refusesTheDevIssuerWhichTheDevTokensCarry() throws Exception {
        assertEquals(Tokens.ISSUER, ProductionSafetyCheck.DEV_ISSUER);
        for (Optional<String> issuer : List.of(DEV_ISSUER, Optional.<String>empty())) {
            List<String> problems = ProductionSafetyCheck.problems(PROD, issuer, Optional.of(pem(rsaKey())),
                    Optional.empty(), false, Set.of());
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("REGISTRY_JWT_ISSUER"), problems.get(0));
        }
    }

    @Test
    void leavesDevTestAndLocalProfilesAlone() {
        String pem = DevKeys.generate().publicKeyPem();
        for (String profile : List.of("dev", "test", "local")) {
            assertEquals(List.of(), ProductionSafetyCheck.problems(List.of(profile), DEV_ISSUER, Optional.of(pem),
                    Optional.empty(), true, Set.of()), profile);
        }
    }

    @Test
    void devKeysCarryTheExponentTheCheckLooksFor() {
        PublicKey devKey = ProductionSafetyCheck.publicKeys(DevKeys.generate().publicKeyPem()).get(0);
        assertEquals(DevKeys.PUBLIC_EXPONENT, ((RSAPublicKey) devKey).getPublicExponent());
        assertEquals(ProductionSafetyCheck.DEV_KEY_EXPONENT, DevKeys.PUBLIC_EXPONENT);
    }

    @Test
    void refusesTheDevCertificateKeyAndNoKeyAtAllInProd() {
        byte[] devSeed = DevSigningKey.generate().seed();
        List<String> problems = ProductionSafetyCheck.signingKeyProblems(PROD, "permit.certificate.signing-key",
                devSeed, ed25519(devSeed).getPublic(), Set.of());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("development key"), problems.get(0));

        List<String> none = ProductionSafetyCheck.signingKeyProblems(PROD, "permit.certificate.signing-key", null,
                null, Set.of());
        assertEquals(1, none.size(), none.toString());
        assertTrue(none.get(0).contains("permit.certificate.signing-key is not set"), none.get(0));
    }

    @Test
    void acceptsAProductionSigningKeyUnlessItsFingerprintIsRefused() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
        assertEquals(List.of(), ProductionSafetyCheck.signingKeyProblems(PROD, "key", seed, pair.getPublic(),
                Set.of()));
        assertEquals(1, ProductionSafetyCheck.signingKeyProblems(PROD, "key", seed, pair.getPublic(),
                Set.of(ProductionSafetyCheck.fingerprint(pair.getPublic()))).size());
    }

    @Test
    void leavesSigningKeysAloneOutsideProd() {
        byte[] devSeed = DevSigningKey.generate().seed();
        for (String profile : List.of("dev", "test", "local")) {
            assertEquals(List.of(), ProductionSafetyCheck.signingKeyProblems(List.of(profile), "key", devSeed,
                    ed25519(devSeed).getPublic(), Set.of()), profile);
            assertEquals(List.of(), ProductionSafetyCheck.signingKeyProblems(List.of(profile), "key", null, null,
                    Set.of()), profile);
        }
    }

    @Test
    void devSigningKeysCarryTheMarkTheCheckLooksFor() {
        assertEquals(ProductionSafetyCheck.DEV_SIGNING_SEED_MARK, DevSigningKey.SEED_MARK);
        assertTrue(ProductionSafetyCheck.isDevSigningSeed(DevSigningKey.generate().seed()));
    }

    /** The Ed25519 key pair of a seed: the JDK's generator turns the 32 random bytes it draws into that pair. */
    private static KeyPair ed25519(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                private static final long serialVersionUID = 1L;

                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, bytes.length);
                }
            });
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PublicKey rsaKey() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        return rsa.generateKeyPair().getPublic();
    }

    private static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    @Test
    void refusesADevCheckpointSigningKeyInlineOrInAFileAmongOthers() throws IOException {
        String production = NoteSigner.generate(DevCheckpointKey.ORIGIN).secretKey();
        String dev = DevCheckpointKey.generate(DevCheckpointKey.ORIGIN).secretKey();
        List<String> inline = ProductionSafetyCheck.checkpointKeyProblems(PROD, Optional.of(production + "\n" + dev),
                Optional.empty());
        assertEquals(1, inline.size(), inline.toString());
        assertTrue(inline.get(0).contains("development key"), inline.get(0));

        Path file = Files.writeString(dir.resolve("checkpoint-keys"), dev + "\n");
        assertEquals(1,
                ProductionSafetyCheck.checkpointKeyProblems(PROD, Optional.empty(), Optional.of(file.toString()))
                        .size());
        DevCheckpointKey.loadOrCreate(dir, DevCheckpointKey.ORIGIN);
        assertEquals(1, ProductionSafetyCheck.checkpointKeyProblems(PROD, Optional.empty(),
                Optional.of(dir.resolve(DevCheckpointKey.SECRET_KEY_FILE).toString())).size());
    }

    @Test
    void acceptsAGeneratedCheckpointKeyAndLeavesOtherProfilesAlone() {
        for (int i = 0; i < 100; i++) {
            assertEquals(List.of(), ProductionSafetyCheck.checkpointKeyProblems(PROD,
                    Optional.of(NoteSigner.generate(DevCheckpointKey.ORIGIN).secretKey()), Optional.empty()));
        }
        String dev = DevCheckpointKey.generate(DevCheckpointKey.ORIGIN).secretKey();
        for (String profile : List.of("dev", "test", "local")) {
            assertEquals(List.of(),
                    ProductionSafetyCheck.checkpointKeyProblems(List.of(profile), Optional.of(dev), Optional.empty()));
        }
    }

    @Test
    void devCheckpointKeysCarryTheMarkTheCheckLooksFor() {
        assertEquals(ProductionSafetyCheck.DEV_CHECKPOINT_KEY_LABEL, DevCheckpointKey.MARK_LABEL);
        assertTrue(ProductionSafetyCheck.isDevCheckpointKey(DevCheckpointKey.generate("any.log/name").secretKey()));
        assertEquals(false, ProductionSafetyCheck.isDevCheckpointKey("PRIVATE+KEY+not+a+key"));
    }
}
