package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.migration.testsupport.DevKeys;
import kz.migration.testsupport.TestInfrastructure;

/**
 * The start path of {@code ./registry up}: a service's packaged jar ({@code target/quarkus-app}, built before this
 * module in the reactor) launched by {@link ServiceProcess} from its folder with an AppCDS archive, on real
 * PostgreSQL and Kafka. The archive is the one the launcher trains: a dynamic CDS archive of every class loaded up to
 * UP, written by a first start that is stopped once UP, here in a copy of the folder whose jars are hard links, so
 * the build's own folder is left as it is. The JVM's class-load log says which classes came from the archive.
 */
class PackagedStartTest {

    /** The service started: the lightest of the five. */
    private static final RegistryService SERVICE = RegistryService.VACANCY;

    private static final Duration START = Duration.ofSeconds(240);

    /** JDK 17's class-load log names classes mapped from the dynamic (AppCDS) archive so. */
    private static final String FROM_APPCDS_ARCHIVE = "source: shared objects file (top)";

    private static Path root;
    private static StackLayout layout;
    private static Path app;

    @BeforeAll
    static void copyOfThePackagedServiceWithItsArchive() throws Exception {
        Path built = Path.of("..", SERVICE.module(), "target", "quarkus-app").toAbsolutePath().normalize();
        assertTrue(Files.exists(built.resolve("quarkus-run.jar")),
                built + " is missing: package " + SERVICE.module() + " first (./mvnw verify builds it before this"
                        + " module)");
        root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "packaged-start-")
                .toAbsolutePath();
        layout = StackLayout.at(root);
        app = layout.quarkusApp(SERVICE);
        linkTree(built, app);

        // The launcher's training run: the service started on the test's PostgreSQL and Kafka until UP, then
        // stopped; its classes are dumped when the JVM exits.
        StartupArchive training = StartupArchive.choose(app, ServiceJdk.current().feature(), true);
        assertEquals(new StartupArchive(StartupArchive.Kind.APPCDS_TRAINING, StartupArchive.TRAINED_APPCDS_FILE),
                training, "no archive yet: the first start trains one");
        startUntilUp(training, List.of());
        assertTrue(training.keepTrained(app), "the training run wrote an archive, kept once it was UP");
        assertTrue(StartupArchive.isDynamicCdsArchive(app.resolve(StartupArchive.TRAINED_APPCDS_FILE)),
                "an AppCDS archive");
    }

    @AfterAll
    static void removeTheCopy() throws IOException {
        if (root != null) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Test
    void startsFromThePackagedJarWithItsAppCdsArchive() throws Exception {
        StartupArchive archive = StartupArchive.choose(app, ServiceJdk.current().feature(), true);
        assertEquals(new StartupArchive(StartupArchive.Kind.APPCDS, StartupArchive.TRAINED_APPCDS_FILE), archive,
                "the current trained archive is used");

        Path classLoads = root.resolve("class-load-archive.log");
        startUntilUp(archive, classLoads);

        List<String> lines = Files.readAllLines(classLoads, StandardCharsets.UTF_8);
        long fromArchive = lines.stream().filter(line -> line.contains(FROM_APPCDS_ARCHIVE)).count();
        assertTrue(fromArchive > 1000, "classes mapped from the AppCDS archive: " + fromArchive);
        assertTrue(lines.stream().anyMatch(line -> line.contains("io.quarkus.bootstrap.runner.QuarkusEntryPoint ")
                && line.contains(FROM_APPCDS_ARCHIVE)), "Quarkus' entry point came from the archive");
        // Trained up to UP, the archive also holds what runtime initialisation loads (Quarkus' build-time archive
        // stops at static initialisation): the Kafka consumer of the service's channel, for one.
        assertTrue(lines.stream().anyMatch(line -> line.contains("org.apache.kafka.clients.consumer.KafkaConsumer ")
                && line.contains(FROM_APPCDS_ARCHIVE)), "the Kafka consumer came from the archive");
    }

    /**
     * An archive the JVM cannot use (here: made from jars that have changed since, then copied over them) does not
     * keep the service from starting: the JVM says why in the service's log and runs without it.
     */
    @Test
    void anArchiveTheJvmRejectsLeavesTheServiceStartingWithoutIt() throws Exception {
        Path rejected = root.resolve("rejected-app");
        Path original = app;
        try {
            app = copyWithChangedJar(rejected);
            StartupArchive archive = new StartupArchive(StartupArchive.Kind.APPCDS,
                    StartupArchive.TRAINED_APPCDS_FILE);
            Path classLoads = root.resolve("class-load-rejected.log");
            Path log = startUntilUp(archive, classLoads);

            assertFalse(Files.readString(classLoads).contains(FROM_APPCDS_ARCHIVE), "no class from the archive");
            assertTrue(Files.readString(log).contains("Unable to use shared archive"),
                    "the JVM says why in the service's log");
        } finally {
            app = original;
        }
    }

    /** The launcher's own checks, before any JVM: stale, foreign or missing archives are left out. */
    @Test
    void leavesOutAnArchiveThatIsStaleOrNotAnArchive() throws Exception {
        Path folder = Files.createDirectories(root.resolve("checks").resolve("quarkus-app"));
        Files.createDirectories(folder.resolve("lib").resolve("main"));
        Path jar = Files.writeString(folder.resolve("lib").resolve("main").resolve("a.jar"), "jar");
        Files.writeString(folder.resolve("quarkus-run.jar"), "jar");
        StartupArchive training = StartupArchive.choose(folder, 17, true);
        assertEquals(StartupArchive.Kind.APPCDS_TRAINING, training.kind(), "no archive: a training run");
        assertEquals(List.of("-XX:ArchiveClassesAtExit=app-cds-trained-training.jsa"), training.jvmOptions());
        assertEquals(StartupArchive.NONE, StartupArchive.withoutTraining(folder, 17, true),
                "a start that must not train, with no archive at all");

        // Quarkus' build-time archive serves only a start that must not train.
        Path built = folder.resolve(StartupArchive.APPCDS_FILE);
        Files.copy(app.resolve(StartupArchive.TRAINED_APPCDS_FILE), built, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(built, FileTime.from(Instant.now()));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        assertEquals(StartupArchive.Kind.APPCDS_TRAINING, StartupArchive.choose(folder, 17, true).kind());
        assertEquals(new StartupArchive(StartupArchive.Kind.APPCDS, StartupArchive.APPCDS_FILE),
                StartupArchive.withoutTraining(folder, 17, true));

        Path archive = folder.resolve(StartupArchive.TRAINED_APPCDS_FILE);
        Files.copy(app.resolve(StartupArchive.TRAINED_APPCDS_FILE), archive, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));
        StartupArchive trained = new StartupArchive(StartupArchive.Kind.APPCDS, StartupArchive.TRAINED_APPCDS_FILE);
        assertEquals(trained, StartupArchive.choose(folder, 17, true));
        assertEquals(trained, StartupArchive.withoutTraining(folder, 17, true));
        assertEquals(StartupArchive.NONE, StartupArchive.choose(folder, 17, false), "--no-appcds");
        assertEquals(StartupArchive.NONE, StartupArchive.withoutTraining(folder, 17, false), "--no-appcds");

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(StartupArchive.Kind.APPCDS_TRAINING, StartupArchive.choose(folder, 17, true).kind(),
                "a jar newer than the archive: trained again");
        assertEquals(StartupArchive.NONE, StartupArchive.withoutTraining(folder, 17, true),
                "a jar newer than either archive");

        // JDK 17 given a file that is not a CDS archive silently turns off class-data sharing altogether.
        Files.writeString(archive, "not an archive");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(120)));
        assertEquals(StartupArchive.Kind.APPCDS_TRAINING, StartupArchive.choose(folder, 17, true).kind(),
                "not a CDS archive: trained again");
    }

    /**
     * The JVM of a training run writes its archive at every exit, also when the stack stops (or fails) before the
     * service is UP: that archive holds only the first classes, so later starts train again rather than use it.
     */
    @Test
    void anArchiveFromATrainingRunStoppedBeforeUpIsNotUsed() throws Exception {
        Path folder = Files.createDirectories(root.resolve("stopped-training").resolve("quarkus-app"));
        Path jar = Files.writeString(folder.resolve("quarkus-run.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        StartupArchive training = StartupArchive.choose(folder, 17, true);
        String output = training.jvmOptions().get(0).substring("-XX:ArchiveClassesAtExit=".length());
        // What the JVM writes on its way out, whether or not the run came UP.
        Files.copy(app.resolve(StartupArchive.TRAINED_APPCDS_FILE), folder.resolve(output));

        assertEquals(training, StartupArchive.choose(folder, 17, true), "the next start trains again");
        assertEquals(StartupArchive.NONE, StartupArchive.withoutTraining(folder, 17, true));
        assertTrue(training.keepTrained(folder), "kept once a run came UP");
        assertEquals(new StartupArchive(StartupArchive.Kind.APPCDS, StartupArchive.TRAINED_APPCDS_FILE),
                StartupArchive.choose(folder, 17, true));
        assertFalse(Files.exists(folder.resolve(output)));
    }

    @Test
    void onJdk25TheFirstStartTrainsTheAotCacheAndLaterStartsUseIt() throws Exception {
        Path folder = Files.createDirectories(root.resolve("aot").resolve("quarkus-app"));
        Path jar = Files.writeString(folder.resolve("quarkus-run.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        StartupArchive training = StartupArchive.choose(folder, 25, true);
        assertEquals(StartupArchive.Kind.AOT_TRAINING, training.kind());
        assertEquals(List.of("-XX:AOTCacheOutput=app-training.aot"), training.jvmOptions());
        Files.writeString(folder.resolve("app-training.aot"), "cache");
        assertEquals(StartupArchive.Kind.AOT_TRAINING, StartupArchive.choose(folder, 25, true).kind(),
                "a cache written by a run stopped before UP is not used");
        assertTrue(training.keepTrained(folder));

        StartupArchive cache = StartupArchive.choose(folder, 25, true);
        assertEquals(List.of("-XX:AOTCache=app.aot"), cache.jvmOptions());
        assertEquals(StartupArchive.NONE, StartupArchive.choose(folder, 25, false), "--no-appcds");

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(StartupArchive.Kind.AOT_TRAINING, StartupArchive.choose(folder, 25, true).kind(),
                "a rebuilt jar trains again");
        List<String> command = ServiceProcess.command(ServiceJdk.current(), List.of(), cache);
        assertTrue(command.containsAll(List.of("-XX:AOTCache=app.aot", "-jar", "quarkus-run.jar")), command.toString());
    }

    /** Starts the service as the launcher does, waits for UP (database and Kafka connected), stops it. */
    private static Path startUntilUp(StartupArchive archive, Path classLoads) throws Exception {
        return startUntilUp(archive, List.of("-Xlog:class+load=info:file=" + classLoads));
    }

    /** {@link #startUntilUp(StartupArchive, Path)} with these JVM options instead of the class-load log. */
    private static Path startUntilUp(StartupArchive archive, List<String> jvmOptions) throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        infrastructure.postgres().createDatabase(SERVICE.database());
        Path keys = root.resolve("keys");
        DevKeys.loadOrCreate(keys);
        int port = freePort();
        Map<String, String> environment = Map.of("REGISTRY_HTTP_PORT", Integer.toString(port), "REGISTRY_DB_URL",
                infrastructure.postgres().jdbcUrl(SERVICE.database()), "REGISTRY_DB_USER", "postgres",
                "REGISTRY_DB_PASSWORD", "trusted", "REGISTRY_KAFKA_BOOTSTRAP",
                infrastructure.kafka().bootstrapServers(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve(DevKeys.PUBLIC_KEY_FILE).toString());
        List<String> options = new ArrayList<>(jvmOptions);
        StackLayout started = StackLayout.at(app.getParent().getParent().getParent());
        ServiceProcess process = ServiceProcess.launch(SERVICE, started, environment, options, ServiceJdk.current(),
                archive, false);
        try {
            process.awaitHealthy(port, START);
            // The footprint settings reach the JVM: its options and its C library's environment.
            String environ = Files.readString(Path.of("/proc", Long.toString(process.pid()), "environ"),
                    StandardCharsets.ISO_8859_1);
            assertTrue(environ.contains("\0MALLOC_ARENA_MAX=2\0") || environ.startsWith("MALLOC_ARENA_MAX=2\0"),
                    "MALLOC_ARENA_MAX");
            assertTrue(process.process().info().arguments().map(List::of).orElseThrow()
                    .contains("-XX:TrimNativeHeapInterval=5000"));
            return process.log();
        } catch (ServiceProcess.StartupFailure e) {
            throw new AssertionError(e.getMessage(), e);
        } finally {
            // Long enough for a training run's JVM to write its archive on the way out.
            process.stop(Duration.ofSeconds(120));
        }
    }

    /**
     * A copy of the folder whose boot jar (on the JVM's class path) is a real copy with another modification time,
     * and whose archive, copied last, is newer than every jar: the launcher's own check passes it, the JVM's does not.
     */
    private static Path copyWithChangedJar(Path rejectedRoot) throws IOException {
        Path copy = StackLayout.at(rejectedRoot).quarkusApp(SERVICE);
        linkTree(app, copy);
        Path bootJar;
        try (Stream<Path> boot = Files.list(copy.resolve("lib").resolve("boot"))) {
            bootJar = boot.filter(file -> file.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Path changed = Files.createTempFile(rejectedRoot, "boot", ".jar");
        Files.copy(bootJar, changed, StandardCopyOption.REPLACE_EXISTING);
        Files.move(changed, bootJar, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(bootJar, FileTime.from(Instant.now().minusSeconds(30)));
        Path archive = copy.resolve(StartupArchive.TRAINED_APPCDS_FILE);
        Files.copy(app.resolve(StartupArchive.TRAINED_APPCDS_FILE), archive);
        assertEquals(StartupArchive.Kind.APPCDS, StartupArchive.choose(copy, 17, true).kind(),
                "the launcher cannot tell");
        return copy;
    }

    /** The folder's files as hard links (a copy where links are not possible), its archives and caches left out. */
    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                String name = file.getFileName().toString();
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!name.equals(StartupArchive.APPCDS_FILE) && !name.equals(StartupArchive.TRAINED_APPCDS_FILE)
                        && !name.equals(StartupArchive.AOT_CACHE_FILE)
                        && !name.equals(StartupArchive.trainingOutput(StartupArchive.TRAINED_APPCDS_FILE))
                        && !name.equals(StartupArchive.trainingOutput(StartupArchive.AOT_CACHE_FILE))) {
                    try {
                        Files.createLink(target, file);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
