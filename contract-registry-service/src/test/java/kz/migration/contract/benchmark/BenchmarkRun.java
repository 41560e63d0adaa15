package kz.migration.contract.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What a benchmark report says of its run: the commit, the machine's load, where the report goes, the tools used. */
final class BenchmarkRun {

    private BenchmarkRun() {
    }

    static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String hash = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? hash : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** The 1, 5 and 15 minute load averages (/proc/loadavg). */
    static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return load[0] + " / " + load[1] + " / " + load[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The checkout the reports are written into: the first directory up from here that holds mvnw. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new UncheckedIOException(new IOException("No mvnw above " + Path.of("").toAbsolutePath()));
        }
        return dir;
    }

    /** A PostgreSQL client tool (pgbench, pg_test_fsync) from Debian's packages, if installed. */
    static Optional<Path> postgresTool(String name) {
        for (String dir : List.of("/usr/bin", "/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/15/bin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
