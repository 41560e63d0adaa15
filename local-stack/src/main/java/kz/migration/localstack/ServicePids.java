package kz.migration.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pids of the service processes, written as each starts. A launcher killed with -9 cannot stop its services,
 * so the next {@code up} (or {@code down}) stops whatever this file names that is still a running service.
 */
final class ServicePids {

    private final Path file;

    ServicePids(Path file) {
        this.file = file;
    }

    synchronized void record(RegistryService service, long pid) throws IOException {
        record(service.id(), pid);
    }

    /** {@code name} is the service's id for instance 1, the id and the instance's number for the others. */
    synchronized void record(String name, long pid) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, name + " " + pid + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Service instance name to pid, as recorded by the running (or last) launcher. */
    java.util.Map<String, Long> read() {
        java.util.Map<String, Long> pids = new java.util.LinkedHashMap<>();
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    String[] cells = line.trim().split("\\s+");
                    if (cells.length == 2) {
                        pids.put(cells[0], Long.parseLong(cells[1]));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            return pids;
        }
        return pids;
    }

    void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Stops the service processes a killed launcher left behind; returns a line per process stopped. */
    List<String> stopOrphans() throws IOException {
        List<String> stopped = new ArrayList<>();
        if (!Files.exists(file)) {
            return stopped;
        }
        for (String line : Files.readAllLines(file)) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length != 2) {
                continue;
            }
            long pid = Long.parseLong(cells[1]);
            // Only a Quarkus app of this checkout: the pid may since belong to something else.
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine().map(c -> c.contains("quarkus-run.jar"))
                            .orElse(false))
                    .filter(process -> runsIn(process, file.getParent().getParent()))
                    .ifPresent(process -> {
                        stop(process, Duration.ofSeconds(15));
                        stopped.add(cells[0] + " (pid " + pid + ")");
                    });
        }
        clear();
        return stopped;
    }

    /**
     * The launcher starts each service in its module's target/quarkus-app folder; that folder may be reached through
     * a link (the acceptance suite's scratch root links each module's target/ to the real build output).
     */
    private static boolean runsIn(ProcessHandle process, Path root) {
        try {
            Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"));
            if (cwd.startsWith(root)) {
                return true;
            }
            for (RegistryService service : RegistryService.values()) {
                Path app = StackLayout.at(root).quarkusApp(service);
                if (Files.exists(app) && cwd.equals(app.toRealPath())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    private static void stop(ProcessHandle process, Duration grace) {
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
