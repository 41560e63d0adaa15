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
 * its own JVM, which runs PostgreSQL and Kafka and launches the five services' packaged jars. Its repository root is
 * a scratch directory whose {@code <service>/target} links to the real build output, so its data, keys and logs
 * never touch a developer's {@code .registry-data}; its ports are not the defaults either. With {@code
 * acceptance.instances} 2 (the scale-out run) it runs two instances of every service, the second 10 ports above the
 * first, and the facades send their calls to each instance in turn ({@link InstanceRotation}).
 */
final class AcceptanceStack implements AutoCloseable {

    static final List<String> SERVICE_MODULES = List.of("vacancy-service", "permit-service", "quota-service",
            "contract-registry-service", "inspection-service");
    private static final Duration STARTUP = Duration.ofMinutes(6);

    private final Path root;
    private final int postgresPort;
    private final int kafkaPort;
    private final int httpBase;
    private final int instances;
    private final Tokens tokens;
    private final InstanceRotation rotation;
    private Process launcher;
    private final List<ProcessHandle> children = new ArrayList<>();

    private AcceptanceStack(Path root, int postgresPort, int kafkaPort, int httpBase, int instances,
            Tokens tokens) {
        this.root = root;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.httpBase = httpBase;
        this.instances = instances;
        this.tokens = tokens;
        this.rotation = newRotation();
    }

    /** Starts the stack with the settings the acceptance profile passes as system properties. */
    static AcceptanceStack start() throws IOException, InterruptedException {
        return start(Integer.getInteger("acceptance.instances", 1));
    }

    /** Starts the stack with {@code instances} instances of every service. */
    static AcceptanceStack start(int instances) throws IOException, InterruptedException {
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
                Integer.getInteger("acceptance.http-port-base", 18081), instances, new Tokens(keys));
        stack.launch();
        if (instances > 1) {
            InstanceRotation.use(stack.rotation());
        }
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
                "--instances", Integer.toString(instances),
                "--timeout", Long.toString(STARTUP.toSeconds()),
                "--no-appcds",
                // The labour-market test and permit lifecycle jobs run every minute by default; scenarios wait for them.
                "--jvm-option", "-Dvacancy.labour-market-test.job-interval=2s",
                "--jvm-option", "-Dpermit.jobs.every=2s",
                // The wage monitor judges due months every few seconds, not every ten minutes.
                "--jvm-option", "-Dinspection.wages.job-interval=5s"));
        Path log = launcherLog();
        // A relaunch (after a kill -9) appends to the same log: wait for one more "Running." line than before.
        long runningBefore = Files.exists(log) ? runningLines(Files.readString(log)) : 0;
        launcher = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        Instant deadline = Instant.now().plus(STARTUP);
        while (true) {
            String output = Files.readString(log);
            if (runningLines(output) > runningBefore) {
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

    private static long runningLines(String output) {
        return output.lines().filter(line -> line.startsWith("Running. Ctrl-C")).count();
    }

    /**
     * kill -9 of the launcher, which is the JVM that runs the Kafka broker: the broker dies with it, PostgreSQL and
     * the services are orphaned (as after a crash of {@code ./registry up}).
     */
    void killLauncher() throws InterruptedException {
        launcher.descendants().forEach(children::add);
        launcher.destroyForcibly();
        launcher.waitFor(30, TimeUnit.SECONDS);
    }

    /** {@code ./registry up} again on the same data: it stops the orphans and starts everything as after a crash. */
    void relaunch() throws IOException, InterruptedException {
        launch();
    }

    /** The pid the launcher recorded last for a service (a restarted service has a new one). */
    long servicePid(String module) throws IOException {
        long pid = -1;
        for (String line : Files.readAllLines(root.resolve(".registry-data").resolve("services.pids"))) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length == 2 && cells[0].equals(module)) {
                pid = Long.parseLong(cells[1]);
            }
        }
        return pid;
    }

    /**
     * kill -9 of one service process ({@code permit-service}, or {@code permit-service-2} for a second instance); the
     * launcher notices, starts it again and gives it the stack's clock offset.
     */
    long killService(String module) throws IOException, InterruptedException {
        long pid = servicePid(module);
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException(module + " pid " + pid + " is not running"));
        children.add(process);
        process.destroyForcibly();
        process.onExit().join();
        return pid;
    }

    /** Whether the service answers UP on /q/health. */
    boolean healthy(String module) {
        return healthy(module, 1);
    }

    /** Whether one instance of the service answers UP on /q/health. */
    boolean healthy(String module, int instance) {
        try {
            return new Http().get(baseUrl(module, instance) + "/q/health").status() == 200;
        } catch (RuntimeException down) {
            return false;
        }
    }

    /** JDBC URL of a service's database; user and password are the database name, as the launcher creates them. */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    /** Shifts the clock of every instance of one service (a restarted service starts again from the real time). */
    void advanceClock(String module, String by) {
        for (int instance = 1; instance <= instances; instance++) {
            Reply reply = new Http().post(baseUrl(module, instance) + "/dev/clock/advance",
                    "{\"by\":\"" + by + "\"}");
            if (reply.status() != 200) {
                throw new IllegalStateException(module + " instance " + instance + " refused the clock advance: "
                        + reply);
            }
        }
    }

    Path launcherLog() {
        return root.getParent().resolve("launcher.log");
    }

    String baseUrl(String module) {
        return baseUrl(module, 1);
    }

    /** Instance {@code instance} of the service: 10 ports above the previous one, as the launcher lays them out. */
    String baseUrl(String module, int instance) {
        if (instance < 1 || instance > instances) {
            throw new IllegalArgumentException("no instance " + instance + " of " + module);
        }
        return "http://localhost:" + (httpBase + 10 * (instance - 1) + SERVICE_MODULES.indexOf(module));
    }

    /** How many instances of every service run. */
    int instances() {
        return instances;
    }

    /** Each service's instances in turn, for the facades; the rotation counts the calls each instance was sent. */
    InstanceRotation rotation() {
        return rotation;
    }

    private InstanceRotation newRotation() {
        java.util.Map<String, List<String>> byFirst = new java.util.LinkedHashMap<>();
        for (String module : SERVICE_MODULES) {
            List<String> all = new ArrayList<>();
            for (int instance = 1; instance <= instances; instance++) {
                all.add(baseUrl(module, instance));
            }
            byFirst.put(baseUrl(module), all);
        }
        return new InstanceRotation(byFirst);
    }

    /** A token signed with the stack's key; {@code bin} for employers, {@code region} for officers. */
    String token(String role, String bin, String region) {
        return tokens.mint("acceptance-" + role, role, bin, region, Duration.ofHours(1));
    }

    /** A token of a private individual who employs for the household, named by {@code iin} instead of a BIN. */
    String individualEmployerToken(String iin) {
        return tokens.mintIndividualEmployer("acceptance-household-" + iin, iin, Duration.ofHours(1));
    }

    /** The services' date (Asia/Almaty), as quota-service's dev clock tells it. */
    LocalDate today() {
        Reply clock = new Http().get(baseUrl("quota-service") + "/dev/clock");
        if (clock.status() != 200) {
            throw new IllegalStateException("quota-service's dev clock: " + clock);
        }
        return LocalDate.parse(clock.json().get("today").asText());
    }

    /** The log file of one service process (all its restarts append to it). */
    Path log(String module) {
        return root.resolve(".registry-data").resolve("logs").resolve(module + ".log");
    }

    /** The date one instance of a service judges by, from its dev clock. */
    LocalDate today(String module, int instance) {
        Reply clock = new Http().get(baseUrl(module, instance) + "/dev/clock");
        if (clock.status() != 200) {
            throw new IllegalStateException(module + " instance " + instance + "'s dev clock: " + clock);
        }
        return LocalDate.parse(clock.json().get("today").asText());
    }

    /** Each instance's date, by instance name ({@code permit-service-2}); a down instance is left out. */
    java.util.Map<String, LocalDate> dates() {
        java.util.Map<String, LocalDate> dates = new java.util.TreeMap<>();
        for (int instance = 1; instance <= instances; instance++) {
            for (String module : SERVICE_MODULES) {
                try {
                    dates.put(instance == 1 ? module : module + "-" + instance, today(module, instance));
                } catch (RuntimeException down) {
                    // not answering: no date
                }
            }
        }
        return dates;
    }

    /** Whether every instance of every service answers and all are on one date. */
    boolean oneDate() {
        java.util.Map<String, LocalDate> dates = dates();
        return dates.size() == instances * SERVICE_MODULES.size()
                && dates.values().stream().distinct().count() == 1;
    }

    /** Shifts every service's clock through its dev endpoint, as {@code ./registry clock advance} does. */
    void advanceClocks(String by) {
        for (String module : SERVICE_MODULES) {
            advanceClock(module, by);
        }
    }

    /** The TCP ports of the stack: PostgreSQL, Kafka and every instance of the five services. */
    List<Integer> ports() {
        List<Integer> ports = new ArrayList<>(List.of(postgresPort, kafkaPort));
        for (int instance = 1; instance <= instances; instance++) {
            for (String module : SERVICE_MODULES) {
                ports.add(Integer.parseInt(baseUrl(module, instance).substring("http://localhost:".length())));
            }
        }
        return ports;
    }

    /** The Kafka broker's bootstrap address. */
    String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
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
        InstanceRotation.use(null);
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
        // A launcher that failed while recovering from a kill -9 leaves PostgreSQL daemonised: stop it by its pid.
        Path postmaster = root.resolve(".registry-data").resolve("postgres").resolve("postmaster.pid");
        try {
            if (Files.exists(postmaster)) {
                long pid = Long.parseLong(Files.readAllLines(postmaster).get(0).trim());
                ProcessHandle.of(pid).ifPresent(postgres -> {
                    postgres.destroy();
                    postgres.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("[acceptance] could not stop PostgreSQL via " + postmaster + ": " + e.getMessage());
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
