package kz.migration.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local stack's {@code services.pids}: one "name pid" line per service process, appended as each starts, so a
 * restarted instance has a later line. The launcher writes it (and stops what it names after a {@code kill -9}); the
 * benchmarks read it to find each service's process. The file's one home.
 */
public final class ServicePids {

    /** One line: a service instance's name (the service's id, with the instance's number after the first) and pid. */
    public record Entry(String name, long pid) {
    }

    private final Path file;

    public ServicePids(Path file) {
        this.file = file;
    }

    public synchronized void record(String name, long pid) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, name + " " + pid + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Every line in the order written, a restarted instance's earlier pids included; malformed lines skipped. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    String[] cells = line.trim().split("\\s+");
                    if (cells.length == 2) {
                        entries.add(new Entry(cells[0], Long.parseLong(cells[1])));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            return entries;
        }
        return entries;
    }

    /** Service instance name to its latest pid, in the order the names first appear. */
    public Map<String, Long> read() {
        Map<String, Long> pids = new LinkedHashMap<>();
        entries().forEach(entry -> pids.put(entry.name(), entry.pid()));
        return pids;
    }

    public Path file() {
        return file;
    }

    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }
}
