package kz.migration.permit.certificate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import kz.migration.common.security.ProductionSafetyCheck;
import kz.migration.tlog.Ed25519;

/**
 * The JDK's Ed25519 (RFC 8032) with keys as the raw 32-byte values JWKs carry (RFC 8037): the seed ({@code d}) and
 * the public key ({@code x}). Keys and signatures themselves are the transparency log's {@link Ed25519}, which also signs checkpoints.
 */
final class Ed25519Keys {

    static final int KEY_SIZE = Ed25519.KEY_SIZE;

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

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
