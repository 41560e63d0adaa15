package kz.migration.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.migration.testsupport.ServicePids;

/**
 * CPU time of each process of the local stack, from /proc: the services (the launcher's
 * {@code .registry-data/services.pids}), the PostgreSQL server with its backends, and the launcher, whose JVM runs the
 * Kafka broker. Two snapshots around a pass give each one's share of the machine, which a shared machine's wall-clock
 * rates hide.
 */
final class StackCpu {

    /** CPU ticks (USER_HZ) per process name at one moment. */
    record Snapshot(Map<String, Long> ticks) {
    }

    /** One process's CPU over a pass. */
    record Usage(String process, double seconds) {
    }

    private final Path data;

    StackCpu(Path root) {
        this.data = root.resolve(".registry-data");
    }

    Snapshot snapshot() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (Map.Entry<String, Long> service : new ServicePids(data.resolve("services.pids")).read().entrySet()) {
            ticks.put(service.getKey(), WrkPass.cpuTicks(service.getValue()));
        }
        firstLinePid(data.resolve("postgres").resolve("postmaster.pid"))
                .ifPresent(pid -> ticks.put("PostgreSQL (server and backends)", treeTicks(pid)));
        firstLinePid(data.resolve("launcher.pid"))
                .ifPresent(pid -> ticks.put("launcher JVM (Kafka broker)", WrkPass.cpuTicks(pid)));
        return new Snapshot(ticks);
    }

    /** Each process's CPU seconds between the two snapshots, in the order of {@code after}. */
    static List<Usage> between(Snapshot before, Snapshot after) {
        return after.ticks().entrySet().stream().map(e -> new Usage(e.getKey(),
                (e.getValue() - before.ticks().getOrDefault(e.getKey(), 0L)) / (double) WrkPass.CLOCK_TICKS))
                .toList();
    }

    /**
     * A server and its children: its own CPU, the CPU of children it has reaped (cutime, cstime: backends whose
     * connection closed) and that of the children still running.
     */
    static long treeTicks(long pid) {
        long ticks = WrkPass.cpuTicks(pid) + reapedChildrenTicks(pid);
        return ticks + ProcessHandle.of(pid).stream().flatMap(ProcessHandle::children)
                .mapToLong(child -> WrkPass.cpuTicks(child.pid())).sum();
    }

    private static long reapedChildrenTicks(long pid) {
        // cutime and cstime: fields 16 and 17 of stat, 14 and 15 after the name.
        return WrkPass.statTicks(pid, 13);
    }

    private static java.util.OptionalLong firstLinePid(Path file) {
        try {
            return java.util.OptionalLong.of(Long.parseLong(Files.readAllLines(file).get(0).trim().split("\\s+")[0]));
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalLong.empty();
        }
    }
}
