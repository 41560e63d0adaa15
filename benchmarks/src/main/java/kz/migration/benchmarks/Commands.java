package kz.migration.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** External tools the benchmarks run (pgbench, git) and the figures read from their output. */
public final class Commands {

    private Commands() {
    }

    /** Runs {@code command} to its end and returns its output (stderr included); a non-zero exit is an error. */
    public static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    /** The first group of {@code pattern}'s first match in {@code output}, or {@code absent}. */
    public static String firstGroup(String output, String pattern, String absent) {
        Matcher matcher = Pattern.compile(pattern).matcher(output);
        return matcher.find() ? matcher.group(1) : absent;
    }
}
