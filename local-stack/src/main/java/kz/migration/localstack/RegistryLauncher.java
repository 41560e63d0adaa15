package kz.migration.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import kz.migration.localstack.LauncherLock.RunningLauncher;
import kz.migration.testsupport.DevKeys;
import kz.migration.testsupport.EmbeddedPostgresServer;
import kz.migration.testsupport.ServicePids;

/** {@code ./registry COMMAND}: the local stack of the labour-migration registry. Plain Java, no Quarkus. */
public final class RegistryLauncher {

    static final String HELP = """
            Usage: ./registry COMMAND [OPTIONS]

            The labour-migration registry on this machine: embedded PostgreSQL 17, a KRaft Kafka broker and the
            five services, with data kept in .registry-data/ between runs.

            Commands:
              up [--reset] [--timeout SECONDS] [--postgres-port N] [--kafka-port N] [--http-port-base N]
                 [--instances N] [--jvm-option OPTION]... [--no-appcds] [--service-jdk DIR]
                                 build if needed, start everything, wait for every /q/health to be UP, print the
                                 URLs and a dev token per role; stays in the foreground, Ctrl-C stops it all.
                                 Defaults: PostgreSQL 5432, Kafka 9092, services 8081-8085, timeout 120 s;
                                 --jvm-option adds a service JVM option, --no-appcds ignores AppCDS archives
                                 and AOT caches. A service's first start after a build trains its class archive
                                 (target/quarkus-app/app-cds-trained.jsa; app.aot, an AOT cache, on JDK 25+),
                                 which later starts use. --service-jdk runs the services on another JDK (default:
                                 the launcher's, or REGISTRY_SERVICE_JDK).
                                 --instances N (1-9, default 1) runs N instances of every service on the same
                                 databases and Kafka, instance k 10 × (k - 1) ports above the first (2: also
                                 8091-8095), each with its own log (.registry-data/logs/permit-service-2.log).
              down               stop a running stack (and anything a killed launcher left behind)
              reset              wipe .registry-data (keeps the unpacked PostgreSQL binaries); refused while running
              status             what is running: launcher, PostgreSQL, Kafka, each service's health and RSS
              token --role ROLE [--bin BIN | --iin IIN | --region KATO]
                                 print a dev token (1 h) signed with the stack's key. Roles: %s.
                                 Employers default to BIN %s, officers and inspectors to region %s (Almaty).
              clock [show | advance DURATION | reset]
                                 show or shift every service's clock, e.g. clock advance P16D (local profile only)
              help               this text

            Script options: --no-build (./registry only: skip the Maven build check).
            """;

    private final StackLayout layout;
    private final PrintStream out;

    RegistryLauncher(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("registry.root", System.getProperty("user.dir")));
        int code;
        try {
            code = new RegistryLauncher(StackLayout.at(root), System.out).run(new ArrayDeque<>(List.of(args)));
        } catch (IllegalArgumentException e) {
            System.err.println("./registry: " + e.getMessage() + " (see ./registry help)");
            code = 2;
        }
        System.exit(code);
    }

    int run(Deque<String> args) throws Exception {
        String command = args.isEmpty() ? "help" : args.poll();
        switch (command) {
            case "up" :
                return up(args);
            case "down" :
                noMore(args);
                return down();
            case "reset" :
                noMore(args);
                return reset();
            case "status" :
                noMore(args);
                return status();
            case "token" :
                return token(args);
            case "clock" :
                return clock(args);
            case "help" :
            case "--help" :
            case "-h" :
                out.print(help());
                return 0;
            default :
                throw new IllegalArgumentException("unknown command '" + command + "'");
        }
    }

    static String help() {
        return String.format(HELP, String.join(", ", kz.migration.common.security.Roles.ALL), DevTokens.DEMO_BIN,
                DevTokens.DEMO_REGION);
    }

    /** What {@code up} was asked: the stack's options, and whether to wipe the data first. */
    record Up(LocalStack.Options options, boolean reset) {
    }

    private int up(Deque<String> args) throws Exception {
        Up up = parseUp(args, System.getenv("REGISTRY_SERVICE_JDK"));
        if (up.reset()) {
            int code = reset();
            if (code != 0) {
                return code;
            }
        }
        return new LocalStack(layout, up.options(), out).up();
    }

    /** The options of {@code up}; a wrong one is an {@link IllegalArgumentException} before anything starts. */
    static Up parseUp(Deque<String> args, String serviceJdkFromEnvironment) {
        StackPorts defaults = StackPorts.DEFAULT;
        int postgresPort = defaults.postgres();
        int kafkaPort = defaults.kafka();
        int httpBase = defaults.httpBase();
        int instances = defaults.instances();
        Duration timeout = Duration.ofSeconds(120);
        boolean reset = false;
        boolean appCds = true;
        String serviceJdk = serviceJdkFromEnvironment;
        List<String> jvmOptions = new ArrayList<>();
        while (!args.isEmpty()) {
            String option = args.poll();
            switch (option) {
                case "--reset" :
                    reset = true;
                    break;
                case "--timeout" :
                    timeout = Duration.ofSeconds(number(option, args));
                    break;
                case "--postgres-port" :
                    postgresPort = number(option, args);
                    break;
                case "--kafka-port" :
                    kafkaPort = number(option, args);
                    break;
                case "--http-port-base" :
                    httpBase = number(option, args);
                    break;
                case "--instances" :
                    instances = number(option, args);
                    break;
                case "--no-appcds" :
                    appCds = false;
                    break;
                case "--service-jdk" :
                    serviceJdk = value(option, args);
                    break;
                case "--jvm-option" :
                    jvmOptions.add(value(option, args));
                    break;
                default :
                    throw new IllegalArgumentException("unknown option of up: " + option);
            }
        }
        StackPorts ports = new StackPorts(postgresPort, kafkaPort, httpBase, instances);
        ServiceJdk jdk = serviceJdk == null || serviceJdk.isBlank()
                ? ServiceJdk.current()
                : ServiceJdk.at(Path.of(serviceJdk));
        return new Up(new LocalStack.Options(ports, timeout, jvmOptions, appCds, jdk), reset);
    }

    /** Asks the running launcher to stop (its shutdown hook does the work), then clears what a killed one left. */
    private int down() throws IOException {
        Optional<RunningLauncher> running = LauncherLock.running(layout.launcherPidFile());
        if (running.isPresent()) {
            ProcessHandle launcher = running.get().process();
            out.println("Stopping the local stack (launcher pid " + launcher.pid() + ") ...");
            launcher.destroy();
            try {
                launcher.onExit().get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                out.println("The launcher did not stop within 120 s; killing it.");
                launcher.destroyForcibly();
            }
        }
        boolean leftovers = false;
        for (String orphan : OrphanServices.stop(new ServicePids(layout.servicePidsFile()))) {
            out.println("Stopped " + orphan + " left by a launcher that was killed.");
            leftovers = true;
        }
        if (Files.exists(layout.postgres().resolve("postmaster.pid"))) {
            // Stops the orphan through postmaster.pid, then a clean start and stop leaves a checkpointed cluster.
            EmbeddedPostgresServer.start(layout.postgres(), layout.postgresBinaries(), 0, true).close();
            out.println("Stopped PostgreSQL left by a launcher that was killed.");
            leftovers = true;
        }
        if (running.isEmpty() && !leftovers) {
            out.println("The local stack is not running.");
        } else {
            out.println("The local stack is stopped; data kept in .registry-data.");
        }
        return 0;
    }

    private int reset() throws IOException {
        if (LauncherLock.running(layout.launcherPidFile()).isPresent()) {
            out.println(LocalStack.alreadyRunning(layout));
            out.println("Stop it before a reset.");
            return 2;
        }
        Path data = layout.data();
        if (!Files.exists(data)) {
            out.println("Nothing to reset: " + data + " does not exist.");
            return 0;
        }
        Path keep = layout.postgresBinaries();
        Files.walkFileTree(data, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(keep) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (!dir.equals(data)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.println("Wiped .registry-data (PostgreSQL data, Kafka logs, keys, logs); kept the PostgreSQL binaries.");
        return 0;
    }

    private int status() {
        StackPorts ports = StackPorts.read(layout.stateFile());
        Optional<RunningLauncher> running = LauncherLock.running(layout.launcherPidFile());
        out.println(running.map(launcher -> String.format("Launcher   running, pid %d since %s, RSS %s (runs Kafka)",
                launcher.pid(), launcher.since(), ProcessStats.rss(launcher.pid())))
                .orElse("Launcher   not running"));
        out.printf("%-27s %s%n", "postgres", listening(ports.postgres())
                ? "listening on localhost:" + ports.postgres()
                : "not listening on localhost:" + ports.postgres());
        out.printf("%-27s %s%n", "kafka", listening(ports.kafka())
                ? "listening on localhost:" + ports.kafka()
                : "not listening on localhost:" + ports.kafka());
        Map<String, Long> pids = new ServicePids(layout.servicePidsFile()).read();
        boolean allUp = true;
        for (StackPorts.ServiceInstance instance : ports.serviceInstances()) {
            String base = ports.baseUrl(instance.service(), instance.instance());
            boolean up = ServiceProcess.isUp(URI.create(base + "/q/health"));
            allUp &= up;
            Long pid = pids.get(instance.name());
            out.printf("%-27s %-5s %-16s %s%n", instance.name(), up ? "UP" : "DOWN",
                    pid == null ? "" : "RSS " + ProcessStats.rss(pid), base);
        }
        return running.isPresent() && allUp ? 0 : 1;
    }

    private int token(Deque<String> args) throws IOException {
        String role = null;
        String bin = null;
        String region = null;
        String iin = null;
        while (!args.isEmpty()) {
            String option = args.poll();
            switch (option) {
                case "--iin" :
                    iin = value(option, args);
                    break;
                case "--role" :
                    role = value(option, args);
                    break;
                case "--bin" :
                    bin = value(option, args);
                    break;
                case "--region" :
                    region = value(option, args);
                    break;
                default :
                    throw new IllegalArgumentException("unknown option of token: " + option);
            }
        }
        if (role == null) {
            throw new IllegalArgumentException("token needs --role ROLE");
        }
        out.println(new DevTokens(DevKeys.loadOrCreate(layout.keys())).mint(role, bin, region, iin));
        return 0;
    }

    private int clock(Deque<String> args) {
        DevClock clock = new DevClock(StackPorts.read(layout.stateFile()), out);
        String action = args.isEmpty() ? "show" : args.poll();
        switch (action) {
            case "show" :
                noMore(args);
                return clock.show() ? 0 : 1;
            case "advance" :
                String by = value("advance", args);
                noMore(args);
                return clock.advance(by) ? 0 : 1;
            case "reset" :
                noMore(args);
                return clock.reset() ? 0 : 1;
            default :
                throw new IllegalArgumentException("clock takes show, advance DURATION or reset, not " + action);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new java.net.InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String value(String option, Deque<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.poll();
    }

    private static int number(String option, Deque<String> args) {
        String value = value(option, args);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + value);
        }
    }

    private static void noMore(Deque<String> args) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unexpected argument: " + args.peek());
        }
    }
}
