package dev.conflictstream.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which release's layout a data dir holds, so the one-command run never mixes two. Layout 2
 * partitions events by region (layout 1, without this file, by event id): state carried over from
 * layout 1 would split a region's tallies over two partitions, and the region tally topic, written
 * by both, could end on the wrong one. A data dir of an older layout is moved aside, whole, and the
 * run starts from the samples again; nothing is deleted.
 */
final class DataDirLayout {
    static final int CURRENT = 2;
    static final String FILE = "layout";

    private DataDirLayout() {}

    /**
     * Makes {@code dataDir} hold the current layout: an empty or missing dir gets the marker; a
     * dir of an older layout is renamed to {@code <dir>.layout-N} first.
     *
     * @return where an older data dir was moved, if it was
     */
    static Optional<Path> ensureCurrent(Path dataDir) {
        try {
            Optional<Path> moved = Optional.empty();
            if (Files.isDirectory(dataDir) && !isEmpty(dataDir) && layoutOf(dataDir) < CURRENT) {
                Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".layout-" + layoutOf(dataDir));
                for (int n = 2; Files.exists(aside); n++) {
                    aside = dataDir.resolveSibling(dataDir.getFileName() + ".layout-" + layoutOf(dataDir) + "-" + n);
                }
                Files.move(dataDir, aside);
                moved = Optional.of(aside);
            }
            Files.createDirectories(dataDir);
            Files.writeString(dataDir.resolve(FILE), CURRENT + "\n", StandardCharsets.UTF_8);
            return moved;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare data dir " + dataDir + ": " + e.getMessage(), e);
        }
    }

    static int layoutOf(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        return Files.exists(file) ? Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).trim()) : 1;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
