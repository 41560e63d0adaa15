package kz.migration.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Resident memory of a process, from {@code /proc/<pid>/status} (Linux). */
final class ProcessStats {

    private ProcessStats() {
    }

    /** VmRSS in kilobytes, empty where /proc is not available or the process is gone. */
    static OptionalLong rssKilobytes(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    static String rss(long pid) {
        OptionalLong kb = rssKilobytes(pid);
        return kb.isPresent() ? (kb.getAsLong() / 1024) + " MB" : "n/a";
    }
}
