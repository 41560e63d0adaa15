package kz.migration.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Resident memory of a process, from {@code /proc/<pid>/status} (Linux). */
final class ProcessStats {

    private ProcessStats() {
    }

    /** A kilobyte field of /proc/<pid>/status, empty where /proc is not available or the process is gone. */
    static OptionalLong field(long pid, String name) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(name)) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /**
     * CPU time used so far. Unlike wall-clock start time it hardly depends on what else the machine is doing, so it
     * compares tunings fairly on a shared machine.
     */
    static String cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(cpu -> String.format("%.1f s", cpu.toMillis() / 1000.0))
                .orElse("n/a");
    }

    /**
     * VmRSS, and its anonymous part where file-mapped pages (the AppCDS archive, jars) make a difference: those are
     * clean pages the kernel can drop, the anonymous ones are the heap and what the JVM itself allocated.
     */
    static String rss(long pid) {
        OptionalLong kb = field(pid, "VmRSS:");
        if (kb.isEmpty()) {
            return "n/a";
        }
        OptionalLong anonymous = field(pid, "RssAnon:");
        return kb.getAsLong() / 1024 + " MB"
                + (anonymous.isPresent() ? " (anon " + anonymous.getAsLong() / 1024 + ")" : "");
    }
}
