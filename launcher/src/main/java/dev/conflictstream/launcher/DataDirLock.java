package dev.conflictstream.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One pipeline per data dir: an OS file lock on {@code <data dir>/pipeline.lock}, holding the
 * owner's pid, taken before the embedded broker starts. A second start on the same dir says who
 * holds it instead of failing deep in the broker with a lock-file error. The OS releases the
 * lock when the owner dies, however it dies (kill -9 included), so a stale file never blocks.
 */
final class DataDirLock implements AutoCloseable {
    static final String FILE = "pipeline.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws UserError "already running (pid N, data dir D)" when another process holds it */
    static DataDirLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very JVM
            }
            if (lock == null) {
                String pid = Files.readString(file, StandardCharsets.UTF_8).trim();
                channel.close();
                throw new UserError("already running (pid " + (pid.isEmpty() ? "unknown" : pid) + ", data dir "
                        + dataDir.toAbsolutePath().normalize() + "): stop it first (Ctrl-C in its terminal"
                        + (pid.isEmpty() ? "" : ", or kill " + pid) + ")");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
