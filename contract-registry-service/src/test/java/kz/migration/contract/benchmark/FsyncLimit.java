package kz.migration.contract.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The physical limit of a durable run: pg_test_fsync's rate of one 8 kB write flushed by fdatasync (Linux's default
 * wal_sync_method), on the file system of the server's data directory.
 */
final class FsyncLimit {

    private static final Pattern ONE_WRITE_FDATASYNC = Pattern
            .compile("(?s)one 8kB write.*?\\n\\s*fdatasync\\s+([0-9.]+) ops/sec");

    private FsyncLimit() {
    }

    /** Runs pg_test_fsync ({@code seconds} per test) next to {@code dataDirectory}; empty when it is not installed. */
    static OptionalDouble measure(Path dataDirectory, int seconds) throws IOException, InterruptedException {
        Optional<Path> binary = BenchmarkRun.postgresTool("pg_test_fsync");
        if (binary.isEmpty()) {
            return OptionalDouble.empty();
        }
        Path file = dataDirectory.resolve("pg_test_fsync.out");
        try {
            Process process = new ProcessBuilder(binary.get().toString(), "-s", Integer.toString(seconds), "-f",
                    file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return parse(output);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static OptionalDouble parse(String output) {
        Matcher m = ONE_WRITE_FDATASYNC.matcher(output);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }
}
