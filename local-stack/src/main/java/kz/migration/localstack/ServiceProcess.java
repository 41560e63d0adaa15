package kz.migration.localstack;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One service running as its own JVM, its output in its log file. */
final class ServiceProcess {

    /**
     * The options the production images run with too (each service's {@code Dockerfile.jvm}): quicker start on 2
     * cores with C1 only and the serial collector (DESIGN §2). The first metaspace threshold is raised from about 21
     * MB: each start crossed it once or more, and each crossing is a full collection (60-260 ms in the GC log of every
     * start, 2026-12-07); it is a threshold, not memory taken. glibc keeps freed C heap (the start's parsing and
     * compiling) resident; trimming it every 5 s took idle RSS 6-8 MB lower per service (docs/performance.md).
     */
    static final List<String> IMAGE_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:MetaspaceSize=128m", "-XX:TrimNativeHeapInterval=5000");

    /**
     * The local stack's own: a small initial heap keeps the first young generation small (RSS at UP 268 → 183 MB
     * for the same CPU time, local-stack/README.md; the images size the heap from the container's limit instead).
     * The class archive is mapped where it was dumped instead of at a random address (the default of JDK 17.0.15 and
     * 25): relocating it costs CPU and turns its pages from shared file pages into private copies.
     */
    static final List<String> JVM_OPTIONS = Stream.concat(IMAGE_JVM_OPTIONS.stream(), Stream.of("-Xms64m",
            "-Xmx256m", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0")).toList();

    /**
     * Two malloc arenas instead of up to eight per core for the JVM's native threads (as in the images): fewer
     * partly used arenas left resident.
     */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final RegistryService service;
    private final int instance;
    private final Process process;
    private final Path log;
    private final Instant launchedAt;
    private final StartupArchive archive;

    private ServiceProcess(StackPorts.ServiceInstance instance, Process process, Path log, Instant launchedAt,
            StartupArchive archive) {
        this.service = instance.service();
        this.instance = instance.instance();
        this.process = process;
        this.log = log;
        this.launchedAt = launchedAt;
        this.archive = archive;
    }

    /** Launches the service's packaged jar with the runtime profile {@code local} (adjustable clock). */
    static ServiceProcess launch(RegistryService service, StackLayout layout, Map<String, String> environment,
            List<String> extraJvmOptions, ServiceJdk jdk, StartupArchive archive, boolean appendLog)
            throws IOException {
        return launch(new StackPorts.ServiceInstance(service, 1), layout, environment, extraJvmOptions, jdk, archive,
                appendLog);
    }

    /** One instance of a service, with its own log; every instance runs the same packaged jar. */
    static ServiceProcess launch(StackPorts.ServiceInstance instance, StackLayout layout,
            Map<String, String> environment, List<String> extraJvmOptions, ServiceJdk jdk, StartupArchive archive,
            boolean appendLog) throws IOException {
        Path app = layout.quarkusApp(instance.service());
        Path log = layout.log(instance);
        Files.createDirectories(log.getParent());
        Files.writeString(log, "=== " + instance.name() + " launched by ./registry up at " + Instant.now() + "\n",
                StandardOpenOption.CREATE,
                appendLog ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder(command(jdk, extraJvmOptions, archive))
                .directory(app.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()))
                .redirectInput(Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(ENVIRONMENT);
        builder.environment().putAll(environment);
        Instant launchedAt = Instant.now();
        return new ServiceProcess(instance, builder.start(), log, launchedAt, archive);
    }

    /** The service JVM's command line, run in its {@code quarkus-app} folder. */
    static List<String> command(ServiceJdk jdk, List<String> extraJvmOptions, StartupArchive archive) {
        List<String> command = new ArrayList<>();
        // Own session: Ctrl-C reaches only the launcher, which then stops services before Kafka and PostgreSQL.
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(jdk.java().toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(extraJvmOptions);
        command.addAll(archive.jvmOptions());
        command.add("-Dquarkus.profile=local");
        command.add("-jar");
        command.add("quarkus-run.jar");
        return command;
    }

    /**
     * Polls {@code /q/health} until it answers 200 (UP: database and Kafka connected), the process dies, or the
     * timeout passes.
     */
    Duration awaitHealthy(int port, Duration timeout) throws StartupFailure {
        URI health = URI.create("http://localhost:" + port + "/q/health");
        Instant deadline = launchedAt.plus(timeout);
        while (true) {
            if (!process.isAlive()) {
                throw new StartupFailure(name(), "exited with code " + process.exitValue(), log);
            }
            if (isUp(health)) {
                return Duration.between(launchedAt, Instant.now());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StartupFailure(name(), "not UP on " + health + " within " + timeout.toSeconds() + " s",
                        log);
            }
            try {
                process.waitFor(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure(name(), "interrupted while starting", log);
            }
        }
    }

    static boolean isUp(URI health) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The start time Quarkus itself logged ("started in 3.912s"), if it did. */
    String quarkusStartedIn() {
        try {
            Matcher matcher = QUARKUS_STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            String last = null;
            while (matcher.find()) {
                last = matcher.group(1);
            }
            return last == null ? "?" : last + " s";
        } catch (IOException e) {
            return "?";
        }
    }

    /** SIGTERM, so Quarkus shuts down gracefully (consumers committed, relay stopped); forced after a grace period. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    StartupArchive archive() {
        return archive;
    }

    RegistryService service() {
        return service;
    }

    int instance() {
        return instance;
    }

    StackPorts.ServiceInstance serviceInstance() {
        return new StackPorts.ServiceInstance(service, instance);
    }

    /** The service's id, with the instance's number after the first. */
    String name() {
        return serviceInstance().name();
    }

    Process process() {
        return process;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Why a service did not come up, with the end of its log. */
    static final class StartupFailure extends Exception {

        private static final long serialVersionUID = 1L;

        StartupFailure(String name, String reason, Path log) {
            super(name + " " + reason + "\n--- last lines of " + log + " ---\n" + tail(log, 40));
        }

        static String tail(Path log, int lines) {
            try {
                List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }
    }
}
