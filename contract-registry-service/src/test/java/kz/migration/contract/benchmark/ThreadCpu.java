package kz.migration.contract.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads by what they do, read from {@code /proc/self/task} (Linux): the benchmark's JVM also
 * hosts the Kafka broker and the JIT compiler, so its process CPU alone overstates the service.
 * Thread names are the kernel's 15-character {@code comm}. The compiler's CPU is measured here rather than with
 * {@code CompilationMXBean.getTotalCompilationTime()}, which adds up compiler threads' wall time, including the time
 * they wait for a core.
 */
final class ThreadCpu {

    enum Role {
        REQUEST_THREADS("request threads"), EVENT_LOOPS("event loops"), SEQUENCER("registry sequencer"), KAFKA_CLIENTS(
                "outbox relay + Kafka clients"), KAFKA_BROKER("Kafka broker"), SAMPLER(
                        "the benchmark's lock-wait sampler"), JIT_COMPILER("JIT compiler"), GC_AND_VM("GC + VM"), OTHER(
                                "other");

        final String label;

        Role(String label) {
            this.label = label;
        }
    }

    private static final List<String> BROKER_PREFIXES = List.of("data-plane", "kafka-", "broker-", "controller-",
            "quorum-", "raft-", "group-coordin", "share-", "transaction-", "TxnMarker", "ExpirationReap",
            "LogDirFailure", "AddPartitions", "Persister", "persister", "client-metrics", "SensorExpiry",
            "metrics-meter");

    private ThreadCpu() {
    }

    static Role role(String comm) {
        if (comm.startsWith("executor-thread")) {
            return Role.REQUEST_THREADS;
        }
        if (comm.startsWith("vert.x-eventloo")) {
            return Role.EVENT_LOOPS;
        }
        if (comm.startsWith("registry-sequen")) {
            return Role.SEQUENCER;
        }
        if (comm.startsWith("outbox-relay") || comm.startsWith("kafka-producer") || comm.startsWith("smallrye-kafka")) {
            return Role.KAFKA_CLIENTS;
        }
        if (comm.startsWith("lock-wait-sam")) {
            return Role.SAMPLER;
        }
        if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
            return Role.JIT_COMPILER;
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("VM Thread") || comm.startsWith("ParGC")) {
            return Role.GC_AND_VM;
        }
        return BROKER_PREFIXES.stream().anyMatch(comm::startsWith) ? Role.KAFKA_BROKER : Role.OTHER;
    }

    /** One thread's role and CPU so far (utime + stime, clock ticks). */
    record Sample(Role role, long ticks) {
    }

    /** Every live thread of this JVM by its kernel thread id. */
    static Map<Long, Sample> snapshot() {
        Map<Long, Sample> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    ProcStat stat = ProcStat.read(task.resolve("stat"));
                    threads.put(Long.parseLong(task.getFileName().toString()),
                            new Sample(role(stat.comm()), stat.cpuTicks()));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return threads;
        }
        return threads;
    }

    /**
     * CPU milliseconds per operation by role between two snapshots, thread by thread: a thread started in between
     * counts from zero, one that ended in between is missing (idle pool threads end between phases, not in them).
     */
    static Map<Role, Double> perOperation(Map<Long, Sample> before, Map<Long, Sample> after, long operations) {
        Map<Role, Double> millis = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            millis.put(role, 0.0);
        }
        after.forEach((tid, sample) -> {
            Sample start = before.get(tid);
            long ticks = sample.ticks() - (start == null ? 0 : start.ticks());
            millis.merge(sample.role(), ticks * 1000.0 / ProcStat.CLOCK_TICKS / Math.max(1, operations), Double::sum);
        });
        return millis;
    }
}
