package kz.migration.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from the zonky binaries, for tests (temporary data) and the local stack (data kept
 * under the project's data directory). Binaries are unpacked once into a cache folder, not on every start.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    /** System property: {@code true} loads pg_stat_statements into the server (off by default). */
    public static final String TRACK_STATEMENTS = "registry.postgres.track-statements";

    /**
     * System property: {@code true} starts the tests' server with fsync, synchronous_commit and full_page_writes on
     * (zonky's defaults turn them off); for durable benchmark runs.
     */
    public static final String DURABLE = "registry.postgres.durable";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code port} (0 = any free port) with its data in {@code dataDir}; keeps existing data.
     * A server left running by a killed launcher is stopped first through its {@code postmaster.pid}.
     */
    public static EmbeddedPostgresServer start(Path dataDir, Path binaryCache, int port, boolean durable)
            throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(binaryCache);
        OrphanProcesses.stopPostgresOrphan(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaryCache.toFile())
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "128MB")
                .setPGStartupWait(java.time.Duration.ofSeconds(60));
        if (port > 0) {
            builder.setPort(port);
        }
        if (durable) {
            // zonky turns these off for speed; the local stack keeps PostgreSQL's safe defaults.
            builder.setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (Boolean.getBoolean(TRACK_STATEMENTS)) {
            // For benchmarks: per-statement time, planning time and calls in pg_stat_statements (a little overhead on
            // every query).
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "all")
                    .setServerConfig("pg_stat_statements.track_planning", "on");
        }
        return new EmbeddedPostgresServer(builder.start());
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists. */
    public void createDatabase(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement
                    .executeQuery("select 1 from pg_database where datname = '" + database.replace("'", "") + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database \"" + database.replace("\"", "") + "\"");
        }
    }

    public void dropDatabase(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + database.replace("\"", "") + "\" with (force)");
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
