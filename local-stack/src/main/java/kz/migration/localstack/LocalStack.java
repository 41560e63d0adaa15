package kz.migration.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import kz.migration.localstack.ServiceProcess.StartupFailure;
import kz.migration.testsupport.DevCheckpointKey;
import kz.migration.testsupport.DevKeys;
import kz.migration.testsupport.DevSigningKey;
import kz.migration.testsupport.EmbeddedKafka;
import kz.migration.testsupport.EmbeddedPostgresServer;
import kz.migration.testsupport.ServicePids;

import sun.misc.Signal;

/**
 * {@code ./registry up}: PostgreSQL and Kafka in this JVM's care, the five services as child processes, all
 * stopped in reverse order by the shutdown hook (Ctrl-C, {@code ./registry down}, or a failed start).
 */
final class LocalStack {

    /** The public quota dashboard's page, served by quota-service. */
    static final String DASHBOARD_PATH = "/api/v1/public/quota-dashboard";

    /**
     * How long a training run may take to exit and write its archive (an AOT cache took 2 min at load average 20).
     */
    static final Duration ARCHIVE_WRITE = Duration.ofMinutes(10);

    /** Options of {@code up}. */
    record Options(StackPorts ports, Duration timeout, List<String> jvmOptions, boolean appCds, ServiceJdk jdk) {
    }

    private final StackLayout layout;
    private final Options options;
    private final PrintStream out;
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "registry-launcher");
        thread.setDaemon(true);
        return thread;
    });
    private volatile EmbeddedPostgresServer postgres;
    private volatile EmbeddedKafka kafka;
    private volatile LauncherLock lock;
    private volatile boolean stopping;
    private ServicePids pids;
    private volatile DevKeys keys;
    private final Optional<ReferenceRows> referenceRows;
    private volatile DevSigningKey certificateKey;

    LocalStack(StackLayout layout, Options options, PrintStream out) {
        this.layout = layout;
        this.options = options;
        this.out = out;
        this.referenceRows = ReferenceRows.choose(layout, System.getenv());
    }

    /** Starts everything and blocks until the JVM is asked to stop. Returns an exit code if it could not start. */
    int up() throws Exception {
        Instant began = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Optional<LauncherLock> acquired = LauncherLock.tryAcquire(layout.launcherPidFile());
        if (acquired.isEmpty()) {
            out.println(alreadyRunning(layout));
            return 2;
        }
        lock = acquired.get();
        stopOnSignal("INT");
        stopOnSignal("TERM");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "registry-shutdown"));
        StackPorts ports = options.ports();
        pids = new ServicePids(layout.servicePidsFile());
        out.println("Labour-migration registry: local stack, data in " + relative(layout.data()));
        referenceRows.ifPresent(rows -> out.println(rows.notice()));

        boolean orphanPostgres = recoverFromKilledLauncher();
        for (RegistryService service : RegistryService.values()) {
            if (!Files.exists(layout.quarkusApp(service).resolve("quarkus-run.jar"))) {
                return fail(service.id() + " is not built (" + relative(layout.quarkusApp(service))
                        + " missing): run ./registry up without --no-build");
            }
        }
        Optional<String> busy = busyPort(ports, orphanPostgres);
        if (busy.isPresent()) {
            return fail(busy.get());
        }

        CompletableFuture<Void> database = CompletableFuture.runAsync(() -> startPostgres(ports), executor);
        CompletableFuture<Void> broker = CompletableFuture.runAsync(() -> startKafka(ports), executor);
        keys = DevKeys.loadOrCreate(layout.keys());
        // The contract registry signs its checkpoints with a dev key kept with the stack, like the token key.
        DevCheckpointKey.loadOrCreate(layout.keys(), DevCheckpointKey.ORIGIN);
        certificateKey = DevSigningKey.loadOrCreate(layout.keys().resolve(DevSigningKey.CERTIFICATE_KEY_FILE));
        try {
            // Only the database: the services migrate it as they start, but wait for Kafka themselves (their startup
            // check, and so /q/health, is DOWN until they reach it), so they start while the broker comes up.
            database.join();
        } catch (CompletionException e) {
            return fail("could not start the infrastructure: " + e.getCause().getMessage());
        }
        ports.write(layout.stateFile(), ProcessHandle.current().pid());

        Instant servicesLaunched = Instant.now();
        Map<StackPorts.ServiceInstance, CompletableFuture<String>> started = new LinkedHashMap<>();
        for (StackPorts.ServiceInstance instance : ports.serviceInstances()) {
            // Only instance 1 trains: the others start without the trained archive rather than write it twice.
            ServiceProcess process = launch(instance, ports, keys,
                    instance.instance() > 1 ? archiveWithoutTraining(instance.service()) : archive(instance.service()),
                    false);
            started.put(instance, CompletableFuture.supplyAsync(() -> awaitUp(trained(process, ports), ports),
                    executor));
        }
        try {
            broker.join();
        } catch (CompletionException e) {
            return fail("could not start the infrastructure: " + e.getCause().getMessage());
        }
        try {
            CompletableFuture.allOf(started.values().toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            return fail(cause instanceof StartupFailure ? cause.getMessage() : String.valueOf(cause));
        }
        Instant allUp = Instant.now();
        out.printf("All %d services UP in %.1f s (services launched → last health UP: %.1f s).%n",
                started.size(), seconds(Duration.between(began, allUp)),
                seconds(Duration.between(servicesLaunched, allUp)));
        for (ServiceProcess process : services) {
            watch(process, ports);
        }

        DevTokens tokens = new DevTokens(keys);
        Map<String, String> tokenByRole = new LinkedHashMap<>();
        for (String role : kz.migration.common.security.Roles.ALL) {
            tokenByRole.put(role, tokens.mint(role, null, null));
        }
        new DemoData(out).load(new DemoData.Context(ports, tokenByRole));
        printUrls(ports);
        printTokens(tokens, tokenByRole);
        out.println();
        referenceRows.filter(ReferenceRows::testOnly).ifPresent(rows -> out.println(rows.notice()));
        out.println("Running. Ctrl-C (or ./registry down) stops everything; data is kept (./registry reset wipes it).");
        new CountDownLatch(1).await();
        return 0;
    }

    /**
     * Ctrl-C and {@code ./registry down} (SIGTERM) stop the stack in order before the JVM exits. A shutdown hook
     * alone cannot: the JVM runs hooks concurrently, and the PostgreSQL library registers its own, which would stop
     * the database under services still shutting down.
     */
    private void stopOnSignal(String name) {
        Signal.handle(new Signal(name), signal -> {
            stop();
            System.exit(128 + signal.getNumber());
        });
    }

    /** What the next start does after a kill -9: stop the services and the PostgreSQL the dead launcher left. */
    private boolean recoverFromKilledLauncher() throws IOException {
        for (String orphan : OrphanServices.stop(pids)) {
            out.println("  recovered  stopped " + orphan + " left by a launcher that was killed");
        }
        if (Files.exists(layout.postgres().resolve("postmaster.pid"))) {
            // EmbeddedPostgresServer stops it through postmaster.pid before starting its own.
            out.println("  recovered  PostgreSQL left running by a killed launcher will be stopped and restarted");
            return true;
        }
        return false;
    }

    private void startPostgres(StackPorts ports) {
        Instant start = Instant.now();
        try {
            boolean firstRun = !Files.exists(layout.postgres().resolve("PG_VERSION"));
            postgres = EmbeddedPostgresServer.start(layout.postgres(), layout.postgresBinaries(), ports.postgres(),
                    true);
            List<String> created = new ArrayList<>();
            for (RegistryService service : RegistryService.values()) {
                if (createDatabase(service.database())) {
                    created.add(service.database());
                }
            }
            out.printf("  %-27s UP %5.1f s  localhost:%d  data %s%s; databases %s%s%n", "postgres",
                    seconds(Duration.between(start, Instant.now())), postgres.port(), relative(layout.postgres()),
                    firstRun ? " (new)" : " (kept)", databaseNames(),
                    created.isEmpty() ? "" : " (created " + String.join(", ", created) + ")");
        } catch (IOException | SQLException e) {
            throw new CompletionException(new IllegalStateException("PostgreSQL: " + e.getMessage(), e));
        }
    }

    /** One database and one login role per service, as in production; true if the database was new. */
    private boolean createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"),
                EmbeddedPostgresServer.USER, "");
                Statement statement = connection.createStatement()) {
            try (ResultSet role = statement.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
                if (!role.next()) {
                    statement.execute("create role \"" + name + "\" login password '" + name + "'");
                }
            }
            try (ResultSet database = statement
                    .executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (database.next()) {
                    return false;
                }
            }
            statement.execute("create database \"" + name + "\" owner \"" + name + "\"");
            return true;
        }
    }

    private void startKafka(StackPorts ports) {
        Instant start = Instant.now();
        try {
            boolean kept = Files.exists(layout.kafka().resolve("meta.properties"));
            kafka = EmbeddedKafka.start(layout.kafka(), ports.kafka());
            out.printf("  %-27s UP %5.1f s  %s  KRaft, logs %s%s%n", "kafka",
                    seconds(Duration.between(start, Instant.now())), kafka.bootstrapServers(),
                    relative(layout.kafka()), kept ? " (kept)" : " (new)");
        } catch (IOException | RuntimeException e) {
            throw new CompletionException(new IllegalStateException("Kafka: " + e.getMessage(), e));
        }
    }

    private StartupArchive archive(RegistryService service) {
        return StartupArchive.choose(layout.quarkusApp(service), options.jdk().feature(), options.appCds());
    }

    private StartupArchive archiveWithoutTraining(RegistryService service) {
        return StartupArchive.withoutTraining(layout.quarkusApp(service), options.jdk().feature(), options.appCds());
    }

    /**
     * A service started as a training run (no current trained archive) is stopped once UP, which makes its JVM write
     * the archive as it exits (the AppCDS archive on JDK 17-24, the AOT cache of JEP 514 on 25+), and started again
     * with it. Without one it is started again with what there is.
     */
    private ServiceProcess trained(ServiceProcess training, StackPorts ports) {
        if (!training.archive().training()) {
            return training;
        }
        RegistryService service = training.service();
        try {
            Duration up = training.awaitHealthy(ports.http(service), options.timeout());
            String cpu = ProcessStats.cpu(training.process().toHandle());
            Instant stopping = Instant.now();
            // The JVM writes the archive on exit (an AOT cache in a child JVM): minutes on a busy machine.
            training.stop(ARCHIVE_WRITE);
            services.remove(training);
            boolean written = training.archive().keepTrained(layout.quarkusApp(service));
            StartupArchive archive = archiveWithoutTraining(service);
            out.printf("  %-27s %s UP in %.1f s, CPU %s; %s in %.1f s%n", service.id(),
                    training.archive().label().substring(2), seconds(up), cpu,
                    written
                            ? relative(layout.quarkusApp(service).resolve(archive.file())) + " written"
                            : "NOTHING written (see its log), starting without it",
                    seconds(Duration.between(stopping, Instant.now())));
            return launch(training.serviceInstance(), ports, keys, archive, true);
        } catch (StartupFailure | IOException e) {
            throw new CompletionException(e);
        }
    }

    private synchronized ServiceProcess launch(StackPorts.ServiceInstance instance, StackPorts ports, DevKeys keys,
            StartupArchive archive, boolean appendLog) throws IOException {
        if (stopping) {
            throw new IllegalStateException("stopping");
        }
        RegistryService service = instance.service();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("REGISTRY_HTTP_PORT", Integer.toString(ports.http(service, instance.instance())));
        environment.put("REGISTRY_DB_URL", postgres.jdbcUrl(service.database()));
        environment.put("REGISTRY_DB_USER", service.database());
        environment.put("REGISTRY_DB_PASSWORD", service.database());
        // Known before the broker is up: the services may start first.
        environment.put("REGISTRY_KAFKA_BOOTSTRAP", ports.kafkaBootstrap());
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                layout.keys().resolve(DevKeys.PUBLIC_KEY_FILE).toAbsolutePath().toString());
        referenceRows.flatMap(ReferenceRows::forServices)
                .ifPresent(dir -> environment.put(ReferenceRows.ENVIRONMENT, dir));
        if (service == RegistryService.CONTRACT) {
            environment.put("REGISTRY_CHECKPOINT_SIGNING_KEYS_FILE",
                    layout.keys().resolve(DevCheckpointKey.SECRET_KEY_FILE).toAbsolutePath().toString());
        }
        if (service == RegistryService.PERMIT) {
            // Certificates are signed with the data directory's dev key (kept across restarts, refused by prod) and
            // print this stack's address for the status check (instance 1's, as a load balancer's would be one).
            environment.put("REGISTRY_CERTIFICATE_SIGNING_KEY",
                    layout.keys().resolve(DevSigningKey.CERTIFICATE_KEY_FILE).toAbsolutePath().toString());
            environment.put("REGISTRY_CERTIFICATE_SIGNING_KEY_EXPIRES", certificateKey.expires().toString());
            environment.put("REGISTRY_PUBLIC_URL", ports.baseUrl(service));
        }
        ServiceProcess process = ServiceProcess.launch(instance, layout, environment, options.jvmOptions(),
                options.jdk(), archive, appendLog);
        services.add(process);
        pids.record(instance.name(), process.pid());
        out.printf("  %-27s starting   pid %d, log %s%s%s%n", instance.name(), process.pid(), relative(process.log()),
                options.jdk().equals(ServiceJdk.current()) ? "" : ", JDK " + options.jdk().feature(),
                archive.label());
        return process;
    }

    private String awaitUp(ServiceProcess process, StackPorts ports) {
        try {
            Duration startup = process.awaitHealthy(ports.http(process.service(), process.instance()),
                    options.timeout());
            String line = String.format("  %-27s UP %5.1f s  RSS %s  CPU %s  (Quarkus: started in %s)  %s",
                    process.name(), seconds(startup), ProcessStats.rss(process.pid()),
                    ProcessStats.cpu(process.process().toHandle()), process.quarkusStartedIn(),
                    ports.baseUrl(process.service(), process.instance()));
            out.println(line);
            return line;
        } catch (StartupFailure e) {
            throw new CompletionException(e);
        }
    }

    /**
     * A service that dies while the stack runs (a crash, a kill -9) is reported at once and started again, as a
     * supervisor would; one that then fails to come up is left down, so a crash at start-up does not loop.
     */
    private void watch(ServiceProcess process, StackPorts ports) {
        process.process().onExit().thenAcceptAsync(exited -> {
            if (stopping) {
                return;
            }
            out.printf("%n!! %s exited with code %d; see %s; restarting it%n", process.name(),
                    exited.exitValue(), relative(process.log()));
            services.remove(process);
            try {
                // A restart never trains: it would stop the service again once UP.
                ServiceProcess restarted = launch(process.serviceInstance(), ports, keys,
                        archiveWithoutTraining(process.service()), true);
                awaitUp(restarted, ports);
                // Its clock starts from the real time: back to the stack's, so its siblings and it agree on the date.
                new DevClock(ports, out).align(restarted.serviceInstance())
                        .ifPresent(shift -> out.printf("  %-27s clock moved %s, to the rest of the stack's%n",
                                restarted.name(), shift));
                watch(restarted, ports);
            } catch (IOException | RuntimeException e) {
                out.printf("!! %s could not be restarted: %s%n", process.name(),
                        e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            }
        }, executor);
    }

    private void printUrls(StackPorts ports) {
        out.println();
        out.printf("%-27s %-31s %-37s %-33s %s%n", "Service", "API base", "Swagger UI", "Health", "Metrics");
        for (StackPorts.ServiceInstance instance : ports.serviceInstances()) {
            String base = ports.baseUrl(instance.service(), instance.instance());
            out.printf("%-27s %-31s %-37s %-33s %s%n", instance.name(), base + "/api/v1", base + "/q/swagger-ui",
                    base + "/q/health", base + "/q/metrics");
        }
        String quota = ports.baseUrl(RegistryService.QUOTA);
        out.printf("%-27s %s  (?lang=kk|ru|en; the ministry's, with its token: %s)%n", "Quota dashboard",
                quota + DASHBOARD_PATH, quota + "/api/v1/quota-dashboard");
        out.printf("%-27s localhost:%d  (databases %s; user = password = database name)%n", "PostgreSQL",
                ports.postgres(), databaseNames());
        out.printf("%-27s %s%n", "Kafka", kafka.bootstrapServers());
    }

    private void printTokens(DevTokens tokens, Map<String, String> tokenByRole) throws IOException {
        out.println();
        out.println("Dev tokens, valid " + DevTokens.TTL.toMinutes()
                + " min (more: ./registry token --role ROLE [--bin BIN | --iin IIN | --region KATO]); paste a line, or run"
                + " `source " + relative(layout.tokensFile()) + "`:");
        StringBuilder file = new StringBuilder();
        for (Map.Entry<String, String> entry : tokenByRole.entrySet()) {
            String role = entry.getKey();
            String who = switch (role) {
                case "employer" -> "  # BIN " + DevTokens.DEMO_BIN;
                case "officer", "inspector" -> "  # region " + DevTokens.DEMO_REGION + " (Almaty)";
                case "advocate" -> "  # organisation " + DevTokens.DEMO_ADVOCATE;
                default -> "";
            };
            String line = "export " + DevTokens.variable(role) + "=" + entry.getValue();
            out.println(line + who);
            file.append(line).append('\n');
            if ("employer".equals(role)) {
                // A private individual hiring for the household: the employer of labour immigrants.
                String household = "export " + DevTokens.variable("household-employer") + "="
                        + tokens.mint(role, null, null, DevTokens.DEMO_IIN);
                out.println(household + "  # IIN " + DevTokens.DEMO_IIN + " (private individual, household)");
                file.append(household).append('\n');
            }
        }
        Files.writeString(layout.tokensFile(), file.toString());
        out.println();
        out.println("Example: curl -i -H \"Authorization: Bearer $" + DevTokens.variable("ministry") + "\" "
                + options.ports().baseUrl(RegistryService.QUOTA) + "/api/v1/...");
        out.println("Cases:   curl -H \"Authorization: Bearer $" + DevTokens.variable("inspector") + "\" "
                + options.ports().baseUrl(RegistryService.INSPECTION)
                + "/api/v1/cases   (the Almaty inspector's queue)");
        out.println("Clock:   ./registry clock advance P16D   (every service's clock, past a vacancy's 15 full days;"
                + " ./registry clock reset)");
    }

    /**
     * Stops what was started, in reverse order: services first (they flush to Kafka and PostgreSQL while shutting
     * down), then Kafka, then PostgreSQL. Runs on Ctrl-C or SIGTERM, on a failed start, and as a shutdown hook.
     */
    void stop() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        if (postgres != null || kafka != null || !services.isEmpty()) {
            out.println();
            out.println("Stopping the local stack ...");
        }
        List<Thread> stoppers = new ArrayList<>();
        for (ServiceProcess process : services) {
            Thread stopper = new Thread(() -> {
                Instant start = Instant.now();
                process.stop(Duration.ofSeconds(20));
                out.printf("  %-27s stopped in %.1f s%n", process.name(),
                        seconds(Duration.between(start, Instant.now())));
            }, "stop-" + process.name());
            stopper.start();
            stoppers.add(stopper);
        }
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (pids != null) {
                pids.clear();
            }
        } catch (IOException ignored) {
            // a leftover pids file only names processes that are gone
        }
        if (kafka != null) {
            kafka.close();
            out.printf("  %-27s stopped%n", "kafka");
        }
        if (postgres != null) {
            try {
                postgres.close();
                out.printf("  %-27s stopped%n", "postgres");
            } catch (IOException e) {
                out.println("  postgres could not be stopped cleanly: " + e.getMessage());
            }
        }
        if (lock != null) {
            lock.close();
        }
        if (postgres != null) {
            out.println("Stopped. Data kept in " + relative(layout.data()) + ".");
        }
        out.flush();
    }

    private int fail(String message) {
        out.println();
        out.println("ERROR: " + message);
        out.flush();
        stop();
        System.exit(1);
        return 1;
    }

    static String alreadyRunning(StackLayout layout) {
        return LauncherLock.running(layout.launcherPidFile())
                .map(running -> "The local stack is already running (launcher pid " + running.pid() + ", since "
                        + running.since() + ").\nUse ./registry status to see it, ./registry down to stop it.")
                .orElse("Another ./registry up holds " + layout.launcherPidFile()
                        + "; wait for it or stop it first (./registry down).");
    }

    /**
     * A port already taken fails the start clearly, instead of a service timing out on it. PostgreSQL's port is
     * left out while an orphan of ours holds it: it is stopped just before the new server starts.
     */
    private static Optional<String> busyPort(StackPorts ports, boolean orphanPostgres) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        if (!orphanPostgres) {
            wanted.put("PostgreSQL", ports.postgres());
        }
        wanted.put("Kafka", ports.kafka());
        for (StackPorts.ServiceInstance instance : ports.serviceInstances()) {
            wanted.put(instance.name(), ports.http(instance.service(), instance.instance()));
        }
        for (Map.Entry<String, Integer> entry : wanted.entrySet()) {
            try (ServerSocket socket = new ServerSocket(entry.getValue())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return Optional.of("port " + entry.getValue() + " (for " + entry.getKey()
                        + ") is in use by another process; free it or choose other ports (./registry help)");
            }
        }
        return Optional.empty();
    }

    private static String databaseNames() {
        List<String> names = new ArrayList<>();
        for (RegistryService service : RegistryService.values()) {
            names.add(service.database());
        }
        return String.join(", ", names);
    }

    private String relative(Path path) {
        return layout.root().relativize(path.toAbsolutePath()).toString();
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
