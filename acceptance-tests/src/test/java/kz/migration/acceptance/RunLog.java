package kz.migration.acceptance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The timed log of an on-demand run (fault injection, scale-out): each note stamped with seconds since the start. */
final class RunLog {

    private final String prefix;
    private final Instant began = Instant.now();
    private final List<String> lines = new CopyOnWriteArrayList<>();

    RunLog(String prefix) {
        this.prefix = prefix;
    }

    void note(String format, Object... args) {
        String line = String.format("%6.1f s  ", seconds(began)) + String.format(format, args);
        lines.add(line);
        System.out.println("[" + prefix + "] " + line);
    }

    Instant began() {
        return began;
    }

    List<String> lines() {
        return lines;
    }

    static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
