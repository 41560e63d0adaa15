package kz.migration.localstack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One launcher per data directory. The pid file is also locked while the launcher runs: the operating system drops
 * the lock when the process dies, even on kill -9, so a stale pid file never blocks the next start, and two starts
 * racing each other cannot both win.
 */
final class LauncherLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private LauncherLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock and records this process, or returns empty when another launcher holds it. */
    static Optional<LauncherLock> tryAcquire(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by this very JVM
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        ProcessHandle self = ProcessHandle.current();
        String content = self.pid() + " " + self.info().startInstant().orElse(Instant.now()) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        return Optional.of(new LauncherLock(file, channel, lock));
    }

    /**
     * The launcher currently running on this data directory: the recorded pid must be alive and have started when the
     * launcher did (a pid reused by an unrelated process after a kill -9 does not count).
     */
    static Optional<RunningLauncher> running(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] cells = Files.readString(file).trim().split("\\s+");
            if (cells.length < 1 || cells[0].isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(cells[0]);
            String since = cells.length > 1 ? cells[1] : "?";
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().startInstant().map(start -> sameSecond(start, since))
                            .orElse(true))
                    .map(process -> new RunningLauncher(process, since));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean sameSecond(Instant start, String recorded) {
        try {
            return Math.abs(start.getEpochSecond() - Instant.parse(recorded).getEpochSecond()) <= 1;
        } catch (java.time.format.DateTimeParseException e) {
            return true;
        }
    }

    record RunningLauncher(ProcessHandle process, String since) {
        long pid() {
            return process.pid();
        }
    }

    @Override
    public void close() {
        try {
            // Emptied, not deleted: a second launcher may already hold the file open, waiting for the lock.
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the process is exiting; the OS releases the lock anyway
        }
    }
}
