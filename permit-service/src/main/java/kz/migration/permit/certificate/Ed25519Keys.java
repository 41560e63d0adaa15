package kz.migration.permit.certificate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

import kz.migration.common.security.ProductionSafetyCheck;

/**
 * The JDK's Ed25519 (RFC 8032) with keys as the raw 32-byte values JWKs carry (RFC 8037): the seed ({@code d}) and
 * the public key ({@code x}).
 */
final class Ed25519Keys {

    static final int KEY_SIZE = 32;

    /** DER of an Ed25519 SubjectPublicKeyInfo up to the raw key (RFC 8410 §4). */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21,
            0x00};
    /** DER of an Ed25519 PKCS#8 private key up to the raw seed (RFC 8410 §7). */
    private static final byte[] PKCS8_PREFIX = {0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65,
            0x70, 0x04, 0x22, 0x04, 0x20};

    private Ed25519Keys() {
    }

    /** The seed of a PKCS#8 PEM private key, as {@code openssl genpkey -algorithm ed25519} writes it. */
    static byte[] seedOfPem(String pem) {
        try {
            byte[] der = Base64.getDecoder()
                    .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            return ((EdECPrivateKey) key).getBytes()
                    .orElseThrow(() -> new IllegalArgumentException("the Ed25519 private key has no seed"));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8 PEM", e);
        }
    }

    static PrivateKey privateKey(byte[] seed) {
        requireSize(seed);
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 seed", e);
        }
    }

    static PublicKey publicKey(byte[] raw) {
        requireSize(raw);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(SPKI_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /**
     * The raw public key of a seed. The JDK has no call for it, but its key pair generator turns the 32 random bytes
     * it draws into the pair of that seed (RFC 8032 §5.1.5): it is handed the seed as those bytes, and the result is
     * checked.
     */
    static byte[] publicKeyOf(byte[] seed) {
        requireSize(seed);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedAsRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            if (!Arrays.equals(((EdECPrivateKey) pair.getPrivate()).getBytes().orElse(null), seed)) {
                throw new IllegalStateException("this Java runtime's Ed25519 key generator did not use the seed");
            }
            byte[] spki = pair.getPublic().getEncoded();
            return Arrays.copyOfRange(spki, spki.length - KEY_SIZE, spki.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    /** A throwaway key's seed with the dev mark, which production refuses. */
    static byte[] devSeed() {
        byte[] seed = new byte[KEY_SIZE];
        new SecureRandom().nextBytes(seed);
        byte[] mark = ProductionSafetyCheck.DEV_SIGNING_SEED_MARK.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(mark, 0, seed, 0, mark.length);
        return seed;
    }

    /** The key's JWK thumbprint (RFC 7638, SHA-256), the key id it is published and named under. */
    static String thumbprint(byte[] publicKey) {
        String canonical = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + base64Url(publicKey) + "\"}";
        try {
            return base64Url(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void requireSize(byte[] raw) {
        if (raw == null || raw.length != KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 key has " + KEY_SIZE + " bytes");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Hands out the seed, once, where a key generator asks for random bytes. */
    private static final class SeedAsRandom extends SecureRandom {

        private static final long serialVersionUID = 1L;

        private final byte[] seed;
        private boolean used;

        SeedAsRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (used || bytes.length != seed.length) {
                throw new IllegalStateException("the key generator asked for other random bytes than a seed");
            }
            used = true;
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
