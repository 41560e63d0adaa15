package kz.migration.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import kz.migration.benchmarks.Commands;

/**
 * One phase of the load: several wrk processes at once, one per service (wrk binds each thread to one address), each
 * with a Lua script of {@code src/main/resources/load/} and its settings file. Their threads write record files into
 * the phase's directory and stop by themselves (at the deadline, at the end of a journey, or out of permits); wrk's
 * own duration is only a cap, so once every thread wrote its "#end" the processes are stopped with SIGINT, which
 * ends wrk's wait early. A progress line every {@code progressSeconds} counts the records written so far.
 */
final class WrkPass {

    /**
     * One wrk process: the record files' prefix, the script, the service's instances (their base URLs; wrk's
     * threads take them in turn), its threads (one connection each).
     */
    record Job(String name, String script, List<String> urls, int threads, Map<String, List<String>> settings) {

        Job(String name, String script, String url, int threads, Map<String, List<String>> settings) {
            this(name, script, List.of(url), threads, settings);
        }
    }

    /** Linux's USER_HZ, the unit of /proc/&lt;pid&gt;/stat's CPU times. */
    static final long CLOCK_TICKS = 100;
    private static final List<String> SCRIPTS = List.of("records.lua", "journeys.lua", "reads.lua", "contracts.lua");
    private final Path scripts;
    private final int progressSeconds;

    WrkPass(Path work, int progressSeconds) throws IOException {
        this.scripts = Files.createDirectories(work.resolve("scripts"));
        this.progressSeconds = progressSeconds;
        for (String script : SCRIPTS) {
            try (InputStream in = WrkPass.class.getResourceAsStream("/load/" + script)) {
                Files.write(scripts.resolve(script), in.readAllBytes());
            }
        }
    }

    /** wrk's version line; fails naming the package when wrk is missing. */
    static String requireWrk() {
        try {
            Process wrk = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            wrk.waitFor();
            return output.lines().findFirst().orElse("wrk").replaceAll("\\s*Copyright.*", "");
        } catch (IOException e) {
            throw new IllegalStateException("wrk is not installed: the mixed load is driven by wrk. Install the "
                    + "Debian package wrk (apt-get install wrk) and run it again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code jobs} at once until every thread ended, at most {@code capSeconds}; returns the phase's records
     * (in {@code dir}).
     */
    LoadRecords run(String phase, Path dir, List<Job> jobs, int capSeconds) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Map<Job, Process> processes = new LinkedHashMap<>();
        int threads = 0;
        for (Job job : jobs) {
            Path settings = dir.resolve(job.name() + ".settings");
            List<String> lines = new ArrayList<>();
            lines.add("records\t" + dir.toAbsolutePath());
            lines.add("name\t" + job.name());
            job.settings().forEach((key, values) -> values.forEach(value -> lines.add(key + "\t" + value)));
            Files.write(settings, lines, StandardCharsets.UTF_8);
            List<String> command = List.of("wrk", "-t", Integer.toString(job.threads()), "-c",
                    Integer.toString(job.threads()), "-d", capSeconds + "s", "--timeout", "30s", "-s",
                    scripts.resolve(job.script()).toString(), job.urls().get(0), "--", settings.toString());
            ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(job.name() + ".wrk.log").toFile());
            // records.lua's setup() gives wrk's threads these addresses in turn (wrk binds a thread to one).
            process.environment().put("LOAD_INSTANCES", String.join(",",
                    job.urls().stream().map(url -> java.net.URI.create(url).getAuthority()).toList()));
            processes.put(job, process.start());
            threads += job.threads();
        }
        long began = System.nanoTime();
        long cap = began + TimeUnit.SECONDS.toNanos(capSeconds);
        Map<Path, long[]> counted = new HashMap<>();
        long lastLines = 0;
        long lastTime = began;
        long nextProgress = began + TimeUnit.SECONDS.toNanos(progressSeconds);
        while (ended(dir) < threads && System.nanoTime() < cap && processes.values().stream().anyMatch(
                Process::isAlive)) {
            TimeUnit.MILLISECONDS.sleep(200);
            if (System.nanoTime() >= nextProgress) {
                long now = System.nanoTime();
                long lines = countLines(dir, counted);
                System.out.printf("[load] %s %3d s: %,d records, %.0f/s in the last %d s, %.0f/s so far, %d of %d "
                        + "wrk threads done%n", phase, TimeUnit.NANOSECONDS.toSeconds(now - began), lines,
                        (lines - lastLines) / ((now - lastTime) / 1e9), progressSeconds, lines / ((now - began) / 1e9),
                        ended(dir), threads);
                lastLines = lines;
                lastTime = now;
                nextProgress += TimeUnit.SECONDS.toNanos(progressSeconds);
            }
        }
        long cpuTicks = 0;
        for (Process wrk : processes.values()) {
            cpuTicks += cpuTicks(wrk.pid());
        }
        for (Map.Entry<Job, Process> entry : processes.entrySet()) {
            Process wrk = entry.getValue();
            if (wrk.isAlive()) {
                Commands.run(List.of("kill", "-INT", Long.toString(wrk.pid())));
            }
            if (!wrk.waitFor(30, TimeUnit.SECONDS)) {
                wrk.destroyForcibly();
            }
            if (wrk.exitValue() != 0) {
                throw new IllegalStateException("wrk " + entry.getKey().name() + " failed (exit " + wrk.exitValue()
                        + "):\n" + Files.readString(dir.resolve(entry.getKey().name() + ".wrk.log")));
            }
        }
        LoadRecords records = LoadRecords.read(dir);
        records.generatorCpuMillis = cpuTicks * 1000 / CLOCK_TICKS;
        if (records.threadsEnded() < threads) {
            System.out.printf("[load] %s: %d of %d wrk threads had not ended at the cap of %d s%n", phase,
                    records.threadsEnded(), threads, capSeconds);
        }
        return records;
    }

    /**
     * CPU (user + system, all threads) of a running process so far, from /proc/&lt;pid&gt;/stat; 0 when it has
     * ended. The command name, in parentheses, may hold spaces: the fields are counted after its closing one.
     */
    static long cpuTicks(long pid) {
        // utime and stime: fields 14 and 15 of stat, 12 and 13 after the name.
        return statTicks(pid, 11);
    }

    /**
     * The sum of two adjacent tick fields of /proc/&lt;pid&gt;/stat, {@code afterName} counted from 0 after the
     * command name's closing parenthesis; 0 when the process has ended.
     */
    static long statTicks(long pid, int afterName) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[afterName]) + Long.parseLong(fields[afterName + 1]);
        } catch (IOException | RuntimeException ended) {
            return 0;
        }
    }

    /** Threads that wrote their "#end" line: the last line of their record file. */
    private static int ended(Path dir) throws IOException {
        int ended = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                if (lastLine(file).startsWith("#end")) {
                    ended++;
                }
            }
        }
        return ended;
    }

    private static String lastLine(Path file) throws IOException {
        try (var channel = Files.newByteChannel(file)) {
            long size = channel.size();
            int length = (int) Math.min(size, 256);
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(length);
            channel.position(size - length);
            while (tail.hasRemaining() && channel.read(tail) > 0) {
                // read the tail
            }
            String text = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).stripTrailing();
            return text.substring(text.lastIndexOf('\n') + 1);
        }
    }

    /** Lines written so far over the phase's record files, reading only what each file gained since last time. */
    private static long countLines(Path dir, Map<Path, long[]> counted) {
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                long[] state = counted.computeIfAbsent(file, key -> new long[2]);
                try (var channel = Files.newByteChannel(file)) {
                    channel.position(state[0]);
                    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(1 << 16);
                    for (int n = channel.read(buffer); n > 0; n = channel.read(buffer)) {
                        for (int i = 0; i < n; i++) {
                            if (buffer.get(i) == '\n') {
                                state[1]++;
                            }
                        }
                        state[0] += n;
                        buffer.clear();
                    }
                }
                total += state[1];
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
