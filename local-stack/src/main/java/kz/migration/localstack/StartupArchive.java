package kz.migration.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What makes a service JVM start faster: on JDK 17 to 24 the AppCDS archive Quarkus writes when built with
 * {@code -Dquarkus.package.jar.appcds.enabled=true} (as {@code ./registry} builds); on JDK 25 or newer an AOT cache
 * (JEP 483, 514, 515), which the launcher trains on the service's first start and uses from then on. Both live next
 * to the jars they were made from, in {@code target/quarkus-app}, and count only while newer than every jar: a
 * rebuild makes them stale. An archive or cache the JVM cannot use (another JDK, changed jars) is dropped by the JVM
 * itself, which then starts without it.
 */
record StartupArchive(Kind kind, String file) {

    /** Written by Quarkus's AppCDS build step. */
    static final String APPCDS_FILE = "app-cds.jsa";

    /** The name Quarkus gives the AOT cache of its aot-jar packaging; here written by the launcher's training run. */
    static final String AOT_CACHE_FILE = "app.aot";

    /** The JDK whose JVM has {@code -XX:AOTCacheOutput} (JEP 514: training run and cache in one step). */
    static final int AOT_CACHE_JDK = 25;

    /** HotSpot's magic number of a dynamic (top-layer) CDS archive, as {@code -XX:ArchiveClassesAtExit} writes it. */
    static final int DYNAMIC_ARCHIVE_MAGIC = 0xf00baba8;

    enum Kind {
        NONE, APPCDS, AOT_TRAINING, AOT_CACHE
    }

    static final StartupArchive NONE = new StartupArchive(Kind.NONE, null);

    /**
     * The archive a service started from {@code app} (its {@code quarkus-app} folder) on a JDK of the given feature
     * version uses: the AOT cache on JDK 25+ (a training run while there is no current one), else the AppCDS
     * archive while it is current and really is a CDS archive. JDK 17 given a file that is not one silently turns
     * off class-data sharing altogether, the JDK's own archive included, so such a file is left out.
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
        return current(app, APPCDS_FILE) && isDynamicCdsArchive(app.resolve(APPCDS_FILE))
                ? new StartupArchive(Kind.APPCDS, APPCDS_FILE)
                : NONE;
    }

    /**
     * The service JVM's options. Paths stay relative to the application folder the JVM runs in: the JVM rejects an
     * archive whose recorded class path differs.
     */
    List<String> jvmOptions() {
        return switch (kind) {
            case NONE -> List.of();
            case APPCDS -> List.of("-XX:SharedArchiveFile=" + file);
            // The JVM records the run and writes the cache when it exits (JEP 514).
            case AOT_TRAINING -> List.of("-XX:AOTCacheOutput=" + file);
            case AOT_CACHE -> List.of("-XX:AOTCache=" + file);
        };
    }

    boolean training() {
        return kind == Kind.AOT_TRAINING;
    }

    /** How the launcher's start line names it. */
    String label() {
        return switch (kind) {
            case NONE -> "";
            case APPCDS -> ", AppCDS";
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
