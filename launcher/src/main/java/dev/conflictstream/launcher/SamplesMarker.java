package dev.conflictstream.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The samples are ingested once per data dir, not on every start: ingest is idempotent for the
 * articles, but the deliberately broken sample line would be dead-lettered again on each start.
 * {@code <data dir>/samples.ingested} holds a fingerprint of the sample files (paths, sizes,
 * modification times); a start whose samples have that fingerprint skips ingesting them.
 * Changing or adding a sample file ingests again (idempotent for what was there already).
 */
final class SamplesMarker {
    static final String FILE = "samples.ingested";

    private SamplesMarker() {}

    static boolean alreadyIngested(Path dataDir, List<Path> samples) {
        Path marker = dataDir.resolve(FILE);
        try {
            return Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).trim().equals(fingerprint(samples));
        } catch (IOException e) {
            return false;
        }
    }

    static void record(Path dataDir, List<Path> samples) {
        try {
            Files.writeString(dataDir.resolve(FILE), fingerprint(samples) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dataDir.resolve(FILE), e);
        }
    }

    static String fingerprint(List<Path> samples) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path root : samples) {
                if (!Files.exists(root)) {
                    digest.update(("missing " + root + "\n").getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update((file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
