package dev.conflictstream.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A stable {@code group.instance.id} per service instance: an id drawn once and kept in the
 * instance's state directory, so the same instance (same data dir) restarted after a crash
 * rejoins as the same static member and the group hands it its partitions back at once, while
 * two instances never share one (two processes cannot share a state directory; a copied state
 * directory must drop the file). Kafka Streams appends the thread index per stream thread.
 */
final class StaticMembership {
    static final String FILE = "conflictstream-instance.id";

    private StaticMembership() {}

    static String instanceId(Path stateDir, String applicationId) {
        Path file = stateDir.resolve(FILE);
        try {
            String id = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : "";
            if (id.isEmpty()) {
                id = UUID.randomUUID().toString().substring(0, 13);
                Files.createDirectories(stateDir);
                Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
            }
            return applicationId + "-" + id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the instance id in " + file + ": " + e.getMessage(), e);
        }
    }
}
