package kz.migration.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.migration.testsupport.ServicePids;

/**
 * A launcher killed with -9 cannot stop its services, so the next {@code up} (or {@code down}) stops whatever
 * {@link ServicePids} names that is still a running service of this checkout.
 */
final class OrphanServices {

    private OrphanServices() {
    }

    /** Stops the service processes a killed launcher left behind; returns a line per process stopped. */
    static List<String> stop(ServicePids pids) throws IOException {
        List<String> stopped = new ArrayList<>();
        Path root = pids.file().getParent().getParent();
        for (ServicePids.Entry entry : pids.entries()) {
            // Only a Quarkus app of this checkout: the pid may since belong to something else.
            ProcessHandle.of(entry.pid()).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine().map(c -> c.contains("quarkus-run.jar"))
                            .orElse(false))
                    .filter(process -> runsIn(process, root))
                    .ifPresent(process -> {
                        stop(process, Duration.ofSeconds(15));
                        stopped.add(entry.name() + " (pid " + entry.pid() + ")");
                    });
        }
        pids.clear();
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
