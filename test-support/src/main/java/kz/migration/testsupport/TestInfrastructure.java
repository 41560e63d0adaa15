package kz.migration.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * One PostgreSQL server and one Kafka broker per test JVM, shared by every test class in it and stopped when the
 * JVM exits, with the JVM's token and certificate signing keys. The PostgreSQL binaries are unpacked into {@code target/} once, not into /tmp on every run.
 */
public final class TestInfrastructure {

    public static final String DATABASE = "registry";

    private static TestInfrastructure instance;

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafka kafka;
    private final DevKeys keys = DevKeys.generate();
    private final DevCheckpointKey checkpointKey = DevCheckpointKey.generate(DevCheckpointKey.ORIGIN);
    private final DevSigningKey certificateKey = DevSigningKey.generate();
    private final Path certificateKeyFile;

    private TestInfrastructure() throws IOException, SQLException {
        Path work = Files.createTempDirectory("registry-test-");
        Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "registry-pg-binaries");
        postgres = EmbeddedPostgresServer.start(work.resolve("pg"), binaries, 0,
                Boolean.getBoolean(EmbeddedPostgresServer.DURABLE));
        postgres.createDatabase(DATABASE);
        certificateKeyFile = certificateKey.writeTo(work.resolve(DevSigningKey.CERTIFICATE_KEY_FILE));
        kafka = EmbeddedKafka.start(null, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is going away
            }
        }, "test-infrastructure-shutdown"));
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            try {
                instance = new TestInfrastructure();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public DevKeys keys() {
        return keys;
    }

    /** The contract registry's checkpoint signing key in this JVM's tests. */
    public DevCheckpointKey checkpointKey() {
        return checkpointKey;
    }

    /** The key permit-service signs certificates with in tests. */
    public DevSigningKey certificateKey() {
        return certificateKey;
    }

    /** Where {@link #certificateKey()} is kept as PEM, for {@code permit.certificate.signing-key}. */
    public Path certificateKeyFile() {
        return certificateKeyFile;
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl(DATABASE);
    }
}
