package kz.migration.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

import kz.migration.tlog.NoteSigner;

/**
 * The Ed25519 key that signs the contract registry's checkpoints in tests and the local stack. It is generated, never
 * committed: tests make one per JVM, the local stack one per data directory. Production signs with a key of its own
 * (docs/runbook.md) and refuses this one: its seed carries a mark, as the dev JWT keys carry their exponent (common's
 * ProductionSafetyCheck looks for it).
 */
public final class DevCheckpointKey {

    /** Where the local stack keeps it, in its keys directory: one secret key line. */
    public static final String SECRET_KEY_FILE = "dev-checkpoint-signing.key";

    /**
     * The mark: the seed's second half is the first 16 bytes of SHA-256 of this label and the first half, which is
     * random. Equal to ProductionSafetyCheck.DEV_CHECKPOINT_KEY_LABEL (a test there keeps them so).
     */
    public static final String MARK_LABEL = "labour-migration-registry development checkpoint key";

    /**
     * The contract registry's log name, the default of {@code contract.registry.checkpoint.origin}: the service signs
     * only with keys of that name, so a dev key made for the tests or the local stack carries it.
     */
    public static final String ORIGIN = "registry.migration.gov.kz/contracts";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NoteSigner signer;

    private DevCheckpointKey(NoteSigner signer) {
        this.signer = signer;
    }

    /** A new dev key named {@code origin}, the registry log's name (the key name of a log's checkpoints). */
    public static DevCheckpointKey generate(String origin) {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        System.arraycopy(mark(Arrays.copyOf(seed, 16)), 0, seed, 16, 16);
        return new DevCheckpointKey(NoteSigner.fromSeed(origin, seed));
    }

    /** Loads the key kept in {@code dir}, creating it on first use; a key of another origin is replaced. */
    public static DevCheckpointKey loadOrCreate(Path dir, String origin) throws IOException {
        Path file = dir.resolve(SECRET_KEY_FILE);
        if (Files.exists(file)) {
            NoteSigner kept = NoteSigner.fromSecretKey(Files.readString(file).strip());
            if (kept.name().equals(origin)) {
                return new DevCheckpointKey(kept);
            }
        }
        DevCheckpointKey key = generate(origin);
        Files.createDirectories(dir);
        Files.writeString(file, key.secretKey() + "\n");
        return key;
    }

    /** The secret key string the service reads ({@code PRIVATE+KEY+<name>+<key ID>+<key>}). */
    public String secretKey() {
        return signer.secretKey();
    }

    /** The verifier key that checks its signatures ({@code <name>+<key ID>+<key>}). */
    public String verifierKey() {
        return signer.verifierKey().encoded();
    }

    static byte[] mark(byte[] firstHalf) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(MARK_LABEL.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha256.digest(firstHalf), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
