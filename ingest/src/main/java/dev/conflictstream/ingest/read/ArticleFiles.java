package dev.conflictstream.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Walks files and folders (recursively, in name order so runs are repeatable) and reads
 * every article in them by format: {@code .jsonl}/{@code .ndjson} line by line, {@code .xml},
 * {@code .rss}, {@code .atom} as feeds, anything else as one plain-text article. A file that
 * cannot be read is one rejection; the walk goes on.
 */
public final class ArticleFiles {
    private ArticleFiles() {}

    public static void read(List<Path> roots, Consumer<ReadResult> sink) {
        for (Path root : roots) {
            if (!Files.exists(root)) {
                sink.accept(new ReadResult.Rejected(root.toString(), ReadResult.NOT_FOUND, "no such file or folder", ""));
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
                        .sorted().forEach(file -> readFile(file, sink));
            } catch (IOException | UncheckedIOException e) {
                sink.accept(new ReadResult.Rejected(root.toString(), "unreadable", e.getMessage(), ""));
            }
        }
    }

    static void readFile(Path file, Consumer<ReadResult> sink) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                readJsonLines(file, sink);
                return;
            }
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom") || FeedReader.looksLikeFeed(content)) {
                FeedReader.read(content, file.toString()).forEach(sink);
            } else {
                sink.accept(TextArticleReader.read(content, file.toString()));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            sink.accept(new ReadResult.Rejected(file.toString(), "not-text", "not UTF-8 text (a binary file, or another encoding?)", ""));
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            sink.accept(new ReadResult.Rejected(file.toString(), cause instanceof java.nio.charset.CharacterCodingException ? "not-text" : "unreadable",
                    cause instanceof java.nio.charset.CharacterCodingException ? "not UTF-8 text (a binary file, or another encoding?)"
                            : "cannot read: " + cause.getMessage(), ""));
        }
    }

    private static void readJsonLines(Path file, Consumer<ReadResult> sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    sink.accept(JsonLinesReader.readLine(line, file + ":" + number));
                }
            }
        }
    }
}
