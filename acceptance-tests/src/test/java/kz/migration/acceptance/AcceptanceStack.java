package kz.migration.acceptance;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.migration.testsupport.DevKeys;
import kz.migration.testsupport.Tokens;

/**
 * The whole registry started the way {@code ./registry up} starts it: the launcher ({@code RegistryLauncher up}) in
 * its own JVM, which runs PostgreSQL and Kafka and launches the four services' packaged jars. Its repository root is
 * a scratch directory whose {@code <service>/target} links to the real build output, so its data, keys and logs
 * never touch a developer's {@code .registry-data}; its ports are not the defaults either.
 */
final class AcceptanceStack implements AutoCloseable {

    static final List<String> SERVICE_MODULES = List.of("vacancy-service", "permit-service", "quota-service",
            "contract-registry-service");
    private static final Duration STARTUP = Duration.ofMinutes(6);

    private final Path root;
    private final int postgresPort;
    private final int kafkaPort;
    private final int httpBase;
    private final Tokens tokens;
    private Process launcher;
    private final List<ProcessHandle> children = new ArrayList<>();

    private AcceptanceStack(Path root, int postgresPort, int kafkaPort, int httpBase, Tokens tokens) {
        this.root = root;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.httpBase = httpBase;
        this.tokens = tokens;
    }

    /** Starts the stack with the settings the acceptance profile passes as system properties. */
    static AcceptanceStack start() throws IOException, InterruptedException {
        Path repository = Path.of(System.getProperty("acceptance.repository-root", "..")).toAbsolutePath()
                .normalize();
        Path work = Path.of(System.getProperty("acceptance.work-dir", "target/acceptance-stack")).toAbsolutePath();
        deleteRecursively(work);
        Path root = Files.createDirectories(work.resolve("root"));
        for (String module : SERVICE_MODULES) {
            Path target = repository.resolve(module).resolve("target");
            if (!Files.exists(target.resolve("quarkus-app").resolve("quarkus-run.jar"))) {
                throw new IllegalStateException(module + " is not packaged (" + target
                        + "/quarkus-app missing): run ./mvnw install -DskipTests first");
            }
            Files.createDirectories(root.resolve(module));
            Files.createSymbolicLink(root.resolve(module).resolve("target"), target);
        }
        // The launcher loads these keys and hands the public one to the services; the suite signs with the private.
        DevKeys keys = DevKeys.loadOrCreate(Files.createDirectories(root.resolve(".registry-data").resolve("keys")));
        AcceptanceStack stack = new AcceptanceStack(root, Integer.getInteger("acceptance.postgres-port", 15432),
                Integer.getInteger("acceptance.kafka-port", 19092),
                Integer.getInteger("acceptance.http-port-base", 18081), new Tokens(keys));
        stack.launch();
        return stack;
    }

    private void launch() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m", "-Xmx512m",
                "-Dregistry.root=" + root, "-Dslf4j.internal.verbosity=ERROR",
                "-cp", System.getProperty("java.class.path"),
                "kz.migration.localstack.RegistryLauncher", "up",
                "--postgres-port", Integer.toString(postgresPort),
                "--kafka-port", Integer.toString(kafkaPort),
                "--http-port-base", Integer.toString(httpBase),
                "--timeout", Long.toString(STARTUP.toSeconds()),
                "--no-appcds",
                // The labour-market test and permit lifecycle jobs run every minute by default; scenarios wait for them.
                "--jvm-option", "-Dvacancy.labour-market-test.job-interval=2s",
                "--jvm-option", "-Dpermit.jobs.every=2s"));
        Path log = launcherLog();
        launcher = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        Instant deadline = Instant.now().plus(STARTUP);
        while (true) {
            String output = Files.readString(log);
            if (output.contains("Running. Ctrl-C")) {
                // Demo data (the year's quota plan included) is loaded once this line is printed.
                launcher.descendants().forEach(children::add);
                return;
            }
            if (!launcher.isAlive()) {
                throw new IllegalStateException("the launcher exited with " + launcher.exitValue() + ":\n" + output);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the stack did not start within " + STARTUP + ":\n" + output);
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    Path launcherLog() {
        return root.getParent().resolve("launcher.log");
    }

    String baseUrl(String module) {
        return "http://localhost:" + (httpBase + SERVICE_MODULES.indexOf(module));
    }

    /** A token signed with the stack's key; {@code bin} for employers, {@code region} for officers. */
    String token(String role, String bin, String region) {
        return tokens.mint("acceptance-" + role, role, bin, region, Duration.ofHours(1));
    }

    /** The services' date (Asia/Almaty), as quota-service's dev clock tells it. */
    LocalDate today() {
        Reply clock = new Http().get(baseUrl("quota-service") + "/dev/clock", null);
        if (clock.status() != 200) {
            throw new IllegalStateException("quota-service's dev clock: " + clock);
        }
        return LocalDate.parse(clock.json().get("today").asText());
    }

    /** The log file of one service process (all its restarts append to it). */
    Path log(String module) {
        return root.resolve(".registry-data").resolve("logs").resolve(module + ".log");
    }

    /** Shifts every service's clock through its dev endpoint, as {@code ./registry clock advance} does. */
    void advanceClocks(String by) {
        Http http = new Http();
        for (String module : SERVICE_MODULES) {
            Reply reply = http.post(baseUrl(module) + "/dev/clock/advance", null, "{\"by\":\"" + by + "\"}");
            if (reply.status() != 200) {
                throw new IllegalStateException(module + " refused the clock advance: " + reply);
            }
        }
    }

    String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    /** The TCP ports of the stack: PostgreSQL, Kafka and the four services. */
    List<Integer> ports() {
        List<Integer> ports = new ArrayList<>(List.of(postgresPort, kafkaPort));
        for (int i = 0; i < SERVICE_MODULES.size(); i++) {
            ports.add(httpBase + i);
        }
        return ports;
    }

    /** Process handles of the launcher and everything it started, for the leftover check. */
    List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>(children);
        if (launcher != null) {
            all.add(launcher.toHandle());
        }
        return all;
    }

    /**
     * SIGTERM to the launcher: its handler stops the services, then Kafka, then PostgreSQL (as {@code ./registry
     * down}). Whatever is still alive after that is killed, so a failed run leaves no process behind.
     */
    @Override
    public void close() throws InterruptedException {
        if (launcher == null) {
            return;
        }
        launcher.descendants().forEach(children::add);
        launcher.destroy();
        if (!launcher.waitFor(150, TimeUnit.SECONDS)) {
            launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
