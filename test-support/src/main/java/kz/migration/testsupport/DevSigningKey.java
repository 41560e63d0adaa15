package kz.migration.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * An Ed25519 key that signs permit certificates in the tests and the local stack, kept as PKCS#8 PEM (what
 * {@code openssl genpkey -algorithm ed25519} writes and permit-service reads). It is generated, never committed: one
 * per test JVM, one per local-stack data directory. Its seed starts with {@link #SEED_MARK}, so production refuses it
 * wherever it ends up (common's ProductionSafetyCheck); keep the two marks equal.
 */
public final class DevSigningKey {

    public static final String CERTIFICATE_KEY_FILE = "dev-certificate-key.pem";

    /** The first bytes of every dev seed; the rest is random. */
    public static final String SEED_MARK = "regdev";

    /**
     * How long a dev key is declared valid from the day its file was made: long enough for tests that move the clock
     * years on, short enough to show in the key-expiry metric.
     */
    public static final Duration LIFETIME = Duration.ofDays(5 * 365);

    /** DER of an Ed25519 PKCS#8 private key up to the raw 32-byte seed (RFC 8410 §7). */
    private static final byte[] PKCS8_PREFIX = {0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65,
            0x70, 0x04, 0x22, 0x04, 0x20};
    private static final int SEED_SIZE = 32;

    private final byte[] seed;
    private final Instant expires;

    private DevSigningKey(byte[] seed, Instant expires) {
        this.seed = seed.clone();
        this.expires = expires;
    }

    /** A new dev key, declared valid for {@link #LIFETIME} from now. */
    public static DevSigningKey generate() {
        byte[] seed = new byte[SEED_SIZE];
        new SecureRandom().nextBytes(seed);
        byte[] mark = SEED_MARK.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(mark, 0, seed, 0, mark.length);
        return new DevSigningKey(seed, Instant.now().plus(LIFETIME));
    }

    /** The key kept in {@code file}, created on first use; it expires {@link #LIFETIME} after the file was made. */
    public static DevSigningKey loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, generate().privateKeyPem());
        }
        Instant made = Files.getLastModifiedTime(file).toInstant();
        return new DevSigningKey(seedOf(Files.readString(file)), made.plus(LIFETIME));
    }

    /** The 32-byte Ed25519 seed (RFC 8032's private key). */
    public byte[] seed() {
        return seed.clone();
    }

    /** When the key is declared to expire, for the service's key-expiry setting. */
    public Instant expires() {
        return expires;
    }

    /** PKCS#8 PEM, as permit-service reads it from {@code permit.certificate.signing-key}. */
    public String privateKeyPem() {
        byte[] der = Arrays.copyOf(PKCS8_PREFIX, PKCS8_PREFIX.length + SEED_SIZE);
        System.arraycopy(seed, 0, der, PKCS8_PREFIX.length, SEED_SIZE);
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END PRIVATE KEY-----\n";
    }

    /** Writes the key as PEM to {@code file}, for a service that reads it from there. */
    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, privateKeyPem());
    }

    private static byte[] seedOf(String pem) throws IOException {
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        try {
            EdECPrivateKey key = (EdECPrivateKey) KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
            return key.getBytes().orElseThrow(() -> new IOException("the Ed25519 key has no seed"));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IOException("not an Ed25519 private key (PKCS#8 PEM)", e);
        }
    }
}
