package kz.migration.contract.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Heap bytes allocated by this JVM's threads, by the same roles as {@link ThreadCpu}: what the request path allocates
 * per registration, apart from the broker and the background work that share the JVM. HotSpot counts every thread's
 * allocation ({@code com.sun.management.ThreadMXBean}), so no profiler and no sampling is needed.
 */
final class ThreadAllocation {

    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
            .getThreadMXBean();

    private ThreadAllocation() {
    }

    /** One thread's role and bytes allocated so far. */
    record Sample(ThreadCpu.Role role, long bytes) {
    }

    /** Every live Java thread by its id. */
    static Map<Long, Sample> snapshot() {
        long[] ids = THREADS.getAllThreadIds();
        long[] bytes = THREADS.getThreadAllocatedBytes(ids);
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        Map<Long, Sample> threads = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && bytes[i] >= 0) {
                threads.put(ids[i], new Sample(ThreadCpu.role(infos[i].getThreadName()), bytes[i]));
            }
        }
        return threads;
    }

    /** Kilobytes allocated per operation by role between two snapshots; a thread started in between counts from 0. */
    static Map<ThreadCpu.Role, Double> perOperation(Map<Long, Sample> before, Map<Long, Sample> after,
            long operations) {
        Map<ThreadCpu.Role, Double> kilobytes = new EnumMap<>(ThreadCpu.Role.class);
        for (ThreadCpu.Role role : ThreadCpu.Role.values()) {
            kilobytes.put(role, 0.0);
        }
        after.forEach((id, sample) -> {
            Sample start = before.get(id);
            long bytes = sample.bytes() - (start == null ? 0 : start.bytes());
            kilobytes.merge(sample.role(), bytes / 1024.0 / Math.max(1, operations), Double::sum);
        });
        return kilobytes;
    }
}
