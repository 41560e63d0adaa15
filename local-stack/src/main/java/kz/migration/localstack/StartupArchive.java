package kz.migration.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * What makes a service JVM start faster: a class archive trained on a real start up to UP, which the launcher makes
 * on the service's first start and uses from then on. On JDK 17 to 24 it is a dynamic AppCDS archive
 * ({@code -XX:ArchiveClassesAtExit}); on JDK 25 or newer an AOT cache (JEP 483, 514, 515). The AppCDS archive
 * Quarkus writes when built with {@code -Dquarkus.package.jar.appcds.enabled=true} (as {@code ./registry} builds)
 * holds only the classes of static initialisation (about 3,000 of the 10,000 a service loads to UP), so it serves
 * only where no trained archive can be had. All live next to the jars they were made from, in
 * {@code target/quarkus-app}, and count only while newer than every jar: a rebuild makes them stale. An archive or
 * cache the JVM cannot use (another JDK, changed jars) is dropped by the JVM itself, which then starts without it.
 */
record StartupArchive(Kind kind, String file) {

    /** Written by Quarkus's AppCDS build step. */
    static final String APPCDS_FILE = "app-cds.jsa";

    /** Written by the launcher's training run on JDK 17 to 24: every class loaded up to UP. */
    static final String TRAINED_APPCDS_FILE = "app-cds-trained.jsa";

    /** The name Quarkus gives the AOT cache of its aot-jar packaging; here written by the launcher's training run. */
    static final String AOT_CACHE_FILE = "app.aot";

    /**
     * Where a training run writes its archive or cache. The JVM writes it at every exit, also when the run is stopped
     * before UP (the stack stopped, or failed to start): such a file holds only the first classes (688 KB instead of
     * about 80 MB, seen 2026-12-07), and under the final name it would be used by every later start while current.
     * So it is written here and moved to the final name only after a run that came UP ({@link #keepTrained}).
     */
    static String trainingOutput(String file) {
        int extension = file.lastIndexOf('.');
        return file.substring(0, extension) + "-training" + file.substring(extension);
    }

    /** The JDK whose JVM has {@code -XX:AOTCacheOutput} (JEP 514: training run and cache in one step). */
    static final int AOT_CACHE_JDK = 25;

    /** HotSpot's magic number of a dynamic (top-layer) CDS archive, as {@code -XX:ArchiveClassesAtExit} writes it. */
    static final int DYNAMIC_ARCHIVE_MAGIC = 0xf00baba8;

    enum Kind {
        NONE, APPCDS, APPCDS_TRAINING, AOT_TRAINING, AOT_CACHE
    }

    static final StartupArchive NONE = new StartupArchive(Kind.NONE, null);

    /**
     * The archive a service started from {@code app} (its {@code quarkus-app} folder) on a JDK of the given feature
     * version uses: the trained one while it is current (the AOT cache on JDK 25+, the trained AppCDS archive
     * before), else a training run that makes it.
     */
    static StartupArchive choose(Path app, int javaFeature, boolean enabled) {
        if (!enabled) {
            return NONE;
        }
        if (javaFeature >= AOT_CACHE_JDK) {
            return current(app, AOT_CACHE_FILE)
                    ? new StartupArchive(Kind.AOT_CACHE, AOT_CACHE_FILE)
                    : new StartupArchive(Kind.AOT_TRAINING, AOT_CACHE_FILE);
        }
        return usableAppCds(app, TRAINED_APPCDS_FILE)
                ? new StartupArchive(Kind.APPCDS, TRAINED_APPCDS_FILE)
                : new StartupArchive(Kind.APPCDS_TRAINING, TRAINED_APPCDS_FILE);
    }

    /**
     * What a start that must not train uses (a restart, a second instance, or after a training run that wrote
     * nothing): the archive {@link #choose} picks unless that is a training run; then, below JDK 25, the AppCDS
     * archive of Quarkus's build while it is current, else none.
     */
    static StartupArchive withoutTraining(Path app, int javaFeature, boolean enabled) {
        StartupArchive chosen = choose(app, javaFeature, enabled);
        if (!chosen.training()) {
            return chosen;
        }
        return javaFeature < AOT_CACHE_JDK && usableAppCds(app, APPCDS_FILE)
                ? new StartupArchive(Kind.APPCDS, APPCDS_FILE)
                : NONE;
    }

    /**
     * A current file that really is a CDS archive. JDK 17 given a file that is not one silently turns off class-data
     * sharing altogether, the JDK's own archive included, so such a file is left out.
     */
    private static boolean usableAppCds(Path app, String name) {
        return current(app, name) && isDynamicCdsArchive(app.resolve(name));
    }

    /**
     * The service JVM's options. Paths stay relative to the application folder the JVM runs in: the JVM rejects an
     * archive whose recorded class path differs.
     */
    List<String> jvmOptions() {
        return switch (kind) {
            case NONE -> List.of();
            case APPCDS -> List.of("-XX:SharedArchiveFile=" + file);
            // The JVM writes every class it loaded, the JDK's archive excepted, when it exits.
            case APPCDS_TRAINING -> List.of("-XX:ArchiveClassesAtExit=" + trainingOutput(file));
            // The JVM records the run and writes the cache when it exits (JEP 514).
            case AOT_TRAINING -> List.of("-XX:AOTCacheOutput=" + trainingOutput(file));
            case AOT_CACHE -> List.of("-XX:AOTCache=" + file);
        };
    }

    boolean training() {
        return kind == Kind.APPCDS_TRAINING || kind == Kind.AOT_TRAINING;
    }

    /**
     * After a training run that came UP and has exited: its output, if it wrote one (a CDS archive where one is
     * expected), becomes the archive or cache later starts use. True if it did.
     */
    boolean keepTrained(Path app) throws IOException {
        if (!training()) {
            return false;
        }
        Path output = app.resolve(trainingOutput(file));
        if (!Files.isRegularFile(output) || kind == Kind.APPCDS_TRAINING && !isDynamicCdsArchive(output)) {
            return false;
        }
        Files.move(output, app.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** How the launcher's start line names it. */
    String label() {
        return switch (kind) {
            case NONE -> "";
            case APPCDS -> TRAINED_APPCDS_FILE.equals(file) ? ", AppCDS (trained)" : ", AppCDS";
            case APPCDS_TRAINING -> ", AppCDS training run";
            case AOT_TRAINING -> ", AOT cache training run";
            case AOT_CACHE -> ", AOT cache";
        };
    }

    /** True while the file exists and is newer than {@code quarkus-run.jar} and every jar under the folder. */
    static boolean current(Path app, String name) {
        Path archive = app.resolve(name);
        try {
            if (!Files.isRegularFile(archive)) {
                return false;
            }
            long archived = Files.getLastModifiedTime(archive).toMillis();
            try (Stream<Path> files = Files.walk(app)) {
                return files.filter(file -> file.toString().endsWith(".jar"))
                        .allMatch(jar -> lastModified(jar) <= archived);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    static boolean isDynamicCdsArchive(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4
                    && ByteBuffer.wrap(magic).order(ByteOrder.nativeOrder()).getInt() == DYNAMIC_ARCHIVE_MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
