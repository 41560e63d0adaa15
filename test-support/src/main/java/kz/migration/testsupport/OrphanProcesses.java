package kz.migration.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Cleans up after a launcher that was killed with -9: its PostgreSQL keeps running as an orphan. */
final class OrphanProcesses {

    private OrphanProcesses() {
    }

    static void stopPostgresOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            Files.deleteIfExists(pidFile);
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        ProcessHandle.of(pid).ifPresent(process -> {
            // SIGTERM is PostgreSQL's "smart shutdown"; wait for it, then force.
            process.destroy();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (process.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
                try {
                    process.onExit().get(1, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // still shutting down
                }
            }
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        });
        Files.deleteIfExists(pidFile);
    }
}
