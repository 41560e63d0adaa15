package kz.migration.tlog;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/** The JDK's Ed25519 (RFC 8032) with keys as raw 32-byte values, the encoding notes and verifier keys use. */
public final class Ed25519 {

    public static final int KEY_SIZE = 32;

    /** DER of an Ed25519 SubjectPublicKeyInfo up to the raw key (RFC 8410). */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21,
            0x00};
    /** DER of an Ed25519 PKCS#8 private key up to the raw seed (RFC 8410). */
    private static final byte[] PKCS8_PREFIX = {0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65,
            0x70, 0x04, 0x22, 0x04, 0x20};

    private Ed25519() {
    }

    public static PublicKey publicKey(byte[] raw) {
        requireSize(raw, "public key");
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(SPKI_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    public static PrivateKey privateKey(byte[] seed) {
        requireSize(seed, "private key seed");
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    /**
     * The raw public key of a seed. The JDK has no call for it, but its key pair generator turns the 32 bytes it
     * draws into the key pair of that seed (RFC 8032 §5.1.5); we hand it the seed as those bytes and check the result.
     */
    public static byte[] publicKeyOf(byte[] seed) {
        requireSize(seed, "private key seed");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedAsRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] drawn = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElse(new byte[0]);
            if (!Arrays.equals(drawn, seed)) {
                throw new IllegalStateException("this Java runtime's Ed25519 key generator did not use the seed");
            }
            byte[] spki = pair.getPublic().getEncoded();
            return Arrays.copyOfRange(spki, spki.length - KEY_SIZE, spki.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    public static byte[] newSeed() {
        byte[] seed = new byte[KEY_SIZE];
        new SecureRandom().nextBytes(seed);
        return seed;
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (SignatureException | InvalidKeyException malformed) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    private static void requireSize(byte[] raw, String what) {
        if (raw == null || raw.length != KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 " + what + " has " + KEY_SIZE + " bytes");
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
