package kz.migration.testsupport;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs dev and test tokens. It is generated, never committed: tests make one per JVM, the
 * local stack one per data directory. Production verifies against the ministry's keys (or JWKS) instead.
 */
public final class DevKeys {

    public static final String PUBLIC_KEY_FILE = "dev-jwt-public.pem";
    public static final String PRIVATE_KEY_FILE = "dev-jwt-private.pem";

    /**
     * Public exponent of every dev key (the usual one is 65537). It marks the key wherever it ends up, so that the
     * production profile can refuse to verify tokens with it (common's ProductionSafetyCheck); keep them equal.
     */
    public static final BigInteger PUBLIC_EXPONENT = BigInteger.valueOf(65539);

    private final KeyPair keyPair;

    private DevKeys(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    public static DevKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(2048, PUBLIC_EXPONENT));
            return new DevKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the pair kept in {@code dir}, creating it on first use. */
    public static DevKeys loadOrCreate(Path dir) throws IOException {
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        if (Files.exists(publicFile) && Files.exists(privateFile)) {
            try {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(pemBody(publicFile)));
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(pemBody(privateFile)));
                return new DevKeys(new KeyPair(publicKey, privateKey));
            } catch (GeneralSecurityException e) {
                throw new IOException("Unreadable dev keys in " + dir, e);
            }
        }
        DevKeys keys = generate();
        Files.createDirectories(dir);
        Files.writeString(publicFile, pem("PUBLIC KEY", keys.keyPair.getPublic().getEncoded()));
        Files.writeString(privateFile, pem("PRIVATE KEY", keys.keyPair.getPrivate().getEncoded()));
        return keys;
    }

    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    /** The public key as PEM, for {@code mp.jwt.verify.publickey}. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", keyPair.getPublic().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] pemBody(Path file) throws IOException {
        String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
