package kz.migration.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the wrk threads of one phase wrote (the record files of {@code records.lua}): each request into
 * {@link EndpointStats}, and the journeys' events: permits issued, refusals, failures, each thread's end.
 */
final class LoadRecords {

    /** A permit a journey issued, with its employer (the journey's wrk thread) and when the fee's answer came. */
    record IssuedPermit(String number, String passport, String validFrom, String validTo, int employer,
            long issuedAtMicros) {
    }

    /** A value a read recorded (the quota balance's {@code used}) at the time its answer came. */
    record Sample(long atMicros, long value) {
    }

    private static final Pattern FILE = Pattern.compile("(.+)-(\\d+)\\.tsv");

    final EndpointStats stats = new EndpointStats();
    final List<IssuedPermit> permits = new ArrayList<>();
    final List<Sample> samples = new ArrayList<>();
    final List<String> failureSamples = new ArrayList<>();
    /** Per record-file prefix, per thread: what the thread's "#end" line added (the employer's permits). */
    final Map<String, Map<Integer, List<String>>> ends = new TreeMap<>();
    /** Requests per record-file prefix: per wrk process, that is per service. */
    final Map<String, Long> requestsByProcess = new TreeMap<>();
    int refused;
    int failures;
    /** CPU the phase's wrk processes used, from their start to the end of the load (ms, 10 ms ticks). */
    long generatorCpuMillis;

    /** The record files of {@code dir} (every {@code <name>-<thread>.tsv}). */
    static LoadRecords read(Path dir) {
        LoadRecords records = new LoadRecords();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> FILE.matcher(f.getFileName().toString()).matches()).sorted()
                    .toList()) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    records.add(file.getFileName().toString(), in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records.permits.sort(Comparator.comparingLong(IssuedPermit::issuedAtMicros));
        records.samples.sort(Comparator.comparingLong(Sample::atMicros));
        return records;
    }

    /** One thread's file; a line cut short (the thread stopped in the middle of writing it) is skipped. */
    void add(String fileName, BufferedReader in) throws IOException {
        Matcher name = FILE.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalArgumentException("not a record file: " + fileName);
        }
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] cells = line.split("\t", -1);
            if (line.startsWith("#")) {
                event(name.group(1), Integer.parseInt(name.group(2)), cells);
            } else if (cells.length >= 5) {
                long start = Long.parseLong(cells[1]);
                long latency = Long.parseLong(cells[2]);
                stats.record(cells[0], start, latency, Integer.parseInt(cells[3]), cells[4]);
                requestsByProcess.merge(name.group(1), 1L, Long::sum);
                if (cells.length >= 6 && !cells[5].isEmpty()) {
                    samples.add(new Sample(start + latency, Long.parseLong(cells[5])));
                }
            }
        }
    }

    private void event(String prefix, int thread, String[] cells) {
        switch (cells[0]) {
            case "#permit" -> permits.add(new IssuedPermit(cells[1], cells[2], cells[3], cells[4],
                    Integer.parseInt(cells[5]), Long.parseLong(cells[6])));
            case "#refused" -> refused++;
            case "#failure" -> {
                failures++;
                if (failureSamples.size() < 10) {
                    failureSamples.add(prefix + " thread " + thread + ": " + String.join(" ", List.of(cells)
                            .subList(1, cells.length)));
                }
            }
            case "#end" -> ends.computeIfAbsent(prefix, key -> new TreeMap<>()).put(thread,
                    List.of(cells).subList(1, cells.length));
            default -> throw new IllegalArgumentException("unknown event " + cells[0]);
        }
    }

    /** Threads that wrote their "#end" line, over all record files. */
    int threadsEnded() {
        return ends.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * Permit issued → quota {@code used} visible (µs): the k-th permit issued counts as visible at the answer of the
     * first read after its issue that shows at least {@code base + k} used, an upper bound (the read's own time and
     * the gap between reads included). Permits no read showed are left out.
     */
    static List<Long> visibility(List<IssuedPermit> permits, List<Sample> samples, long base) {
        List<Long> latencies = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < permits.size(); k++) {
            long issued = permits.get(k).issuedAtMicros();
            while (next < samples.size() && (samples.get(next).atMicros() < issued
                    || samples.get(next).value() < base + k + 1)) {
                next++;
            }
            if (next == samples.size()) {
                break;
            }
            latencies.add(samples.get(next).atMicros() - issued);
        }
        return latencies;
    }
}
