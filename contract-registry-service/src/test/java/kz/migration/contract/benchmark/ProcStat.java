package kz.migration.contract.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One {@code /proc/<pid>/stat} or {@code /proc/<pid>/task/<tid>/stat} line (Linux, proc(5)): the command name
 * between the parentheses (it may hold spaces) and the fields after it, numbered from 0 = state.
 */
record ProcStat(String comm, String[] fields) {

    /** Kernel clock ticks per second (USER_HZ), the unit of utime/stime. */
    static final int CLOCK_TICKS = 100;

    static ProcStat read(Path stat) throws IOException {
        String line = Files.readString(stat);
        int close = line.lastIndexOf(')');
        return new ProcStat(line.substring(line.indexOf('(') + 1, close), line.substring(close + 2).split(" "));
    }

    long parentPid() {
        return Long.parseLong(fields[1]);
    }

    /** utime + stime, in clock ticks. */
    long cpuTicks() {
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** cutime + cstime: CPU of children that ended and were waited for, in clock ticks. */
    long endedChildrenCpuTicks() {
        return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }
}
